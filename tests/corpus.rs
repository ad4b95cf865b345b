//! Snapshot tests: every file in `corpus/` cleaned by the default pipeline, shown as the output,
//! the metadata and then the edit list, so a change in cleaning is a reviewed diff.

mod common;

use bersih::Cleaned;
use std::fmt::Write;

fn render(cleaned: &Cleaned) -> String {
    let mut out = String::new();
    out.push_str("---- output ----\n");
    out.push_str(&cleaned.text);
    out.push_str("---- metadata ----\n");
    let meta = serde_json::to_string_pretty(&cleaned.metadata).expect("metadata serializes");
    out.push_str(&meta);
    out.push_str("\n---- edits ----\n");
    for e in &cleaned.edits {
        let span = format!("{}..{}", e.input.start, e.input.end);
        let _ = write!(out, "{:5} {:12} {:11} ", e.rule, e.stage, span);
        if e.after.is_empty() {
            let _ = write!(out, "deleted {:?}", short(&e.before));
        } else if e.before.is_empty() {
            let _ = write!(out, "inserted {:?}", short(&e.after));
        } else {
            let _ = write!(out, "{:?} -> {:?}", short(&e.before), short(&e.after));
        }
        if e.confidence < 1.0 {
            let _ = write!(out, "  ({:.2})", e.confidence);
        }
        out.push('\n');
    }
    out
}

/// Long spans are cut in the middle: the snapshot shows where an edit is, the output shows what
/// it left.
fn short(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    if chars.len() <= 70 {
        return s.to_string();
    }
    let head: String = chars[..45].iter().collect();
    let tail: String = chars[chars.len() - 20..].iter().collect();
    format!("{head} … {tail}")
}

#[test]
fn corpus_snapshots() {
    let pipeline = common::pipeline();
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path("../snapshots");
    settings.set_prepend_module_to_snapshot(false);
    settings.bind(|| {
        insta::glob!("../corpus", "*.txt", |path| {
            let bytes = std::fs::read(path).expect("corpus file reads");
            let cleaned = pipeline.clean(&bytes).expect("corpus file cleans");
            let name = path.file_stem().expect("file name").to_string_lossy().into_owned();
            insta::assert_snapshot!(name, render(&cleaned));
        });
    });
}
