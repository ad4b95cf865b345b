//! Runs of ASCII spaces, after every other space character became one (rule N003). A run at
//! the start or end of a line goes; a run inside a line becomes one space, except that two or more
//! spaces after a sentence end stay exactly two, because the `blocks` stage reads that double
//! space as a paragraph break flattened by a scraper (`pagi ini.  Jumat`, dev/raw/008).

use super::chars::SPACE_RUN;
use crate::document::Changes;

pub fn changes(text: &str) -> Changes {
    let bytes = text.as_bytes();
    let mut changes = Changes::new();
    let mut i = 0;
    while let Some(found) = memchr::memchr(b' ', &bytes[i..]) {
        let start = i + found;
        let end = start + bytes[start..].iter().take_while(|&&b| b == b' ').count();
        i = end;
        let at_line_start = start == 0 || bytes[start - 1] == b'\n';
        let at_line_end = end == bytes.len() || bytes[end] == b'\n';
        let keep = if at_line_start || at_line_end {
            0
        } else if end - start >= 2 && after_sentence_end(&text[..start]) {
            2
        } else {
            1
        };
        if end - start > keep {
            changes.delete(start + keep..end, SPACE_RUN);
        }
    }
    changes
}

/// True when `before` ends with `.`, `!`, `?` or `…`, possibly followed by one closing quote or
/// bracket, or with a closing bracket: a paragraph can end in a bracketed byline
/// (`(Wahyu Tri Rahmawati, Yoliawan H)  Artikel ini ...`, dev/raw/008).
fn after_sentence_end(before: &str) -> bool {
    let mut last = before.chars().rev();
    match last.next() {
        Some('.' | '!' | '?' | '…' | ')') => true,
        Some('"' | '\'' | '”' | '’' | '»') => matches!(last.next(), Some('.' | '!' | '?' | '…')),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Document;

    fn spaced(text: &str) -> String {
        let mut doc = Document::new(text.to_string());
        doc.apply("normalize", changes(text));
        doc.text().to_string()
    }

    #[test]
    fn runs_inside_a_line_become_one_space() {
        assert_eq!(spaced("PT  Bank dan rencana   merger"), "PT Bank dan rencana merger");
    }

    #[test]
    fn spaces_at_line_ends_go_and_line_breaks_stay() {
        assert_eq!(spaced("  satu  \n\n dua \n"), "satu\n\ndua\n");
    }

    #[test]
    fn a_double_space_after_a_sentence_stays_for_the_blocks_stage() {
        assert_eq!(spaced("pagi ini.    Jumat"), "pagi ini.  Jumat");
        assert_eq!(spaced("kata dia.\"  Lalu"), "kata dia.\"  Lalu");
        assert_eq!(spaced("pagi ini. Jumat"), "pagi ini. Jumat");
        assert_eq!(spaced("bukan kalimat\"  Lalu"), "bukan kalimat\" Lalu");
    }
}
