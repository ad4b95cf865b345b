//! The last step of every pipeline, whichever stages ran: the text ends with exactly one newline
//! (or is empty), with no blank lines or spaces at either end.

use crate::catalog::BuiltinRule;
use crate::document::{Changes, Document};

pub const RULES: &[BuiltinRule] = &[BuiltinRule {
    code: "E001",
    name: "text-ends",
    why: "Clean text has no leading blank lines or spaces and ends with exactly one newline.",
    example: Some(("\\n\\nKata.\\n\\n\\n", "Kata.\\n")),
}];

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
