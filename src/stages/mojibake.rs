//! The `decode` stage: repairs mojibake, UTF-8 that some earlier program read as Windows-1252 or
//! Latin-1 (`â€œ` for `“`, `Ã©` for `é`, `Â` before a space for a no-break space), in the manner
//! of ftfy's `fix_encoding`, or as Windows-874 (`ยท` for `·`, see `cp874`). Turning the input
//! bytes into text is `crate::decode`'s job; this stage works on text that decoded fine but says
//! the wrong thing.
//!
//! How: every character is mapped back to the byte it was read from (`cp1252`), and runs that form
//! a valid UTF-8 multi-byte sequence are candidates. A candidate is repaired only when that is
//! plausible (`plausible`): the result must be a character real text is made of, and the evidence
//! must be strong enough for the context. Each candidate is graded:
//! - strong: repaired on its own evidence (`â€œ`, a C1 control inside the sequence, `Ã©`, a Latin
//!   letter sequence such as `Å¡` inside a word);
//! - weak: plausible but also legitimate in some text (`Ã‰` at a word start, `Ä…` after a
//!   capital): repaired only when the document shows strong mojibake elsewhere;
//! - chain: repaired only as part of a run of touching sequences that is repaired (a Greek or
//!   Hebrew word, `Å“` inside `Ã¢â‚¬Å“`). Runs of three or more are strong by themselves.
//!
//! Mojibake that was itself misread again (`Ã¢â‚¬â„¢`) is undone layer by layer. What remains
//! after that: a lone `Â` left where a no-break space lost its second byte (dev/raw/034), `Ã`
//! whose 0xA0 became a space, and C1 controls that were Windows-1252 punctuation read as Latin-1.
//!
//! Legitimate text must never change: `Ã` in a Portuguese word in capitals, `©`, `°`, `é`,
//! `Brontë…”`, `NESTLÉ®`; `tests/normalize.rs` runs ftfy's own negative cases.

mod cp1252;
mod cp874;
mod plausible;

use crate::catalog::BuiltinRule;
use crate::document::{Changes, Document};
use crate::stages::Stage;
use plausible::{ends_words, fits_latin_word, is_c1, is_combining, is_common_punctuation, produces};

const UTF8_AS_WINDOWS_1252: &str = "D001";
const LOST_BYTE: &str = "D002";
const LATIN1_CONTROL: &str = "D003";
const LOSSY: &str = "D004";
const UTF8_AS_WINDOWS_874: &str = "D005";

pub const RULES: &[BuiltinRule] = &[
    BuiltinRule {
        code: UTF8_AS_WINDOWS_1252,
        name: "utf8-read-as-windows-1252",
        why: "UTF-8 that was read as Windows-1252 or Latin-1 shows each accented letter or curly quote as two or three odd characters; they are decoded back.",
        example: Some(("â€œCafÃ© baruâ€\u{9d}", "“Café baru”")),
    },
    BuiltinRule {
        code: LOST_BYTE,
        name: "mojibake-lost-byte",
        why: "Mojibake whose second byte was lost: a stray Â where a no-break space was (its 0xA0 became a space or was trimmed), Ã before a space for à.",
        example: Some(("kepala daerah\".Â", "kepala daerah\".")),
    },
    BuiltinRule {
        code: LATIN1_CONTROL,
        name: "latin1-control-as-windows-1252",
        why: "Windows-1252 punctuation read as Latin-1 comes out as invisible C1 controls; they are the quotes, dashes and ellipses that were meant.",
        example: Some(("\\u0093pertama\\u0094", "“pertama”")),
    },
    BuiltinRule {
        code: LOSSY,
        name: "lossy-mojibake",
        why: "Mojibake whose last byte was already replaced by � or ?: `â€�` was a closing quote; other such sequences become one �.",
        example: Some(("kataâ€�", "kata”")),
    },
    BuiltinRule {
        code: UTF8_AS_WINDOWS_874,
        name: "utf8-read-as-windows-874",
        why: "UTF-8 that was read as Windows-874 (Thai) shows a middle dot or an accented letter as two Thai characters beside Latin text; they are decoded back. Thai text stays.",
        example: Some(("Stepanus Purba ยท Jumat", "Stepanus Purba · Jumat")),
    },
];

