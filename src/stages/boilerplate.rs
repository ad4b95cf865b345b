//! The `boilerplate` stage.

use crate::document::Document;
use crate::ruleset::RuleSet;
use crate::stages::Stage;
use std::sync::Arc;

pub struct Boilerplate {
    _rules: Arc<RuleSet>,
}

impl Boilerplate {
    pub fn new(rules: Arc<RuleSet>) -> Self {
        Boilerplate { _rules: rules }
    }
}

impl Stage for Boilerplate {
    fn name(&self) -> &'static str {
        "boilerplate"
    }

    fn apply(&self, _doc: &mut Document) {}
}
