//! What an export left where markup or a character was lost: a link's attributes printed in
//! the text with its words twice (`PSM Makassar" href="https://…">PSM Makassar`), a question
//! mark standing for a character the export could not write, inside a word
//! (`mempe?rlihatkan`), and the backslash a JSON or SQL string put before a quote (`\"Kami`),
//! written out with it. All are rare, so the text is searched for them once, not character by
//! character.

use crate::document::Changes;

pub const ATTRIBUTE: &str = "N012";
pub const LOST_CHARACTER: &str = "N013";
pub const ESCAPED_QUOTE: &str = "N015";

/// How far a link's words may reach before its attribute: a name or a short phrase.
const LINK_WORDS: usize = 80;

pub fn changes(text: &str) -> Changes {
    let mut changes = Changes::new();
    if text.contains("\" href=\"") {
        attributes(text, &mut changes);
    }
    if text.contains('?') {
        lost_characters(text, &mut changes);
    }
    if text.contains('\\') {
        escaped_quotes(text, &mut changes);
    }
    changes
}

/// `words" href="url">words`: the link's title attribute, its address and its text, of which
/// only the text is the article's.
fn attributes(text: &str, changes: &mut Changes) {
    let mut from = 0;
    while let Some(at) = text[from..].find("\" href=\"").map(|p| from + p) {
        from = at + 1;
        let Some(close) = text[at + 8..].find(['"', '\n']).map(|p| at + 8 + p) else { break };
        if !text[close..].starts_with("\">") {
            continue;
        }
        let after = &text[close + 2..];
        // The longest run of the link's text, ended at a word's end, that the text before the
        // attribute ends with, itself at a word's start.
        let copy = after
            .char_indices()
            .map(|(i, _)| i)
            .chain(std::iter::once(after.len()))
            .take_while(|&i| i <= LINK_WORDS)
            .filter(|&i| i > 0 && !after[i..].starts_with(char::is_alphanumeric))
            .filter(|&i| {
                let before = &text[..at];
                before.ends_with(&after[..i])
                    && before[..at - i].chars().next_back().map_or(true, |c| !c.is_alphanumeric())
            })
            .last();
        let start = at - copy.unwrap_or(0);
        changes.delete(start..close + 2, ATTRIBUTE);
        from = close + 2;
    }
}

/// A `?` between two small letters of one word is a character the export lost.
fn lost_characters(text: &str, changes: &mut Changes) {
    let bytes = text.as_bytes();
    for (at, _) in text.match_indices('?') {
        let letter = |i: Option<usize>| i.and_then(|i| bytes.get(i)).is_some_and(u8::is_ascii_lowercase);
        if letter(at.checked_sub(1)) && letter(Some(at + 1)) && !in_address(text, at) {
            changes.delete(at..at + 1, LOST_CHARACTER);
        }
    }
}

/// `\"` and `\'`: a quote escaped for a string literal, the escape written out with it. Prose
/// has no use for a backslash before a quote; a backslash escaped in turn (`\\"`) is left.
fn escaped_quotes(text: &str, changes: &mut Changes) {
    let bytes = text.as_bytes();
    for (at, _) in text.match_indices('\\') {
        let quote = matches!(bytes.get(at + 1), Some(b'"' | b'\''));
        let escaped = at > 0 && bytes[at - 1] == b'\\';
        if quote && !escaped && !changes.touches(&(at..at + 1)) {
            changes.delete(at..at + 1, ESCAPED_QUOTE);
        }
    }
}

/// Whether the mark stands in a web address (`?q=`), where it is the address's own.
fn in_address(text: &str, at: usize) -> bool {
    let start = text[..at].rfind(char::is_whitespace).map_or(0, |p| p + 1);
    let end = text[at..].find(char::is_whitespace).map_or(text.len(), |p| at + p);
    text[start..end].contains(['/', '=', '&', '.'])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clean(text: &str) -> String {
        crate::stages::testing::run_changes("normalize", text, changes)
    }

    #[test]
    fn a_links_attribute_and_its_title_go() {
        assert_eq!(
            clean("Tidak lama lagi PSM Makassar\" href=\"https://contoh.id/tag/psm\">PSM Makassar punya pelatih baru."),
            "Tidak lama lagi PSM Makassar punya pelatih baru."
        );
        // With no title before it, the attribute alone goes.
        assert_eq!(clean("Tim \" href=\"https://contoh.id/a\">Liga 1 mendatang."), "Tim Liga 1 mendatang.");
    }

    #[test]
    fn a_question_mark_inside_a_word_is_a_lost_character() {
        assert_eq!(
            clean("hasil survei yang mempe?rlihatkan keunggulan"),
            "hasil survei yang memperlihatkan keunggulan"
        );
        for kept in ["Kenapa? karena rakyat", "lihat contoh.id/cari?q=banjir", "Siapa?"] {
            assert_eq!(clean(kept), kept);
        }
    }
}
