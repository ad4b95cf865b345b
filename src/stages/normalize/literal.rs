//! Text that a scrape dataset stored as a Python literal rather than as a string: the list of
//! the paragraphs (`['Paragraf satu.', 'Paragraf dua.']`) or the bytes of the text
//! (`b'TRIBUNNEWS.COM -\xc2\xa0Sebanyak ...'`), written with `str()` of the value. The literal's
//! brackets, quotes, separators and escapes are not the article's: the paragraphs are given
//! back, one a block, with the characters the escapes stand for. Only a text that is one whole
//! literal, and that parses as one, is read so; any other text is left as it is.

use crate::document::Changes;
use std::ops::Range;

pub const LITERAL: &str = "N014";

/// Replacements of ranges of the text, in order.
type Edits = Vec<(Range<usize>, String)>;

pub fn changes(text: &str) -> Changes {
    let mut changes = Changes::new();
    let body = text.trim();
    let start = text.len() - text.trim_start().len();
    let end = start + body.len();
    let found = if body.starts_with("['") || body.starts_with("[\"") {
        list(text, start..end)
    } else if body.starts_with("b'") || body.starts_with("b\"") {
        bytes(text, start..end)
    } else {
        None
    };
    for (range, with) in found.unwrap_or_default() {
        changes.replace(range, with, LITERAL);
    }
    changes
}

/// `['a', "b's", ...]`: each item's quotes go, and the separators between items become
/// paragraph breaks.
fn list(text: &str, span: Range<usize>) -> Option<Edits> {
    let b = text.as_bytes();
    let mut edits = Vec::new();
    let mut open = span.start;
    let mut at = span.start + 1;
    loop {
        let (close, escapes) = string(text, at, false)?;
        let before = if open == span.start { "" } else { "\n\n" };
        edits.push((open..at + 1, before.to_string()));
        edits.extend(escapes);
        let mut next = close + 1;
        while b.get(next) == Some(&b' ') {
            next += 1;
        }
        match b.get(next) {
            Some(b',') => {
                next += 1;
                while b.get(next) == Some(&b' ') {
                    next += 1;
                }
                open = close;
                at = next;
            }
            Some(b']') if next + 1 == span.end => {
                edits.push((close..span.end, String::new()));
                return Some(edits);
            }
            _ => return None,
        }
    }
}

/// `b'...'`: the prefix and the quotes go, and the escaped bytes are read as UTF-8.
fn bytes(text: &str, span: Range<usize>) -> Option<Edits> {
    let at = span.start + 1;
    let (close, escapes) = string(text, at, true)?;
    if close + 1 != span.end {
        return None;
    }
    let mut edits = vec![(span.start..at + 1, String::new())];
    edits.extend(escapes);
    edits.push((close..span.end, String::new()));
    Some(edits)
}

/// The Python string literal whose opening quote is at `at`: where its closing quote is, and
/// each escape with what it stands for. In bytes, a run of `\xNN` escapes is read as UTF-8.
/// `None` when the literal is unclosed, runs over a line, or holds what `repr` never writes.
fn string(text: &str, at: usize, bytes: bool) -> Option<(usize, Edits)> {
    let b = text.as_bytes();
    let quote = *b.get(at).filter(|q| matches!(q, b'\'' | b'"'))?;
    let mut escapes: Edits = Vec::new();
    // A run of escaped bytes, where it starts and what it holds so far.
    let mut run: Option<(usize, Vec<u8>)> = None;
    let flush =
        |run: &mut Option<(usize, Vec<u8>)>, end: usize, escapes: &mut Vec<(Range<usize>, String)>| match run.take() {
            Some((start, bytes)) => {
                escapes.push((start..end, String::from_utf8(bytes).ok()?));
                Some(())
            }
            None => Some(()),
        };
    let mut i = at + 1;
    while i < b.len() {
        match b[i] {
            c if c == quote => {
                flush(&mut run, i, &mut escapes)?;
                return Some((i, escapes));
            }
            b'\n' | b'\r' => return None,
            b'\\' => {
                let kind = *b.get(i + 1)?;
                let digits = match kind {
                    b'x' => 2,
                    b'u' if !bytes => 4,
                    b'U' if !bytes => 8,
                    _ => 0,
                };
                if digits > 0 {
                    let hex = text.get(i + 2..i + 2 + digits)?;
                    let value = u32::from_str_radix(hex, 16).ok()?;
                    let end = i + 2 + digits;
                    if bytes {
                        let (_, held) = run.get_or_insert_with(|| (i, Vec::new()));
                        held.push(u8::try_from(value).ok()?);
                    } else {
                        escapes.push((i..end, char::from_u32(value)?.to_string()));
                    }
                    i = end;
                    continue;
                }
                flush(&mut run, i, &mut escapes)?;
                let with = match kind {
                    b'n' => "\n",
                    b't' => "\t",
                    b'r' => "",
                    b'\\' => "\\",
                    b'\'' => "'",
                    b'"' => "\"",
                    _ => return None,
                };
                escapes.push((i..i + 2, with.to_string()));
                i += 2;
            }
            c => {
                // `repr` of bytes writes only ASCII.
                if bytes && !c.is_ascii() {
                    return None;
                }
                flush(&mut run, i, &mut escapes)?;
                i += 1;
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decoded(text: &str) -> String {
        let mut doc = crate::document::Document::new(text.to_string());
        doc.apply("normalize", changes(text));
        doc.text().to_string()
    }

    #[test]
    fn a_list_of_paragraphs_gives_its_paragraphs() {
        assert_eq!(
            decoded("['Jakarta - Rupiah menguat.', \"Kata dia, 'naik'.\", 'Harga \\xa0turun.']"),
            "Jakarta - Rupiah menguat.\n\nKata dia, 'naik'.\n\nHarga \u{a0}turun."
        );
    }

    #[test]
    fn the_bytes_of_a_text_give_the_text() {
        assert_eq!(
            decoded("b'TRIBUNNEWS.COM -\\xc2\\xa0Sebanyak 35 investor \\xe2\\x80\\x9cprihatin\\xe2\\x80\\x9d, kata dia\\'s.'"),
            "TRIBUNNEWS.COM -\u{a0}Sebanyak 35 investor \u{201c}prihatin\u{201d}, kata dia's."
        );
    }

    #[test]
    fn text_that_is_no_whole_literal_stays() {
        for text in [
            "['Satu.', 'Dua.'] dan seterusnya",
            "[Foto] Banjir melanda",
            "['Satu.'\n'Dua.']",
            "b'\\xff\\xfe'",
            "bukan apa-apa",
            "",
            "  \n ",
        ] {
            assert!(changes(text).is_empty(), "{text}");
        }
    }
}
