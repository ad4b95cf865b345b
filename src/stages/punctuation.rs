//! The `punctuation` stage.

use crate::document::Document;
use crate::stages::Stage;

pub struct Punctuation;

impl Punctuation {
    pub fn new() -> Self {
        Punctuation
    }
}

impl Default for Punctuation {
    fn default() -> Self {
        Self::new()
    }
}

impl Stage for Punctuation {
    fn name(&self) -> &'static str {
        "punctuation"
    }

    fn apply(&self, _doc: &mut Document) {}
}
