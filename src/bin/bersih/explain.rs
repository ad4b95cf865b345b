//! `--explain`: every edit with its rule, in a form a person reads in a terminal.

use bersih::{Cleaned, Pipeline};
use std::collections::HashMap;
use std::io::{self, Write};

pub fn write_edits(out: &mut impl Write, pipeline: &Pipeline, cleaned: &Cleaned) -> io::Result<()> {
    let rules: HashMap<String, bersih::RuleInfo> = pipeline.rules().into_iter().map(|r| (r.code.clone(), r)).collect();
    writeln!(out, "\n---- {} edits ----", cleaned.edits.len())?;
    for edit in &cleaned.edits {
        let name = rules.get(&edit.rule).map_or("", |r| r.name.as_str());
        write!(out, "{} {:<24} {:>6}..{:<6} ", edit.rule, name, edit.input.start, edit.input.end)?;
        if edit.after.is_empty() {
            writeln!(out, "deleted {}", shorten(&edit.before))?;
        } else if edit.before.is_empty() {
            writeln!(out, "inserted {}", shorten(&edit.after))?;
        } else {
            write!(out, "{} -> {}", shorten(&edit.before), shorten(&edit.after))?;
            if edit.confidence < 1.0 {
                write!(out, "  ({:.2})", edit.confidence)?;
            }
            writeln!(out)?;
        }
        if let Some(rule) = rules.get(&edit.rule) {
            writeln!(out, "       why: {}", rule.why)?;
        }
    }
    Ok(())
}

/// A one-line, quoted view of a span: long spans are cut in the middle.
pub fn shorten(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let shown: String = if chars.len() > 60 {
        let head: String = chars[..40].iter().collect();
        let tail: String = chars[chars.len() - 15..].iter().collect();
        format!("{head} … {tail}")
    } else {
        text.to_string()
    };
    format!("{shown:?}")
}
