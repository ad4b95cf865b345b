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