/// How many times mojibake can have been misread again (`Ã¢â‚¬â„¢` is two layers).
const MAX_LAYERS: usize = 4;

pub struct Mojibake;

impl Mojibake {
    pub fn new() -> Self {
        Mojibake
    }
}

impl Default for Mojibake {
    fn default() -> Self {
        Self::new()
    }
}

impl Stage for Mojibake {
    fn name(&self) -> &'static str {
        "decode"
    }

    fn apply(&self, doc: &mut Document) {
        if cp874::might_hold_thai(doc.text()) {
            let mut changes = Changes::new();
            for (range, c) in cp874::pairs(doc.text()) {
                changes.replace(range, c.to_string(), UTF8_AS_WINDOWS_874);
            }
            doc.apply("decode", changes);
        }
        if !might_hold_mojibake(doc.text()) {
            return;
        }
        let mut evidence = false;
        for _ in 0..MAX_LAYERS {
            let (changes, strong) = layer(doc.text(), evidence);
            if changes.is_empty() {
                break;
            }
            evidence |= strong;
            doc.apply("decode", changes);
        }
        let changes = leftovers(doc.text(), evidence);
        doc.apply("decode", changes);
    }

    fn builtin_rules(&self) -> &'static [BuiltinRule] {
        RULES
    }
}

/// Every mojibake sequence starts with a character in U+00C2..U+00F4 (UTF-8 `C3 82`..`C3 B4`) and
/// every Latin-1 control is `C2 80`..`C2 9F`; text with neither is left at once.
fn might_hold_mojibake(text: &str) -> bool {
    let bytes = text.as_bytes();
    memchr::memchr2_iter(0xC2, 0xC3, bytes)
        .any(|i| bytes[i] == 0xC3 || bytes.get(i + 1).is_some_and(|b| (0x80..0xA0).contains(b)))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Strength {
    Chain,
    Weak,
    Strong,
}

/// One candidate: `text[start..end]` read back as bytes is the UTF-8 of `decoded`.
#[derive(Debug, Clone)]
struct Sequence {
    start: usize,
    end: usize,
    decoded: char,
    lead: char,
    /// The characters after the lead (at most three).
    trail: Vec<char>,
    /// The last byte was 0xA0 turned into an ASCII space.
    space_for_a0: bool,
    /// The last byte was lost to `�` (or `?`).
    lossy: bool,
}

/// One pass over the text: the accepted candidates as changes, and whether any was strong.
fn layer(text: &str, evidence: bool) -> (Changes, bool) {
    let sequences = sequences(text);
    let mut graded: Vec<(Sequence, Strength)> = Vec::new();
    for (k, seq) in sequences.iter().enumerate() {
        if let Some(strength) = grade(text, seq, &sequences, k) {
            graded.push((seq.clone(), strength));
        }
    }
    // Group touching sequences: a run of three or more is strong, and a run stands or falls as
    // one.
    let mut groups: Vec<&[(Sequence, Strength)]> = Vec::new();
    let mut from = 0;
    for k in 1..=graded.len() {
        if k == graded.len() || graded[k].0.start != graded[k - 1].0.end {
            groups.push(&graded[from..k]);
            from = k;
        }
    }
    let strength_of = |group: &[(Sequence, Strength)]| {
        let best = group.iter().map(|(_, s)| *s).max().unwrap_or(Strength::Chain);
        if group.len() >= 3 {
            Strength::Strong
        } else {
            best
        }
    };
    let strong = groups.iter().any(|g| strength_of(g) == Strength::Strong);
    let evidence = evidence || strong;
    let mut changes = Changes::new();
    for group in groups {
        let accepted = match strength_of(group) {
            Strength::Strong => true,
            Strength::Weak => evidence,
            Strength::Chain => false,
        };
        if accepted {
            let with: String = group.iter().map(|(s, _)| s.decoded).collect();
            let rule = if group.iter().any(|(s, _)| s.lossy) { LOSSY } else { UTF8_AS_WINDOWS_1252 };
            changes.replace(group[0].0.start..group[group.len() - 1].0.end, with, rule);
        }
    }
    (changes, strong)
}

/// Every candidate sequence, left to right, none overlapping.
fn sequences(text: &str) -> Vec<Sequence> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut i = 0;
    // 0xC3 never continues a UTF-8 character, so every hit is a character start.
    while let Some(offset) = memchr::memchr(0xC3, &bytes[i..]) {
        let at = i + offset;
        match sequence_at(text, at) {
            Some(seq) => {
                i = seq.end;
                found.push(seq);
            }
            None => i = at + 1,
        }
    }
    found
}

