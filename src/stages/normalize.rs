//! The `normalize` stage.

use crate::document::Document;
use crate::stages::Stage;

pub struct Normalize;

impl Normalize {
    pub fn new() -> Self {
        Normalize
    }
}

impl Default for Normalize {
    fn default() -> Self {
        Self::new()
    }
}

impl Stage for Normalize {
    fn name(&self) -> &'static str {
        "normalize"
    }

    fn apply(&self, _doc: &mut Document) {}
}
