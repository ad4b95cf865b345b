//! The `repair` stage.

use crate::config::Config;
use crate::document::Document;
use crate::error::Result;
use crate::stages::Stage;

pub struct Repair {
    _threshold: f32,
}

impl Repair {
    pub fn new(_config: &Config, threshold: f32) -> Result<Self> {
        Ok(Repair { _threshold: threshold })
    }
}

impl Stage for Repair {
    fn name(&self) -> &'static str {
        "repair"
    }

    fn apply(&self, _doc: &mut Document) {}
}
