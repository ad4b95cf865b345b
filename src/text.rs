//! Small text helpers the stages share.

use std::ops::Range;

/// Byte ranges of the non-empty lines of `text`, trimmed of surrounding spaces. After the
/// `blocks` stage every paragraph is one line, so these are the paragraphs.
pub fn lines(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for i in memchr::memchr_iter(b'\n', text.as_bytes()) {
        push_trimmed(text, start..i, &mut out);
        start = i + 1;
    }
    push_trimmed(text, start..text.len(), &mut out);
    out
}

fn push_trimmed(text: &str, range: Range<usize>, out: &mut Vec<Range<usize>>) {
    let line = &text[range.clone()];
    let trimmed = line.trim();
    if !trimmed.is_empty() {
        let start = range.start + (line.len() - line.trim_start().len());
        out.push(start..start + trimmed.len());
    }
}

/// Words of a block: maximal runs of alphanumeric characters (with inner `-` and `'`), with byte
/// ranges.
pub fn words(text: &str) -> impl Iterator<Item = (Range<usize>, &str)> + '_ {
    let mut chars = text.char_indices().peekable();
    std::iter::from_fn(move || {
        while let Some(&(_, c)) = chars.peek() {
            if c.is_alphanumeric() {
                break;
            }
            chars.next();
        }
        let (start, _) = *chars.peek()?;
        let mut end = start;
        while let Some(&(i, c)) = chars.peek() {
            if c.is_alphanumeric() {
                end = i + c.len_utf8();
                chars.next();
            } else if c == '-' || c == '\'' {
                // Inner hyphens join reduplications (`unit-unit`); a trailing one does not.
                let mut ahead = chars.clone();
                ahead.next();
                match ahead.peek() {
                    Some(&(_, n)) if n.is_alphanumeric() => {
                        chars.next();
                    }
                    _ => break,
                }
            } else {
                break;
            }
        }
        Some((start..end, &text[start..end]))
    })
}

/// True when the text ends a sentence: `.`, `!`, `?` or `…`, possibly followed by closing quotes
/// or brackets.
pub fn ends_sentence(text: &str) -> bool {
    let trimmed = text.trim_end_matches(['"', '\'', ')', ']', '”', '’', ' ']);
    trimmed.ends_with(['.', '!', '?', '…'])
}

/// Whether `s` opens as newspapers set a lede's first word, in capitals before words in lower
/// case (`SEJAK akhir` of a line broken before `Februari 2017 hingga ...`): the article's first
/// line, which no header label is written like.
pub fn opens_a_lede(s: &str) -> bool {
    let mut words = s.split_whitespace();
    let first_in_capitals = words
        .next()
        .is_some_and(|w| w.chars().count() >= 2 && w.chars().all(|c| c.is_alphabetic() && c.is_uppercase()));
    first_in_capitals && words.next().is_some_and(|w| w.starts_with(char::is_lowercase))
}

/// True when the first letter of `text` is lower-case.
pub fn starts_lowercase(text: &str) -> bool {
    text.chars().find(|c| c.is_alphanumeric()).is_some_and(|c| c.is_lowercase())
}

/// Whether `text` opens with a domain name (`jpnn.com, BANDUNG -`), which sites print in lower
/// case at a paragraph's start: that is not a sentence running on from the line before.
pub fn opens_with_domain(text: &str) -> bool {
    let word = text.split_whitespace().next().unwrap_or("").trim_end_matches([',', ':', ';']);
    word.rsplit_once('.')
        .is_some_and(|(name, tld)| !name.is_empty() && tld.len() >= 2 && tld.bytes().all(|b| b.is_ascii_lowercase()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_trimmed_and_blank_lines_skipped() {
        let t = "  satu \n\n dua\n";
        let got: Vec<&str> = lines(t).into_iter().map(|r| &t[r]).collect();
        assert_eq!(got, ["satu", "dua"]);
    }

    #[test]
    fn words_keep_inner_hyphens() {
        let got: Vec<&str> = words("unit-unit militer, (KCNA) 14.000 -x").map(|(_, w)| w).collect();
        assert_eq!(got, ["unit-unit", "militer", "KCNA", "14", "000", "x"]);
    }
}
