//! The stages of the pipeline, one module each. A stage changes a [`Document`] only through
//! [`Changes`] batches, so every change lands in the edit log.

use crate::catalog::BuiltinRule;
use crate::document::Document;

pub mod blocks;
pub mod boilerplate;
pub mod dedupe;
pub mod mojibake;
pub mod normalize;
pub mod punctuation;
pub mod reflow;
pub mod repair;
#[cfg(test)]
pub(crate) mod testing;

/// One step of the pipeline. Stages are built once (compiling their rules) and then run on any
/// number of documents from any number of threads; running cannot fail.
pub trait Stage: Send + Sync {
    /// The stage's name, as in `--stages` and in the edit log.
    fn name(&self) -> &'static str;
    /// Cleans the document in place.
    fn apply(&self, doc: &mut Document);
    /// The rules this stage implements in code (data rules are listed by the rule set).
    fn builtin_rules(&self) -> &'static [BuiltinRule] {
        &[]
    }
}
