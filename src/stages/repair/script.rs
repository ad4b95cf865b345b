//! Words whose letters mix scripts. Letters of another script that look like Latin ones
//! (Cyrillic `о` in a Latin word) become the Latin letters, from Unicode's confusables data; a
//! stray run of another script inside a Latin word goes, and a token that is another script with
//! one stray Latin letter goes whole (`Tentang Tุมภาพันธ์ Korea` -> `Tentang Korea`). A word
//! wholly in another script is legitimate text (a Korean name in Hangul in parentheses) and stays.

use super::tokens::Token;
use crate::document::{Change, Changes};
use std::collections::HashMap;

const CONFUSABLES: &str = include_str!("../../rules/lexicon/confusables.tsv");

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Script {
    Latin,
    Cyrillic,
    Greek,
    Thai,
    Hangul,
    Han,
    Kana,
    Arabic,
    Hebrew,
    Devanagari,
    Other,
}

/// The script of a letter; `None` for digits, marks and everything that is no letter.
pub fn script_of(c: char) -> Option<Script> {
    if !c.is_alphabetic() {
        return None;
    }
    let s = match c as u32 {
        0x0041..=0x024F | 0x1E00..=0x1EFF | 0x2C60..=0x2C7F | 0xA720..=0xA7FF | 0xFF21..=0xFF5A => Script::Latin,
        0x0370..=0x03FF | 0x1F00..=0x1FFF => Script::Greek,
        0x0400..=0x052F | 0x1C80..=0x1C8F | 0x2DE0..=0x2DFF | 0xA640..=0xA69F => Script::Cyrillic,
        0x0E00..=0x0E7F => Script::Thai,
        0x1100..=0x11FF | 0x3130..=0x318F | 0xA960..=0xA97F | 0xAC00..=0xD7AF | 0xD7B0..=0xD7FF => Script::Hangul,
        0x3040..=0x30FF | 0x31F0..=0x31FF => Script::Kana,
        0x2E80..=0x2FDF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FFFF => Script::Han,
        0x0600..=0x06FF | 0x0750..=0x077F | 0x08A0..=0x08FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => Script::Arabic,
        0x0590..=0x05FF => Script::Hebrew,
        0x0900..=0x097F => Script::Devanagari,
        _ => Script::Other,
    };
    Some(s)
}

/// Unicode's confusables for Latin letters, loaded once.
#[derive(Debug)]
pub struct Confusables(HashMap<char, char>);

impl Confusables {
    pub fn load() -> Confusables {
        let map = CONFUSABLES
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| {
                let mut cols = l.split('\t');
                Some((cols.next()?.chars().next()?, cols.next()?.chars().next()?))
            })
            .collect();
        Confusables(map)
    }
}

/// The changes for every mixed-script word of `text`; `tokens` are its words.
pub fn changes(text: &str, tokens: &[Token], confusables: &Confusables) -> Changes {
    let mut changes = Changes::new();
    let mut end = 0;
    for t in tokens {
        if t.ascii {
            continue;
        }
        if let Some(mut change) = pdf_ti(t).or_else(|| fix(text, t, confusables)) {
            // Two residue tokens side by side each take the space between them; the first has.
            change.range.start = change.range.start.max(end);
            end = change.range.end;
            changes.push(change);
        }
    }
    changes
}

