//! bersih turns text scraped from news pages and blogs into clean, canonical text.
//!
//! A [`Pipeline`] is built once from a [`Config`] and cleans any number of documents:
//!
//! ```
//! let pipeline = bersih::Pipeline::new(&bersih::Config::default()).unwrap();
//! let cleaned = pipeline.clean("Judul\n\nIsi berita yang bersih.".as_bytes()).unwrap();
//! assert_eq!(bersih::replay(&cleaned.input, &cleaned.edits), cleaned.text);
//! ```
//!
//! Every change is an [`Edit`] in `cleaned.edits`, with the stage and rule that made it and its
//! byte span in the decoded input; [`replay`] applies them to the input and gives the output.

pub mod catalog;
pub mod config;
pub mod decode;
pub mod document;
pub mod edit;
pub mod emit;
pub mod error;
pub mod metadata;
pub mod pipeline;
pub mod ruleset;
pub mod stages;
pub mod text;

pub use catalog::RuleInfo;
pub use config::{Config, Hunspell, StageConfig};
pub use document::{Changes, Document};
pub use edit::{replay, Edit};
pub use error::{Error, Result};
pub use metadata::{Caption, Metadata};
pub use pipeline::{Cleaned, Pipeline};
