//! The words the repair stage looks at: whitespace-separated chunks with surrounding punctuation
//! trimmed off, with what the stage needs to know about where each one stands.

use std::ops::Range;

/// One word of the text.
#[derive(Debug, Clone)]
pub struct Token<'a> {
    /// Byte range of the word (punctuation trimmed) in the text.
    pub range: Range<usize>,
    pub word: &'a str,
    /// The whole whitespace-separated chunk, punctuation included.
    pub chunk: &'a str,
    /// First word of a paragraph or a sentence, or opening a quote: its capital says nothing.
    pub sentence_start: bool,
    /// Inside a quote of at most three words: likely a foreign word or a name, left alone.
    pub short_quote: bool,
    /// The word is ASCII: known from the scan, so that later passes need not test it again.
    pub ascii: bool,
    /// The chunk is ASCII letters only, as most are (then it is the word): no punctuation,
    /// hyphen, digit or mark for the later passes to look for.
    pub plain: bool,
}

/// A letter, digit or combining mark (Thai vowel signs are marks, and belong to their word).
pub fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    c.is_alphanumeric() || unicode_normalization::char::is_combining_mark(c)
}

const OPENING_QUOTES: [char; 5] = ['"', '“', '\'', '‘', '«'];
const CLOSING_QUOTES: [char; 5] = ['"', '”', '\'', '’', '»'];

const ONES: u64 = 0x0101_0101_0101_0101;

/// The top bit of each of eight bytes that is not an ASCII letter.
fn non_letters(x: u64) -> u64 {
    const HIGH: u64 = ONES * 0x80;
    // Case folded and the top bit cleared, so that adding to a byte never carries into the next.
    let low = (x | (ONES * 0x20)) & !HIGH;
    let from_a = low.wrapping_add(ONES * u64::from(0x80 - b'a'));
    let past_z = low.wrapping_add(ONES * u64::from(0x80 - b'z' - 1));
    !(from_a & !past_z & !x) & HIGH
}

/// True for the ASCII bytes that `char::is_whitespace` accepts.
fn ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r')
}

/// The byte length of the non-ASCII whitespace character at `i`, if there is one.
fn wide_space_at(text: &str, i: usize) -> Option<usize> {
    text[i..].chars().next().filter(|c| c.is_whitespace()).map(char::len_utf8)
}

/// The words of `text`, in order.
pub fn tokens(text: &str) -> Vec<Token<'_>> {
    // About one word in seven bytes of news text: one allocation for most texts.
    let mut out: Vec<Token> = Vec::with_capacity(text.len() / 5);
    let mut line_start = true;
    let mut after_stop = true;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'\n' {
            line_start = true;
            i += 1;
            continue;
        }
        if ascii_space(b) {
            i += 1;
            continue;
        }
        if b >= 0x80 {
            if let Some(n) = wide_space_at(text, i) {
                i += n;
                continue;
            }
        }
        let start = i;
        let mut ascii_chunk = true;
        // Whether every byte of the chunk is an ASCII letter, as for most chunks.
        let mut plain = true;
        while i < bytes.len() {
            // Eight bytes at a time to the first that is a space, a control or not ASCII (the
            // lowest flagged byte is exact: no borrow reaches it from the bytes below).
            if let Some(eight) = bytes.get(i..i + 8) {
                let x = u64::from_le_bytes(eight.try_into().expect("eight bytes"));
                let stop = ((x.wrapping_sub(ONES * 0x21) & !x) | x) & (ONES * 0x80);
                // The bytes below the first flagged one (all eight when none is).
                let before = (stop & stop.wrapping_neg()).wrapping_sub(1);
                plain &= non_letters(x) & before == 0;
                if stop == 0 {
                    i += 8;
                    continue;
                }
                i += (stop.trailing_zeros() / 8) as usize;
            }
            let b = bytes[i];
            if b < 0x80 {
                if ascii_space(b) {
                    break;
                }
                plain &= b.is_ascii_alphabetic();
                i += 1;
            } else {
                ascii_chunk = false;
                match text[i..].chars().next() {
                    Some(c) if !c.is_whitespace() => {
                        plain = false;
                        i += c.len_utf8();
                    }
                    _ => break,
                }
            }
        }
        let chunk = &text[start..i];
        if plain {
            // Letters only: the chunk is the word, opens no quote and ends no sentence.
            out.push(Token {
                range: start..i,
                word: chunk,
                chunk,
                sentence_start: line_start || after_stop,
                short_quote: false,
                ascii: true,
                plain: true,
            });
            line_start = false;
            after_stop = false;
            continue;
        }
        let (lead, core) = core_of(chunk);
        let opens_quote = opens_quote(chunk) || chunk.starts_with('(');
        if !core.is_empty() {
            out.push(Token {
                range: start + lead..start + lead + core.len(),
                word: core,
                chunk,
                sentence_start: line_start || after_stop || opens_quote,
                short_quote: false,
                ascii: ascii_chunk || core.is_ascii(),
                plain: false,
            });
        }
        line_start = false;
        after_stop = ends_sentence(chunk) || core.is_empty() && after_stop;
    }
    mark_short_quotes(&mut out);
    out
}

