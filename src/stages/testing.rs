//! Helpers for the stages' unit tests: run a stage and check that its edit log replays to its
//! output, and check the examples each stage declares for its rules.

use crate::document::{Changes, Document};
use crate::stages::Stage;

/// Runs `stage` on `text`, checks that the edit log replays to the output, and returns the
/// document.
pub fn run_stage(stage: &dyn Stage, text: &str) -> Document {
    let mut doc = Document::new(text.to_string());
    stage.apply(&mut doc);
    assert_eq!(crate::edit::replay(doc.input(), doc.edits()), doc.text(), "the log replays to the output");
    doc
}

/// Applies the changes a stage's part computes from `text` (`changes`, as the stage would apply
/// them under `stage`), checks that the edit log replays to the output, and returns the output.
pub fn run_changes(stage: &'static str, text: &str, changes: impl FnOnce(&str) -> Changes) -> String {
    let mut doc = Document::new(text.to_string());
    doc.apply(stage, changes(text));
    assert_eq!(crate::edit::replay(doc.input(), doc.edits()), doc.text(), "the log replays to the output");
    doc.text().to_string()
}

/// Checks a stage's declared rule examples: the example's input becomes its output, and an edit
/// of that rule (or one that absorbed it) is in the log. Examples are written with `\\n` and
/// `\\uXXXX` escapes so a terminal shows them.
pub fn check_examples(stage: &dyn crate::stages::Stage) {
    for rule in stage.builtin_rules() {
        let (before, after) = rule.example.expect("every rule has an example");
        let mut doc = Document::new(unescape(before));
        stage.apply(&mut doc);
        assert_eq!(doc.text(), unescape(after), "{}", rule.code);
        assert!(
            doc.edits().iter().any(|e| e.rule == rule.code || e.absorbed.contains(&rule.code.to_string())),
            "{}: {:?}",
            rule.code,
            doc.edits()
        );
    }
}

fn unescape(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find('\\') {
        out.push_str(&rest[..at]);
        let tail = &rest[at + 1..];
        if let Some(hex) = tail.strip_prefix('u') {
            out.push(char::from_u32(u32::from_str_radix(&hex[..4], 16).unwrap()).unwrap());
            rest = &hex[4..];
        } else {
            out.push(match tail.as_bytes()[0] {
                b'n' => '\n',
                b'r' => '\r',
                other => other as char,
            });
            rest = &tail[1..];
        }
    }
    out.push_str(rest);
    out
}
