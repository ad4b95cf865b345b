//! A cleaned document as a Python dict: the text, the metadata fields and the edit log, as the
//! CLI's JSON output has them, except that edit spans are `start`/`end` indices into the input
//! *string* (code points, what Python slicing uses) instead of UTF-8 byte offsets.

use crate::convert;
use bersih::Cleaned;
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use serde_json::Value;

pub fn to_dict<'py>(py: Python<'py>, cleaned: &Cleaned) -> PyResult<Bound<'py, PyAny>> {
    let mut value = convert::json_of(cleaned).map_err(|err| PyValueError::new_err(err.to_string()))?;
    if let Some(Value::Array(edits)) = value.get_mut("edits") {
        let mut offsets = CharOffsets::new(&cleaned.input);
        for (edit, json) in cleaned.edits.iter().zip(edits.iter_mut()) {
            let Value::Object(fields) = json else { continue };
            fields.remove("input");
            fields.insert("start".into(), offsets.at(edit.input.start).into());
            fields.insert("end".into(), offsets.at(edit.input.end).into());
            // Every edit has every key in Python, so code reading the log needs no `.get`.
            fields.entry("absorbed").or_insert_with(|| Value::Array(Vec::new()));
            fields.entry("runner_up").or_insert(Value::Null);
        }
    }
    convert::to_py(py, &value)
}

/// Byte offsets to code point offsets, for offsets asked in increasing order (the edit log is
/// sorted and its spans do not overlap), so the whole log costs one pass over the input.
struct CharOffsets<'a> {
    text: &'a str,
    byte: usize,
    chars: usize,
}

impl<'a> CharOffsets<'a> {
    fn new(text: &'a str) -> Self {
        CharOffsets { text, byte: 0, chars: 0 }
    }

    fn at(&mut self, byte: usize) -> usize {
        if byte < self.byte {
            // Out of order after all: count from the start rather than give a wrong index.
            self.byte = 0;
            self.chars = 0;
        }
        self.chars += self.text.get(self.byte..byte).map_or(0, |s| s.chars().count());
        self.byte = byte;
        self.chars
    }
}
