//! The `decode` stage.

use crate::document::Document;
use crate::stages::Stage;

pub struct Mojibake;

impl Mojibake {
    pub fn new() -> Self {
        Mojibake
    }
}

impl Default for Mojibake {
    fn default() -> Self {
        Self::new()
    }
}

impl Stage for Mojibake {
    fn name(&self) -> &'static str {
        "decode"
    }

    fn apply(&self, _doc: &mut Document) {}
}
