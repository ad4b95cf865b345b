//! bersih's error kinds as Python exception classes, all under `bersih.BersihError`, so a caller
//! can catch one kind or every one.

use pyo3::create_exception;
use pyo3::exceptions::PyException;
use pyo3::prelude::*;

create_exception!(bersih, BersihError, PyException, "Base class of every error bersih raises.");
create_exception!(
    bersih,
    UnknownEncodingError,
    BersihError,
    "The configured encoding is not a WHATWG Encoding Standard label."
);
create_exception!(bersih, BinaryInputError, BersihError, "The input bytes are binary data (NUL bytes), not text.");
create_exception!(
    bersih,
    RuleError,
    BersihError,
    "A rule file cannot be read or parsed, or one of its rules is wrong."
);
create_exception!(bersih, LexiconError, BersihError, "A lexicon file for the repair stage cannot be read.");
create_exception!(bersih, ConfigError, BersihError, "The configuration is inconsistent or names an unknown option.");

/// The library's message is already written for a person; the class tells a program which kind.
pub fn to_py(err: bersih::Error) -> PyErr {
    let message = err.to_string();
    match err {
        bersih::Error::UnknownEncoding(_) => UnknownEncodingError::new_err(message),
        bersih::Error::Binary(_) => BinaryInputError::new_err(message),
        bersih::Error::RuleFile { .. } | bersih::Error::Rule { .. } => RuleError::new_err(message),
        bersih::Error::Lexicon { .. } => LexiconError::new_err(message),
        bersih::Error::Config(_) => ConfigError::new_err(message),
        // `Error` is non-exhaustive: a kind added later still reaches Python, as the base class.
        _ => BersihError::new_err(message),
    }
}

/// The error of one document of a batch, its message naming the document's index.
pub fn in_document(py: Python<'_>, index: usize, err: bersih::Error) -> PyErr {
    let err = to_py(err);
    let message = format!("document {index}: {}", err.value(py));
    PyErr::from_type(err.get_type(py), message)
}

pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    m.add("BersihError", py.get_type::<BersihError>())?;
    m.add("UnknownEncodingError", py.get_type::<UnknownEncodingError>())?;
    m.add("BinaryInputError", py.get_type::<BinaryInputError>())?;
    m.add("RuleError", py.get_type::<RuleError>())?;
    m.add("LexiconError", py.get_type::<LexiconError>())?;
    m.add("ConfigError", py.get_type::<ConfigError>())?;
    Ok(())
}
