//! Quotation marks lost to `?` when a text went through a character set that had no curly
//! quotes (`?Shizuoka adalah Tengoku-nya Jepang,? tutur Emil.`). A question mark never opens a
//! word, nor follows a comma or a full stop, so those two places tell a lost quote from a
//! question: a `?` at a paragraph's start or after a space, before a letter, opened a quote; one
//! right after `,` or `.`, before a space or the paragraph's end, closed it.

use crate::document::Changes;

pub fn changes(text: &str) -> Changes {
    let mut changes = Changes::new();
    let bytes = text.as_bytes();
    for at in memchr::memchr_iter(b'?', bytes) {
        let before = at.checked_sub(1).map(|i| bytes[i]);
        let after = text[at + 1..].chars().next();
        let opens = matches!(before, None | Some(b'\n' | b' ')) && after.is_some_and(char::is_alphabetic);
        let closes = matches!(before, Some(b',' | b'.')) && matches!(after, None | Some('\n' | ' '));
        // `...?` is an ellipsis before a question, not a lost quote.
        let ellipsis = at >= 2 && &bytes[at - 2..at] == b"..";
        if (opens || closes) && !ellipsis {
            changes.replace(at..at + 1, "\"", "P030");
        }
    }
    changes
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str) -> String {
        crate::stages::testing::run_changes("punctuation", text, changes)
    }

    #[test]
    fn question_marks_where_quotes_stood_become_quotes() {
        assert_eq!(
            run("?Shizuoka adalah Tengoku-nya Jepang,? tutur Emil.\n?Hasil bumi ini bisa kami kirim.?"),
            "\"Shizuoka adalah Tengoku-nya Jepang,\" tutur Emil.\n\"Hasil bumi ini bisa kami kirim.\""
        );
        assert_eq!(run("Kata dia, ?Kami siap,? lalu pergi."), "Kata dia, \"Kami siap,\" lalu pergi.");
    }

    #[test]
    fn real_questions_and_urls_stay() {
        for text in
            ["Benarkah? tanya dia.", "Apa kabar?\nBaik.", "situs.id/?id=5 dibuka", "Lalu...? Entahlah.", "Ya ? Tidak"]
        {
            assert_eq!(run(text), text);
        }
    }
}
