//! Spaces where the punctuation does not want them: `korupsi .` -> `korupsi.`, `( kata )` ->
//! `(kata)`, `( ayat 2` -> `(ayat 2`, `Sumber :` -> `Sumber:` (P020, P021), and the space missing
//! after a semicolon between two words (P022). Commas are the `gaps` module's.
//!
//! Every run of spaces inside a paragraph is judged once, by the characters on either side:
//! - after an opening bracket and before a word or a quote, the run goes;
//! - before a closing bracket, after a word, a number or a sentence's end, the run goes;
//! - before `.`, `;`, `:`, `!` or `?` that close the word before, the run goes, but only when the
//!   mark is followed by a space, the paragraph's end, a quote or a bracket. That keeps an ellipsis
//!   (`tunggu ...`), a name that starts with a dot (` .NET`, ` .com`), a decimal (` .5`) and an
//!   emoticon (` :)`, ` ;-)`) as they are. A colon after a number is a time or a score
//!   (`10 : 30`) and stays.

use super::token;
use crate::document::Changes;

pub fn changes(text: &str) -> Changes {
    let mut changes = Changes::new();
    let bytes = text.as_bytes();
    // A run of spaces is misplaced only next to a bracket or a closing mark, so the scan jumps
    // from mark to mark (memchr) and looks at the spaces on either side; most runs sit between
    // two words. Each run is judged once: after an opening bracket, or else before the mark
    // that follows it.
    for i in memchr::memchr2_iter(b'(', b'[', bytes) {
        if bytes.get(i + 1) == Some(&b' ') {
            let end = i + 1 + bytes[i + 1..].iter().take_while(|&&b| b == b' ').count();
            judge(text, i + 1, end, &mut changes);
        }
    }
    let closing = memchr::memchr3_iter(b')', b']', b':', bytes).chain(memchr::memchr3_iter(b'.', b'!', b'?', bytes));
    for i in closing.chain(memchr::memchr_iter(b';', bytes)) {
        if i > 0 && bytes[i - 1] == b' ' {
            let start = i - bytes[..i].iter().rev().take_while(|&&b| b == b' ').count();
            if start == 0 || !matches!(bytes[start - 1], b'(' | b'[') {
                judge(text, start, i, &mut changes);
            }
        }
        if bytes[i] == b';' && glued_semicolon(text, i) {
            changes.insert(i + 1, " ", "P022");
        }
    }
    quotes(text, &mut changes);
    changes
}

/// Spaces just inside a pair of double quotes (`" Alhamdulillah ...,"`, `tinggi, " ucapnya`), as
/// curly quotes typed the wrong way round leave them once they are straight. Which quote opens
/// and which closes is told by their order in the paragraph (one a line here), so only a
/// paragraph whose quotes pair up is touched: in one that continues a quote from the paragraph
/// before, the order says nothing.
fn quotes(text: &str, changes: &mut Changes) {
    let bytes = text.as_bytes();
    let mut at = 0;
    for line in text.split('\n') {
        let start = at;
        at += line.len() + 1;
        let marks: Vec<usize> = memchr::memchr_iter(b'"', line.as_bytes()).map(|i| start + i).collect();
        if marks.is_empty() || marks.len() % 2 == 1 {
            continue;
        }
        for pair in marks.chunks(2) {
            let (open, close) = (pair[0], pair[1]);
            // A quotation opens at the paragraph's start or after a space or a bracket; a mark
            // glued to a word or a figure is something else (`14"`, inches).
            if open > start && !matches!(bytes[open - 1], b' ' | b'(' | b'[') {
                continue;
            }
            // An opening quote at the paragraph's start or after a space, then spaces and a
            // sentence's capital; a quote that closes is followed by its speech tag in small
            // letters, which is how the two read apart when the order misleads.
            let spaces = bytes[open + 1..close].iter().take_while(|&&b| b == b' ').count();
            let opens_sentence = token::at(text, open + 1 + spaces).is_some_and(|c| c.is_uppercase() || c.is_numeric());
            // The spaces may be a bracket's too (`"( "`), which P021 has taken.
            let inside = open + 1..open + 1 + spaces;
            if spaces > 0 && opens_sentence && !changes.touches(&inside) {
                changes.delete(inside, "P023");
            }
            // A closing quote after spaces, then the paragraph's end, a mark, or a speech tag in
            // small letters.
            let spaces = bytes[open + 1..close].iter().rev().take_while(|&&b| b == b' ').count();
            let mark = close - spaces;
            let tag_or_end = match token::at(text, close + 1) {
                None | Some('\n') => true,
                Some(' ') => token::at(text, close + 2).is_some_and(char::is_lowercase),
                Some(c) => !c.is_alphanumeric(),
            };
            if spaces > 0 && mark - 1 > open && tag_or_end && !changes.touches(&(mark..close)) {
                changes.delete(mark..close, "P023");
            }
            // A closing quote after the quotation's own comma or full stop, glued to its speech
            // tag (`ke Bupati,"kata Muryono`): the tag is a word of its own.
            let closes_quotation = matches!(bytes[close - 1], b',' | b'.' | b'!' | b'?');
            if closes_quotation && token::at(text, close + 1).is_some_and(char::is_lowercase) {
                changes.insert(close + 1, " ", "P024");
            }
        }
    }
}

fn judge(text: &str, start: usize, end: usize, changes: &mut Changes) {
    if let Some(rule) = misplaced_space(text, start, end) {
        changes.delete(start..end, rule);
    }
}

