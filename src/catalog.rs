//! The list of every rule bersih knows, for `bersih rules` and `bersih rule CODE`: the rules built
//! into stages as code, and the boilerplate rules loaded as data.

use serde::Serialize;

/// A rule as a user reads about it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RuleInfo {
    pub code: String,
    pub name: String,
    pub stage: &'static str,
    pub why: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub example: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub counter_example: Option<String>,
    /// Where the rule comes from: `built-in`, an embedded pack (`rules/id.toml`) or a user file.
    pub origin: String,
}

/// A rule implemented in a stage's code, declared next to that code.
#[derive(Debug, Clone, Copy)]
pub struct BuiltinRule {
    pub code: &'static str,
    pub name: &'static str,
    pub why: &'static str,
    pub example: Option<(&'static str, &'static str)>,
}

impl BuiltinRule {
    pub fn info(&self, stage: &'static str) -> RuleInfo {
        RuleInfo {
            code: self.code.to_string(),
            name: self.name.to_string(),
            stage,
            why: self.why.to_string(),
            example: self.example.map(|(before, after)| format!("{before}  ->  {after}")),
            counter_example: None,
            origin: "built-in".to_string(),
        }
    }
}

/// Checks a stage's declared rule examples: the example's input becomes its output, and an edit
/// of that rule (or one that absorbed it) is in the log. Examples are written with `\\n` and
/// `\\uXXXX` escapes so a terminal shows them.
#[cfg(test)]
pub(crate) fn check_examples(stage: &dyn crate::stages::Stage) {
    for rule in stage.builtin_rules() {
        let (before, after) = rule.example.expect("every rule has an example");
        let mut doc = crate::document::Document::new(unescape(before));
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

#[cfg(test)]
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