fn sequence_at(text: &str, start: usize) -> Option<Sequence> {
    let lead = text[start..].chars().next()?;
    if !('\u{C2}'..='\u{F4}').contains(&lead) {
        return None;
    }
    let lead_byte = lead as u32 as u8;
    let need = match lead_byte {
        0xC2..=0xDF => 1,
        0xE0..=0xEF => 2,
        _ => 3,
    };
    let mut bytes = [lead_byte, 0, 0, 0];
    let mut trail = Vec::with_capacity(need);
    let mut at = start + lead.len_utf8();
    let mut space_for_a0 = false;
    for (slot, stored) in bytes.iter_mut().enumerate().take(need + 1).skip(1) {
        // What `normalize` deletes later does not break a sequence; it goes with it.
        at = text.len() - text[at..].trim_start_matches(vanishes).len();
        let c = text[at..].chars().next()?;
        let lost_quote = lead == 'â' && trail == ['€'] && c == '?';
        if c == '\u{FFFD}' || lost_quote {
            let decoded = if lead == 'â' && trail == ['€'] { '”' } else { '\u{FFFD}' };
            return Some(Sequence { start, end: at + c.len_utf8(), decoded, lead, trail, space_for_a0, lossy: true });
        }
        // A no-break space turned into a space, as the last byte of a sequence. `Ã` and `Â`
        // before a space are the lost-byte rule's, which knows their contexts better.
        let byte = if c == ' ' && slot == need && !matches!(lead, 'Â' | 'Ã') {
            space_for_a0 = true;
            0xA0
        } else {
            cp1252::byte(c)?
        };
        if !cp1252::is_continuation(byte) {
            return None;
        }
        *stored = byte;
        trail.push(c);
        at += c.len_utf8();
    }
    let decoded = std::str::from_utf8(&bytes[..=need]).ok()?.chars().next()?;
    Some(Sequence { start, end: at, decoded, lead, trail, space_for_a0, lossy: false })
}

