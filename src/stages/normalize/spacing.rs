//! Runs of ASCII spaces, after every other space character became one (rule N003). A run at
//! the start or end of a line goes; a run inside a line becomes one space, except that two or more
//! spaces after a sentence end stay exactly two, because the `blocks` stage reads that double
//! space as a paragraph break flattened by a scraper (`pagi ini.  Jumat`, dev/raw/008).

use super::chars::SPACE_RUN;
use crate::document::Changes;

pub fn changes(text: &str) -> Changes {
    let bytes = text.as_bytes();
    let mut changes = Changes::new();
    let mut line_start = 0;
    loop {
        let line_end = memchr::memchr(b'\n', &bytes[line_start..]).map_or(bytes.len(), |p| line_start + p);
        let line = &bytes[line_start..line_end];
        let mut i = 0;
        while let Some(found) = next_run(line, i) {
            let start = line_start + found;
            let end = start + bytes[start..line_end].iter().take_while(|&&b| b == b' ').count();
            i = end - line_start;
            let keep = if start == line_start || end == line_end {
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
        if line_end == bytes.len() {
            return changes;
        }
        line_start = line_end + 1;
    }
}

/// Where the next run of spaces that may change starts in `line`, from `from` (never inside a
/// run): one at the line's start or end, or two or more spaces inside. A single space between
/// two words, the usual case, is skipped without being looked at.
fn next_run(line: &[u8], from: usize) -> Option<usize> {
    if from == 0 && line.first() == Some(&b' ') {
        return Some(0);
    }
    if let Some(found) = memchr::memmem::find(&line[from..], b"  ") {
        return Some(from + found);
    }
    let trailing = line.len() - line.iter().rev().take_while(|&&b| b == b' ').count();
    (trailing < line.len() && trailing >= from).then_some(trailing)
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
