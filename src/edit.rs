//! One recorded change to a document: which stage and rule made it, where it sits in the decoded
//! input, and what the text was before and after. The edit log is what makes any output of bersih
//! explainable and auditable: replaying it on the decoded input gives the output, byte for byte.

use serde::Serialize;
use std::ops::Range;

/// A rule's stable code, such as `B012` or `R001`. Codes are never reused for another rule.
pub type RuleCode = String;

/// One change, expressed against the decoded input (not against any intermediate text), so edits
/// from different stages share one coordinate system and never overlap.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Edit {
    /// The stage that made the edit (`normalize`, `boilerplate`, ...).
    pub stage: &'static str,
    /// The rule that made the edit.
    pub rule: RuleCode,
    /// Byte span in the decoded input that this edit replaces.
    pub input: Range<usize>,
    /// The decoded input's text in that span.
    pub before: String,
    /// What the span became.
    pub after: String,
    /// How sure the rule is: 1.0 for deterministic rules, lower for repairs.
    pub confidence: f32,
    /// Rules of earlier edits that this one absorbed because a later stage changed their output
    /// again (for example a quote straightened by `normalize` inside a block that `boilerplate`
    /// then removed). Empty for most edits.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub absorbed: Vec<RuleCode>,
    /// For repairs: the second-best candidate and its score, so a reviewer can judge the margin.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub runner_up: Option<String>,
}

/// Applies an edit log to the decoded input. Edits are sorted by input position and do not
/// overlap, which `Document` guarantees; the result is the cleaned text.
pub fn replay(input: &str, edits: &[Edit]) -> String {
    let mut out = String::with_capacity(input.len());
    let mut at = 0;
    for edit in edits {
        out.push_str(&input[at..edit.input.start]);
        out.push_str(&edit.after);
        at = edit.input.end;
    }
    out.push_str(&input[at..]);
    out
}