/// How much evidence `seq` is on its own, or `None` when it must never be repaired.
fn grade(text: &str, seq: &Sequence, all: &[Sequence], index: usize) -> Option<Strength> {
    use Strength::*;
    let prev = text[..seq.start].chars().next_back();
    let next = text[seq.end..].chars().next();
    let letter_before = prev.is_some_and(char::is_alphabetic);
    let letter_after = next.is_some_and(char::is_alphabetic);
    if seq.lossy {
        return Some(if seq.decoded == '”' {
            Strong
        } else if seq.trail.is_empty() && letter_before && letter_after {
            Weak
        } else {
            Chain
        });
    }
    // An intermediate layer of doubly misread text (`Â` + U+009D inside `Ã¢â‚¬Â\u{9d}`).
    if is_c1(seq.decoded) {
        return Some(Chain);
    }
    if !produces(seq.decoded) {
        return None;
    }
    if seq.space_for_a0 {
        return Some(Chain);
    }
    let all_common = seq.trail.iter().all(|&c| is_common_punctuation(c));
    Some(match seq.trail.len() {
        3 if all_common => Chain,
        3 => Strong,
        2 if seq.lead == 'â' => {
            // U+2000..U+2FFF: the curly quotes, dashes, bullets and symbols of `â€œ`, `â€™`.
            if all_common {
                Weak
            } else {
                Strong
            }
        }
        2 if all_common => Chain,
        2 if seq.decoded == '\u{FFFD}' => Strong,
        // One CJK, Hangul or Indic character inside Latin text is not plausible; runs are.
        2 if fits_latin_word(seq.decoded) && (letter_before || letter_after) => Strong,
        // A lone character of another script after trailing signs no text writes after `à`
        // (`à¸‡`): believable where the document is mojibake elsewhere.
        2 => Weak,
        _ => {
            let trail = seq.trail[0];
            let upper_before = prev.is_some_and(char::is_uppercase);
            let lower_after = next.is_some_and(char::is_lowercase);
            if is_c1(trail) {
                return Some(Strong);
            }
            if is_combining(seq.decoded) {
                return Some(if ends_words(trail) { Chain } else { Weak });
            }
            match seq.lead {
                // `Ã` + NBSP is `à`, `Â` + NBSP a no-break space; in a word in capitals
                // (`MISUTÂ AJIKKO`) they may be what was written.
                'Â' | 'Ã' if trail == '\u{A0}' => {
                    if upper_before && !lower_after {
                        Weak
                    } else {
                        Strong
                    }
                }
                // `Ã©`, `Ã¡`, `Â°`, `Â©`: a capital A with a sign after it is not text, except
                // at the end of a word in capitals (`IRMÃ©`), where a lower-case letter would
                // be as odd.
                'Â' | 'Ã' if ('\u{A1}'..='\u{BF}').contains(&trail) => {
                    if upper_before && !lower_after {
                        Weak
                    } else {
                        Strong
                    }
                }
                // `Ã‰`, `Ã“`, `Ã™`: a capital accented letter; the second character may
                // also be punctuation after a real `Ã` (`IRMÃ”`, `Ã’s`).
                'Ã' => {
                    let punctuation = is_common_punctuation(trail);
                    // `IRMÃ’s`: a word in capitals, then an apostrophe and a lower-case `s`.
                    let quoted_suffix = punctuation && upper_before && lower_after;
                    if letter_before && (letter_after || !punctuation) && !quoted_suffix {
                        Strong
                    } else if letter_before || letter_after || !punctuation {
                        Weak
                    } else {
                        Chain
                    }
                }
                _ if trail == '\u{A0}' => {
                    // `SELKÄ EDELLÄ`: a capital before a no-break space.
                    if letter_before {
                        return None;
                    } else if letter_after {
                        Weak
                    } else {
                        Chain
                    }
                }
                // Text that writes other Latin-1 letters in the same word (`MÄ£ÄM`) is using
                // them on purpose.
                _ if foreign_letters_in_word(text, seq, all, index) => Chain,
                _ if ends_words(trail) => {
                    if letter_before && letter_after {
                        Strong
                    } else if letter_before || letter_after {
                        Weak
                    } else {
                        Chain
                    }
                }
                _ if letter_before || letter_after => Strong,
                _ => Chain,
            }
        }
    })
}

/// True when the word around `seq` holds Latin-1 letters that are not part of any candidate.
fn foreign_letters_in_word(text: &str, seq: &Sequence, all: &[Sequence], index: usize) -> bool {
    let start =
        text[..seq.start].char_indices().rev().find(|(_, c)| c.is_whitespace()).map_or(0, |(i, c)| i + c.len_utf8());
    let end = text[seq.end..].find(char::is_whitespace).map_or(text.len(), |i| seq.end + i);
    let covered = |at: usize| {
        let lo = index.saturating_sub(8);
        let hi = (index + 8).min(all.len());
        all[lo..hi].iter().any(|s| s.start <= at && at < s.end)
    };
    text[start..end]
        .char_indices()
        .any(|(i, c)| matches!(c, '\u{C0}'..='\u{FF}') && c != '×' && c != '÷' && !covered(start + i))
}

