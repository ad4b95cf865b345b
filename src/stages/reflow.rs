//! The `reflow` stage.

use crate::document::Document;
use crate::stages::Stage;

pub struct Reflow;

impl Reflow {
    pub fn new() -> Self {
        Reflow
    }
}

impl Default for Reflow {
    fn default() -> Self {
        Self::new()
    }
}

impl Stage for Reflow {
    fn name(&self) -> &'static str {
        "reflow"
    }

    fn apply(&self, _doc: &mut Document) {}
}