/// The word inside a chunk, punctuation trimmed off both ends, and where it starts. Most chunks
/// have ASCII ends, which are trimmed byte by byte.
fn core_of(chunk: &str) -> (usize, &str) {
    let b = chunk.as_bytes();
    let word_byte = |c: &u8| *c >= 0x80 || c.is_ascii_alphanumeric();
    let lead = b.iter().position(word_byte).unwrap_or(b.len());
    let end = b.iter().rposition(word_byte).map_or(lead, |p| p + 1);
    if b.get(lead).is_some_and(|c| *c >= 0x80) || (end > lead && b[end - 1] >= 0x80) {
        let lead = chunk.len() - chunk.trim_start_matches(|c: char| !is_word_char(c)).len();
        return (lead, chunk[lead..].trim_end_matches(|c: char| !is_word_char(c)));
    }
    (lead, &chunk[lead..end])
}

/// Whether a chunk opens with a quote mark; decided on the first byte for most chunks.
fn opens_quote(chunk: &str) -> bool {
    match chunk.as_bytes().first() {
        Some(b'"' | b'\'') => true,
        Some(&b) if b >= 0x80 => chunk.starts_with(OPENING_QUOTES),
        _ => false,
    }
}

/// Whether a chunk ends a sentence: a stop, before any closing quotes and then parentheses.
fn ends_sentence(chunk: &str) -> bool {
    // Most chunks end in a letter or a comma: the last byte decides.
    match chunk.as_bytes().last() {
        Some(b'.' | b'!' | b'?' | b':') => return true,
        Some(&b) if b < 0x80 && !matches!(b, b'"' | b'\'' | b')') => return false,
        _ => {}
    }
    let trimmed = chunk.trim_end_matches(CLOSING_QUOTES).trim_end_matches(')');
    trimmed.ends_with(['.', '!', '?', ':', '…'])
}

/// Marks the words of quotes of one to three words: `"heroik,"`, `'1 Day 1lwoo'`, and a word
/// alone in brackets, which is a credit or a code (`(wartakota)`, `(ant)`), not prose.
fn mark_short_quotes(tokens: &mut [Token]) {
    for i in 0..tokens.len() {
        let chunk = tokens[i].chunk;
        if chunk.starts_with('(') && chunk.trim_end_matches(['.', ',', ';', ':', '!', '?']).ends_with(')') {
            tokens[i].short_quote = true;
            continue;
        }
        if tokens[i].plain || !opens_quote(tokens[i].chunk) {
            continue;
        }
        for j in i..tokens.len().min(i + 3) {
            let chunk = tokens[j].chunk.trim_end_matches(['.', ',', ';', ':', '!', '?', ')']);
            if chunk.ends_with(CLOSING_QUOTES) && (j > i || chunk.chars().count() > 1) {
                for t in &mut tokens[i..=j] {
                    t.short_quote = true;
                }
                break;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_lose_their_punctuation_and_know_where_they_stand() {
        let text = "Kata \"TIdak\" itu, (KCNA) heroik.\nLalu x";
        let got: Vec<(&str, bool)> = tokens(text).iter().map(|t| (t.word, t.sentence_start)).collect();
        assert_eq!(
            got,
            [
                ("Kata", true),
                ("TIdak", true),
                ("itu", false),
                ("KCNA", true),
                ("heroik", false),
                ("Lalu", true),
                ("x", false)
            ]
        );
    }

    #[test]
    fn stops_are_seen_through_quotes_and_parentheses() {
        for (chunk, stop) in [
            ("kata.", true),
            ("kata", false),
            ("kata,", false),
            ("kata.\"", true),
            ("kata.”", true),
            ("kata.)", true),
            // Quotes go first, then parentheses: as the tokenizer always did.
            ("kata.)\"", true),
            ("kata.\")", false),
            ("kata…", true),
            ("", false),
        ] {
            assert_eq!(ends_sentence(chunk), stop, "{chunk}");
        }
        assert!(opens_quote("\"kata") && opens_quote("“kata") && opens_quote("'kata") && !opens_quote("kata"));
    }

    #[test]
    fn chunks_end_at_any_space_however_long() {
        let text = "pertanggungjawabannya,\u{a0}kata\u{2003}Menteri\x0bdi\tJakarta\r\nsebelumnya Ölçü-nya";
        let got: Vec<(&str, bool)> = tokens(text).iter().map(|t| (t.word, t.plain)).collect();
        assert_eq!(
            got,
            [
                ("pertanggungjawabannya", false),
                ("kata", true),
                ("Menteri", true),
                ("di", true),
                ("Jakarta", true),
                ("sebelumnya", true),
                ("Ölçü-nya", false)
            ]
        );
    }

    #[test]
    fn eight_bytes_tell_their_letters() {
        for b in 0u8..=255 {
            let x = u64::from_le_bytes([b'a', b, b'Z', b'z', b'A', b'@', b'[', b'`']);
            let want = [false, !b.is_ascii_alphabetic(), false, false, false, true, true, true];
            let got: Vec<bool> = (0..8).map(|k| non_letters(x) >> (8 * k + 7) & 1 == 1).collect();
            assert_eq!(got, want, "{b:#x}");
        }
    }

    #[test]
    fn short_quotes_are_marked() {
        let text = "sebagai \"heroik,\" terus \"Tentara kita saat ini melaksanakan\"";
        let got: Vec<bool> = tokens(text).iter().map(|t| t.short_quote).collect();
        assert_eq!(got, [false, true, false, false, false, false, false, false]);
    }
}
