//! The `dedupe` stage.

use crate::document::Document;
use crate::stages::Stage;

pub struct Dedupe;

impl Dedupe {
    pub fn new() -> Self {
        Dedupe
    }
}

impl Default for Dedupe {
    fn default() -> Self {
        Self::new()
    }
}

impl Stage for Dedupe {
    fn name(&self) -> &'static str {
        "dedupe"
    }

    fn apply(&self, _doc: &mut Document) {}
}
