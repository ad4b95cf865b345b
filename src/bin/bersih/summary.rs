//! What a run did, counted as it goes: printed on standard error at the end and written as JSON
//! by `--stats FILE`.

use bersih::Edit;
use serde::Serialize;
use std::collections::BTreeMap;
use std::fmt;
use std::time::Duration;

/// Counts for one cleaned document, made on a worker thread and added to the run's [`Summary`]
/// by the writer.
#[derive(Debug, Default)]
pub struct DocCounts {
    pub text_in: u64,
    pub text_out: u64,
    pub edits_by_rule: Vec<(String, u64)>,
}

impl DocCounts {
    pub fn new(text_in: usize, text_out: usize, edits: &[Edit]) -> DocCounts {
        DocCounts { text_in: text_in as u64, text_out: text_out as u64, edits_by_rule: count_by_rule(edits) }
    }
}

/// Edits per rule code, sorted by code.
pub fn count_by_rule(edits: &[Edit]) -> Vec<(String, u64)> {
    let mut counts: BTreeMap<&str, u64> = BTreeMap::new();
    for edit in edits {
        *counts.entry(edit.rule.as_str()).or_default() += 1;
    }
    counts.into_iter().map(|(rule, n)| (rule.to_string(), n)).collect()
}

#[derive(Debug, Default, Serialize)]
pub struct Summary {
    /// Input files (or standard input) cleaned, including those that had rejected lines.
    pub inputs: u64,
    /// Inputs that could not be read or written at all.
    pub inputs_failed: u64,
    /// Inputs skipped by `--resume` because their output was already complete.
    pub inputs_skipped: u64,
    /// Documents cleaned (a JSONL line or a plain-text file each), dropped ones included.
    pub documents: u64,
    /// Documents left out of the output by `--drop-empty`.
    pub dropped: u64,
    /// JSONL lines that could not be read as a document.
    pub rejected: u64,
    /// Bytes read and written, uncompressed.
    pub bytes_in: u64,
    pub bytes_out: u64,
    /// Bytes of document text before and after cleaning.
    pub text_bytes_in: u64,
    pub text_bytes_out: u64,
    pub edits: u64,
    /// Edits by repair rules (codes starting with R): the guesses, which deserve a reviewer.
    pub repairs: u64,
    pub edits_by_rule: BTreeMap<String, u64>,
    pub seconds: f64,
    pub mb_per_second: f64,
    pub documents_per_second: f64,
}

impl Summary {
    pub fn add_document(&mut self, counts: DocCounts) {
        self.documents += 1;
        self.text_bytes_in += counts.text_in;
        self.text_bytes_out += counts.text_out;
        for (rule, n) in counts.edits_by_rule {
            self.edits += n;
            if rule.starts_with('R') {
                self.repairs += n;
            }
            *self.edits_by_rule.entry(rule).or_default() += n;
        }
    }

    pub fn finish(&mut self, elapsed: Duration) {
        self.seconds = elapsed.as_secs_f64();
        let seconds = self.seconds.max(1e-9);
        self.mb_per_second = self.bytes_in as f64 / 1e6 / seconds;
        self.documents_per_second = self.documents as f64 / seconds;
    }
}

impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let plural = |n: u64| if n == 1 { "" } else { "s" };
        write!(
            f,
            "bersih: {} document{} from {} input{} in {:.2} s",
            self.documents,
            plural(self.documents),
            self.inputs,
            plural(self.inputs),
            self.seconds
        )?;
        let mut notes = Vec::new();
        for (n, what) in [
            (self.dropped, "dropped empty"),
            (self.rejected, "rejected"),
            (self.inputs_failed, "inputs failed"),
            (self.inputs_skipped, "inputs already done"),
        ] {
            if n > 0 {
                notes.push(format!("{n} {what}"));
            }
        }
        if !notes.is_empty() {
            write!(f, " ({})", notes.join(", "))?;
        }
        writeln!(f)?;
        writeln!(
            f,
            "  {:.1} MB in, {:.1} MB out: {:.1} MB/s, {:.0} documents/s",
            self.bytes_in as f64 / 1e6,
            self.bytes_out as f64 / 1e6,
            self.mb_per_second,
            self.documents_per_second
        )?;
        write!(f, "  {} edits, {} repairs", self.edits, self.repairs)?;
        if !self.edits_by_rule.is_empty() {
            let by_rule: Vec<String> = self.edits_by_rule.iter().map(|(rule, n)| format!("{rule} {n}")).collect();
            write!(f, ": {}", by_rule.join(", "))?;
        }
        writeln!(f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn edit(rule: &str) -> Edit {
        Edit {
            stage: "test",
            rule: rule.to_string(),
            input: 0..1,
            before: "x".into(),
            after: String::new(),
            confidence: 1.0,
            absorbed: Vec::new(),
            runner_up: None,
        }
    }

    #[test]
    fn repairs_are_the_r_rules() {
        let mut summary = Summary::default();
        summary.add_document(DocCounts::new(10, 8, &[edit("R001"), edit("N002"), edit("R001")]));
        summary.add_document(DocCounts::new(5, 5, &[edit("R003")]));
        assert_eq!(summary.documents, 2);
        assert_eq!(summary.edits, 4);
        assert_eq!(summary.repairs, 3);
        assert_eq!(summary.edits_by_rule.get("R001"), Some(&2));
        assert_eq!((summary.text_bytes_in, summary.text_bytes_out), (15, 13));
    }
}
