//! The last step of every pipeline, whichever stages ran: the text ends with exactly one newline
//! (or is empty), with no blank lines or spaces at either end. When the pipeline laid the text out
//! in paragraphs, a paragraph that a later stage emptied (a stray-script token that was all of
//! it) leaves no extra blank line either.

use crate::catalog::BuiltinRule;
use crate::document::{Changes, Document};

pub const RULES: &[BuiltinRule] = &[
    BuiltinRule {
        code: "E001",
        name: "text-ends",
        why: "Clean text has no leading blank lines or spaces and ends with exactly one newline.",
        example: Some(("\\n\\nKata.\\n\\n\\n", "Kata.\\n")),
    },
    BuiltinRule {
        code: "E002",
        name: "emptied-paragraph",
        why: "A paragraph that a stage emptied leaves one paragraph break, not two.",
        example: Some(("Satu.\\n\\n\\n\\nDua.", "Satu.\\n\\nDua.")),
    },
];

/// Folds the breaks around emptied paragraphs: every run of blank lines becomes one.
pub fn fold_empty_paragraphs(doc: &mut Document) {
    let text = doc.text();
    let mut changes = Changes::new();
    let bytes = text.as_bytes();
    let mut end = 0;
    for start in memchr::memchr_iter(b'\n', bytes) {
        if start < end {
            continue;
        }
        let mut newlines = 0;
        end = start;
        while end < bytes.len() && (bytes[end] == b'\n' || bytes[end] == b' ') {
            newlines += usize::from(bytes[end] == b'\n');
            end += 1;
        }
        if newlines > 2 || (newlines == 2 && &text[start..end] != "\n\n") {
            changes.replace(start..end, "\n\n", "E002");
        }
    }
    doc.apply("emit", changes);
}

pub fn finish(doc: &mut Document) {
    let text = doc.text();
    let body_start = text.len() - text.trim_start().len();
    let body_end = text.trim_end().len();
    let mut changes = Changes::new();
    if body_end == 0 {
        if !text.is_empty() {
            changes.delete(0..text.len(), "E001");
        }
    } else {
        if body_start > 0 {
            changes.delete(0..body_start, "E001");
        }
        if &text[body_end..] != "\n" {
            changes.replace(body_end..text.len(), "\n", "E001");
        }
    }
    doc.apply("emit", changes);
}
