//! What every fuzz target checks about a cleaned document: the output is in the form SPEC.md
//! defines and the edit log replays to it. Shared by the targets through `#[path]`.

use bersih::{replay, Cleaned};
use unicode_normalization::is_nfc;

pub fn cleaned(cleaned: &Cleaned) {
    let text = &cleaned.text;
    assert_eq!(replay(&cleaned.input, &cleaned.edits), *text, "the edit log replays to the output");
    let mut at = 0;
    for edit in &cleaned.edits {
        assert!(
            edit.input.start >= at && edit.input.end <= cleaned.input.len(),
            "edits are sorted and inside the input"
        );
        assert_eq!(cleaned.input[edit.input.clone()], edit.before, "an edit's `before` is the input it replaces");
        at = edit.input.end;
    }
    if text.is_empty() {
        return;
    }
    assert!(is_nfc(text), "output is NFC");
    assert!(text.ends_with('\n') && !text.ends_with("\n\n"), "output ends with one newline");
    for paragraph in text[..text.len() - 1].split("\n\n") {
        assert!(!paragraph.is_empty() && !paragraph.contains('\n'), "one paragraph per line, one blank line between");
    }
    assert!(!text.chars().any(|c| c.is_control() && c != '\n'), "no control characters");
    assert!(!text.contains("  "), "no runs of spaces");
    for line in text.lines() {
        assert_eq!(line, line.trim_matches(' '), "no space at a line's start or end");
    }
}