/// The rule that removes the spaces at `start..end`, if they are misplaced.
fn misplaced_space(text: &str, start: usize, end: usize) -> Option<&'static str> {
    let prev = token::before(text, start).filter(|&c| c != '\n')?;
    let next = token::at(text, end).filter(|&c| c != '\n')?;
    if matches!(prev, '(' | '[') {
        let emoticon = matches!(token::before(text, start - 1), Some(':' | ';' | '='));
        let opens_content = next.is_alphanumeric() || matches!(next, '"' | '\'' | '“' | '‘');
        return (opens_content && !emoticon).then_some("P021");
    }
    if matches!(next, ')' | ']') {
        let closes_content = prev.is_alphanumeric() || matches!(prev, '.' | '!' | '?' | '%' | '"' | '\'' | '”' | '’');
        return closes_content.then_some("P021");
    }
    if matches!(next, '.' | ';' | ':' | '!' | '?') {
        let word_before = prev.is_alphanumeric() || matches!(prev, ')' | ']' | '%') || closing_quote(text, start, prev);
        if !word_before || (next == ':' && prev.is_ascii_digit()) {
            return None;
        }
        let after = token::at(text, end + 1);
        if matches!(next, ':' | ';') && after == Some(' ') && matches!(token::at(text, end + 2), Some(')' | '(')) {
            return None; // an emoticon written with a space: `: )`
        }
        let mark_ends = match after {
            None | Some('\n' | ' ' | '"' | '\'' | '”' | '’') => true,
            Some(')' | ']') => matches!(next, '.' | '!' | '?'),
            Some('!' | '?') => matches!(next, '!' | '?'),
            _ => false,
        };
        return mark_ends.then_some("P020");
    }
    None
}

/// True when `prev`, the character before byte `at`, is a quote that closes a word (`"kata" .`).
fn closing_quote(text: &str, at: usize, prev: char) -> bool {
    matches!(prev, '"' | '\'' | '”' | '’')
        && token::before(text, at - prev.len_utf8()).is_some_and(|c| !c.is_whitespace() && c != '(')
}

/// A semicolon glued between two words (`satu;dua`), outside addresses and leftover entities.
fn glued_semicolon(text: &str, i: usize) -> bool {
    token::before(text, i).is_some_and(char::is_alphabetic)
        && token::at(text, i + 1).is_some_and(char::is_alphabetic)
        && token::token_around(text, i).is_some_and(|token| !token.contains('&') && !token::is_address(token))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str) -> String {
        crate::stages::testing::run_changes("punctuation", text, changes)
    }

    #[test]
    fn no_space_before_closing_punctuation() {
        assert_eq!(run("terlibat kasus korupsi ."), "terlibat kasus korupsi.");
        assert_eq!(run("Sumber : Antara"), "Sumber: Antara");
        assert_eq!(run("Benarkah ? Ya !"), "Benarkah? Ya!");
        assert_eq!(run("satu ; dua"), "satu; dua");
        assert_eq!(run("kata \"itu\" .\n\nLalu"), "kata \"itu\".\n\nLalu");
        assert_eq!(run("Apa ?!"), "Apa?!");
    }

    #[test]
    fn no_space_inside_brackets() {
        assert_eq!(run("sebuah ( kata ) saja"), "sebuah (kata) saja");
        assert_eq!(run("diperhentikan ( ayat 2 pasal 10)"), "diperhentikan (ayat 2 pasal 10)");
        assert_eq!(run("[ Foto ]"), "[Foto]");
    }

    #[test]
    fn no_space_just_inside_a_pair_of_quotes() {
        assert_eq!(
            run("\" Alhamdulillah, ini tradisi kita,\" kata dia."),
            "\"Alhamdulillah, ini tradisi kita,\" kata dia."
        );
        assert_eq!(run("\"Air sudah tinggi, \" ucapnya."), "\"Air sudah tinggi,\" ucapnya.");
        assert_eq!(run("\"Satu,\" kata dia, \" Dua. \""), "\"Satu,\" kata dia, \"Dua.\"");
    }

    #[test]
    fn a_closing_quote_glued_to_its_speech_tag_gets_its_space() {
        assert_eq!(run("\"Segera dikirim ke Bupati,\"kata Muryono."), "\"Segera dikirim ke Bupati,\" kata Muryono.");
        // A suffix glued to a quoted word is the word's (`"bom"nya`), and an opening quote glued
        // to a word stays as it is.
        for text in ["\"bom\"nya meledak", "kata dia,\"Kami siap.\""] {
            assert_eq!(run(text), text);
        }
    }

    #[test]
    fn quotes_that_do_not_pair_up_keep_their_spaces() {
        // The paragraph goes on with a quote opened in the paragraph before.
        for text in ["ganti saja, \" tegasnya. \" Ini tidak adil.", "layar 14\" dan 15 \" saja"] {
            assert_eq!(run(text), text);
        }
    }

    #[test]
    fn a_semicolon_between_words_gets_its_space() {
        assert_eq!(run("satu;dua"), "satu; dua");
    }

    #[test]
    fn ellipses_names_numbers_times_and_emoticons_stay() {
        for text in [
            "tunggu ... lalu",
            "teknologi .NET dan domain .com",
            "angka .5 saja",
            "skor 10 : 30",
            "senang :) sekali ;-) ya : ) dan ; (",
            "sedih :( kata dia",
            "kosong ( ) saja",
            "entitas &amp;lt;b",
            "\"Kami siap,\" kata dia. \"Besok.\"",
            "Rp129 triliun atau 1,44% pada pukul 22.00 WIB",
        ] {
            assert_eq!(run(text), text);
        }
    }
}
