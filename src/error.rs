//! The library's errors. Everything that can fail does so when a pipeline is built (bad rules, an
//! unknown encoding) or when input bytes cannot be read as text; cleaning itself cannot fail.

use std::path::PathBuf;

/// An error from bersih's library.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// `--encoding` named a label that the WHATWG Encoding Standard does not know.
    #[error("unknown encoding label {0:?} (try utf-8, windows-1252, iso-8859-1, utf-16le)")]
    UnknownEncoding(String),

    /// The input is not text: it holds NUL bytes or other binary data.
    #[error("input looks binary ({0}), not text")]
    Binary(String),

    /// A rule file could not be read or parsed.
    #[error("rule file {origin}: {message}")]
    RuleFile { origin: String, message: String },

    /// One rule in a rule file is wrong: its pattern does not compile, or its example does not
    /// match.
    #[error("rule {code} in {origin}: {message}")]
    Rule { origin: String, code: String, message: String },

    /// A lexicon file could not be read.
    #[error("lexicon {path}: {message}")]
    Lexicon { path: PathBuf, message: String },

    /// The configuration is inconsistent.
    #[error("configuration: {0}")]
    Config(String),
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