/// What is left once no layer finds sequences to repair: lost bytes and Latin-1 controls.
fn leftovers(text: &str, evidence: bool) -> Changes {
    let bytes = text.as_bytes();
    let mut found: Vec<(std::ops::Range<usize>, String, &'static str, Strength)> = Vec::new();
    for at in memchr::memchr2_iter(0xC2, 0xC3, bytes) {
        let Some(c) = text[at..].chars().next() else { continue };
        let prev = text[..at].chars().next_back();
        let after = &text[at + c.len_utf8()..];
        // What `normalize` deletes does not separate `Â` from what follows it.
        let after = after.trim_start_matches(vanishes);
        let upper_before = prev.is_some_and(char::is_uppercase);
        let lower_before = prev.is_some_and(char::is_lowercase);
        match c {
            // The no-break space `C2 A0` read as `Â` + NBSP, whose NBSP then became some space or
            // was trimmed at the line end (dev/raw/034: `kepala daerah".Â`); or the NBSP was an
            // HTML entity, or the last thing before a tag (`Â<br>`), which `normalize` turns
            // into a space or a line end.
            'Â' if after.is_empty()
                || after.starts_with(|c: char| c.is_whitespace() || c == '<')
                || ["&nbsp;", "&#160;", "&#xa0;", "&#xA0;"].iter().any(|e| after.starts_with(e)) =>
            {
                let strength = if upper_before { Strength::Weak } else { Strength::Strong };
                found.push((at..at + c.len_utf8(), String::new(), LOST_BYTE, strength));
            }
            // `à` (`C3 A0`) whose 0xA0 became a space: `voilÃ le travail`.
            'Ã' if after.starts_with(' ') && !upper_before => {
                let word = &after[1..];
                let strength = if lower_before {
                    Strength::Strong
                } else if word.starts_with(char::is_lowercase) {
                    Strength::Weak
                } else {
                    continue;
                };
                // The Portuguese `às` and `àquele` are one word: their space was the 0xA0.
                let mut rest = word.chars();
                let joined = (rest.next() == Some('s')
                    && rest.next().map_or(true, |n| n.is_whitespace() || ",.;:!?".contains(n)))
                    || word.starts_with("quel")
                    || word.starts_with("quil");
                let end = if joined { at + c.len_utf8() + 1 } else { at + c.len_utf8() };
                found.push((at..end, "à".to_string(), LOST_BYTE, strength));
            }
            _ if is_c1(c) => {
                if let Some(meant) = cp1252::windows_1252(c) {
                    found.push((at..at + c.len_utf8(), meant.to_string(), LATIN1_CONTROL, Strength::Strong));
                }
            }
            _ => {}
        }
    }
    let evidence = evidence || found.iter().any(|f| f.2 == LOST_BYTE && f.3 == Strength::Strong);
    let mut changes = Changes::new();
    for (range, with, rule, strength) in found {
        if strength == Strength::Strong || (strength == Strength::Weak && evidence) {
            changes.replace(range, with, rule);
        }
    }
    changes
}

/// Characters `normalize` deletes that cannot be a byte of mojibake: C0 controls, zero-width
/// characters and byte order marks. (C1 controls and the soft hyphen can: `\u{9d}` ends
/// `â€\u{9d}`, `\u{ad}` ends `Ã\u{ad}`.)
fn vanishes(c: char) -> bool {
    (c.is_control() && !matches!(c, '\n' | '\r' | '\t') && !is_c1(c))
        || matches!(c, '\u{200b}'..='\u{200d}' | '\u{2060}' | '\u{feff}')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixed(text: &str) -> String {
        crate::stages::testing::run_stage(&Mojibake::new(), text).text().to_string()
    }

    fn rules(text: &str) -> Vec<String> {
        crate::stages::testing::run_stage(&Mojibake::new(), text).edits().iter().map(|e| e.rule.clone()).collect()
    }

    #[test]
    fn utf8_read_as_windows_1252_is_decoded() {
        assert_eq!(
            fixed("â€œSudah,â€\u{9d} kata Gibran di cafÃ© itu â€“ Senin."),
            "“Sudah,” kata Gibran di café itu – Senin."
        );
        assert_eq!(rules("cafÃ©"), ["D001"]);
    }

    #[test]
    fn utf8_read_as_latin1_is_decoded() {
        assert_eq!(fixed("Ecuadorâ\u{80}\u{99}s â\u{80}\u{98}US pressureâ\u{80}\u{99}"), "Ecuador’s ‘US pressure’");
    }

    #[test]
    fn mojibake_misread_twice_is_undone_layer_by_layer() {
        assert_eq!(fixed("doesnÃƒÂ¢Ã¢â€šÂ¬Ã¢â€žÂ¢t"), "doesn’t");
        assert_eq!(fixed("Iggy Pop (nÃƒÂ© Jim Osterberg)"), "Iggy Pop (né Jim Osterberg)");
    }

    #[test]
    fn a_stray_a_circumflex_where_a_no_break_space_was_goes() {
        assert_eq!(fixed("kepala daerah\".Â\nKetentuan"), "kepala daerah\".\nKetentuan");
        assert_eq!(fixed("Rp\u{a0}Â 10"), "Rp\u{a0} 10");
        assert_eq!(fixed("harga:Â\u{a0}Rp"), "harga:\u{a0}Rp");
        assert_eq!(rules("daerah.Â"), ["D002"]);
        assert_eq!(fixed("harga:Â&nbsp;Rp"), "harga:&nbsp;Rp");
        assert_eq!(fixed("daerah.Â<br>Ketentuan"), "daerah.<br>Ketentuan");
        assert_eq!(fixed("kataÂ\u{200b} kata"), "kata\u{200b} kata");
        assert_eq!(fixed("â€\u{7}œbaruâ€\u{200b}\u{9d}"), "“baru”");
    }

    #[test]
    fn scripts_misread_as_runs_are_decoded() {
        assert_eq!(fixed("Î•Î»Î»Î·Î½Î¹ÎºÎ¬"), "Ελληνικά");
        assert_eq!(fixed("×‘×”×•×“×¢×”"), "בהודעה");
        assert_eq!(fixed("æ—¥æœ¬èªž"), "日本語");
    }

    #[test]
    fn latin1_controls_become_windows_1252_punctuation() {
        assert_eq!(fixed("\u{93}pertama\u{94} dan parlé\u{85} Tu"), "“pertama” dan parlé… Tu");
        assert_eq!(rules("\u{93}x"), ["D003"]);
    }

    #[test]
    fn a_lost_closing_quote_byte_is_restored() {
        assert_eq!(fixed("â€œbaruâ€�"), "“baru”");
    }

    #[test]
    fn legitimate_text_is_left_alone() {
        for text in [
            "Presiden Joko Widodo berkata “sudah” – © 2024, 25°C, café, José, Müller, Ñ.",
            "SÃO PAULO e CONCLUSÃO",
            "C O N C L U S Ã O",
            "I'm not such a fan of Charlotte Brontë…”",
            "NESTLÉ® requiere contratar",
            "ESSE CARA AI QUEM É¿",
            "AHÅ™, the new sofa from IKEA",
            "a radius of 10 Å—",
            "Offering 5×£35 pin ups",
            "SELKÄ\u{a0}EDELLÄ\u{a0}MAAHAN",
            "MÄ£ÄM ÌÑÌ Q £ÄGÌ GÄLÄW ÑÍCH SÖÄ£",
            "There are a lot of Ã’s in mojibake text",
            "higher values (“+” and “×” curves)",
        ] {
            assert_eq!(fixed(text), text);
        }
    }

    #[test]
    fn every_rule_example_holds() {
        crate::stages::testing::check_examples(&Mojibake);
    }
}
