//! The `blocks` stage.

use crate::document::Document;
use crate::stages::Stage;

pub struct Blocks;

impl Blocks {
    pub fn new() -> Self {
        Blocks
    }
}

impl Default for Blocks {
    fn default() -> Self {
        Self::new()
    }
}

impl Stage for Blocks {
    fn name(&self) -> &'static str {
        "blocks"
    }

    fn apply(&self, _doc: &mut Document) {}
}