fn fix(text: &str, t: &Token, confusables: &Confusables) -> Option<Change> {
    let mut latin = 0;
    let mut other: Option<Script> = None;
    let mut others = 0;
    for s in t.word.chars().filter_map(script_of) {
        if s == Script::Latin {
            latin += 1;
        } else {
            if other.is_some_and(|o| o != s) {
                // Three scripts in one word is no slip of one kind: leave it.
                return None;
            }
            other = Some(s);
            others += 1;
        }
    }
    let other = other?;
    if latin == 0 {
        return None;
    }
    // Lookalike letters of Cyrillic or Greek in a mostly Latin word: map each to its Latin twin.
    let lookalikes = matches!(other, Script::Cyrillic | Script::Greek)
        && latin >= others
        && t.word
            .chars()
            .filter(|&c| script_of(c).is_some_and(|s| s != Script::Latin))
            .all(|c| confusables.0.contains_key(&c));
    if lookalikes {
        let with: String = t.word.chars().map(|c| *confusables.0.get(&c).unwrap_or(&c)).collect();
        return Some(change(t.range.clone(), with, "R004", 0.99));
    }
    if latin >= 2 && others <= latin {
        // A stray run of another script inside a Latin word: keep the Latin letters (and the
        // marks and digits that belong to them).
        let mut kept = String::new();
        let mut in_other = false;
        for c in t.word.chars() {
            match script_of(c) {
                Some(Script::Latin) => {
                    in_other = false;
                    kept.push(c);
                }
                Some(_) => in_other = true,
                None if in_other => {}
                None => kept.push(c),
            }
        }
        return Some(change(t.range.clone(), kept, "R003", 0.95));
    }
    if latin == 1 && others >= 2 {
        // Another script with one stray Latin letter, standing as a word of its own in Latin
        // text: the whole token is residue. It goes with one space, so no double space remains.
        if t.chunk.len() != t.word.len() {
            return Some(change(t.range.clone(), String::new(), "R003", 0.9));
        }
        let after = &text[t.range.end..];
        let range = if after.starts_with(' ') {
            t.range.start..t.range.end + 1
        } else if text[..t.range.start].ends_with(' ') {
            t.range.start - 1..t.range.end
        } else {
            t.range.clone()
        };
        return Some(change(range, String::new(), "R003", 0.9));
    }
    None
}

/// PDF text extraction maps the `ti` ligature of some fonts (Calibri's) to `Ɵ`: inside a word
/// of Latin letters, next to a lower-case one (`KeƟga`, `Ɵdak`), it is those two letters. A
/// capital `T` is never ligated, so a word in capitals keeps it.
fn pdf_ti(t: &Token) -> Option<Change> {
    if !t.word.contains('Ɵ') || !t.word.chars().all(|c| c == 'Ɵ' || c.is_ascii_alphabetic() || c == '-') {
        return None;
    }
    let chars: Vec<char> = t.word.chars().collect();
    let lower_beside = |i: usize| {
        (i > 0 && chars[i - 1].is_ascii_lowercase()) || chars.get(i + 1).is_some_and(char::is_ascii_lowercase)
    };
    let mut with = String::with_capacity(t.word.len());
    for (i, &c) in chars.iter().enumerate() {
        match c {
            'Ɵ' if lower_beside(i) => with.push_str("ti"),
            c => with.push(c),
        }
    }
    (with != t.word).then(|| change(t.range.clone(), with, "R007", 0.99))
}

fn change(range: std::ops::Range<usize>, with: String, rule: &str, confidence: f32) -> Change {
    Change { range, with, rule: rule.to_string(), confidence, runner_up: None }
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokens;
    use super::*;

    fn run(text: &str) -> String {
        crate::stages::testing::run_changes("repair", text, |t| changes(t, &tokens(t), &Confusables::load()))
    }

    #[test]
    fn another_script_with_a_stray_latin_letter_goes_with_its_space() {
        assert_eq!(run("Tentang Tุมภาพันธ์ Korea Utara"), "Tentang Korea Utara");
    }

    #[test]
    fn a_stray_run_inside_a_latin_word_goes() {
        assert_eq!(run("pasukan Korุea Utara"), "pasukan Korea Utara");
    }

    #[test]
    fn cyrillic_lookalikes_become_latin() {
        assert_eq!(
            run("Pyongyang mengirim pasukаn ke Rusia, kata Mоskwa"),
            "Pyongyang mengirim pasukan ke Rusia, kata Moskwa"
        );
    }

    #[test]
    fn a_pdf_ti_ligature_is_spelled_out() {
        assert_eq!(
            run("KPPS Kedua dan KeƟga, menghitung; Ɵdak ada perƟmbangan"),
            "KPPS Kedua dan Ketiga, menghitung; tidak ada pertimbangan"
        );
        assert_eq!(run("Ɵ Ɵ"), "Ɵ Ɵ");
    }

    #[test]
    fn words_in_one_other_script_stay() {
        let text = "Kim Jong Un (김정은) dan Moskwa (Москва) bertemu";
        assert_eq!(run(text), text);
    }
}
