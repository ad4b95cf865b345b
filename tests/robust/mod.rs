//! What the robustness tests (`properties`, `hostile`, `regression`) check about any cleaned
//! document: the output is in the form SPEC.md defines, and the edit log is a faithful account of
//! how the input became it.

#![allow(dead_code)]

use bersih::{replay, Cleaned, Config, Pipeline};
use std::sync::OnceLock;
use unicode_normalization::is_nfc;

/// The default pipeline, built once per test binary: building compiles every rule pack.
pub fn pipeline() -> &'static Pipeline {
    static PIPELINE: OnceLock<Pipeline> = OnceLock::new();
    PIPELINE.get_or_init(|| Pipeline::new(&Config::default()).expect("the default pipeline builds"))
}

/// Why `text` is not clean text per SPEC.md, or `None` when it is.
pub fn spec_violation(text: &str) -> Option<String> {
    if text.is_empty() {
        return None;
    }
    if !is_nfc(text) {
        return Some("not NFC".into());
    }
    if !text.ends_with('\n') || text.ends_with("\n\n") {
        return Some("does not end with exactly one newline".into());
    }
    if text.starts_with('\u{feff}') {
        return Some("starts with a BOM".into());
    }
    if let Some(c) = text.chars().find(|&c| c != '\n' && (c.is_control() || is_invisible(c))) {
        return Some(format!("holds {c:?}"));
    }
    for paragraph in text[..text.len() - 1].split("\n\n") {
        if paragraph.is_empty() || paragraph.contains('\n') {
            return Some(format!("paragraphs not separated by exactly one blank line near {paragraph:?}"));
        }
        if paragraph.starts_with(' ') || paragraph.ends_with(' ') {
            return Some(format!("space at a line's start or end: {paragraph:?}"));
        }
        if let Some(at) = paragraph.find("  ") {
            return Some(format!("run of spaces: {:?}", around(paragraph, at)));
        }
        if let Some(c) = paragraph.chars().find(|&c| c != ' ' && c.is_whitespace()) {
            return Some(format!("space character {c:?} that is not ASCII space"));
        }
    }
    None
}

/// Zero-width characters and soft hyphens, which SPEC.md removes.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{00ad}' | '\u{200b}'..='\u{200f}' | '\u{2060}' | '\u{feff}')
}

/// Why the edit log of `cleaned` does not account for its output, or `None`.
pub fn log_violation(cleaned: &Cleaned) -> Option<String> {
    let mut at = 0;
    for (i, edit) in cleaned.edits.iter().enumerate() {
        if edit.input.start < at || edit.input.start > edit.input.end || edit.input.end > cleaned.input.len() {
            return Some(format!("edit {i} at {:?} is out of order or outside the input", edit.input));
        }
        if cleaned.input.get(edit.input.clone()) != Some(edit.before.as_str()) {
            return Some(format!("edit {i}: `before` {:?} is not the input's text there", edit.before));
        }
        at = edit.input.end;
    }
    let replayed = replay(&cleaned.input, &cleaned.edits);
    (replayed != cleaned.text).then(|| "replaying the log does not give the output".into())
}

/// Cleans `bytes` and checks what holds for any input: the output is valid and the log replays
/// to it. Returns the output (empty when the input was refused as not text).
pub fn clean_and_check(bytes: &[u8]) -> Result<String, String> {
    let Ok(cleaned) = pipeline().clean(bytes) else { return Ok(String::new()) };
    match spec_violation(&cleaned.text).or_else(|| log_violation(&cleaned)) {
        Some(why) => Err(why),
        None => Ok(cleaned.text),
    }
}

/// Why cleaning `clean` again would change it, or `None`.
pub fn idempotence_violation(clean: &str) -> Option<String> {
    let again = pipeline().clean_str(clean);
    let rules: Vec<&str> = again.edits.iter().map(|e| e.rule.as_str()).collect();
    (again.text != clean).then(|| {
        let at = again.text.bytes().zip(clean.bytes()).take_while(|(a, b)| a == b).count();
        format!("not idempotent: once {:?}, twice {:?} (rules {rules:?})", around(clean, at), around(&again.text, at))
    })
}

/// About 60 bytes of `text` around byte `at`.
pub fn around(text: &str, at: usize) -> &str {
    let floor = |mut i: usize| {
        while !text.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    &text[floor(at.saturating_sub(30))..floor((at + 30).min(text.len()))]
}
