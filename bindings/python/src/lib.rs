//! The `bersih._bersih` extension module: bersih's Rust pipeline for Python. The Python package
//! `bersih` (python/bersih/) re-exports it and adds the Ray and datatrove integrations.

mod config;
mod convert;
mod document;
mod errors;
mod pool;

use bersih::Cleaned;
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict, PyList, PyString, PyTuple};
use rayon::prelude::*;

/// A cleaning pipeline, built once from a configuration and used for any number of documents,
/// from any number of threads.
///
/// `config` is a dict in the form of bersih's configuration (keys may use `_` or `-`), and
/// keyword options are set on top of it::
///
///     Pipeline()                                    # every stage, Indonesian rules
///     Pipeline({"stages": ["decode", "normalize"]})
///     Pipeline(ignore=["B0"], encoding="windows-1252")
///
/// Building compiles every rule, so build a pipeline once and reuse it.
///
/// Raises ConfigError for an unknown option, RuleError for a broken rule file, LexiconError for an
/// unreadable lexicon and UnknownEncodingError for an unknown encoding label.
#[pyclass(frozen, module = "bersih")]
struct Pipeline {
    inner: bersih::Pipeline,
    config: bersih::Config,
}

/// One document as Python gave it: text (already decoded) or bytes (which bersih decodes).
enum Input {
    Text(String),
    Bytes(Vec<u8>),
}

impl Input {
    fn extract(obj: &Bound<'_, PyAny>) -> PyResult<Input> {
        if let Ok(s) = obj.cast::<PyString>() {
            return Ok(Input::Text(s.to_str()?.to_string()));
        }
        if let Ok(b) = obj.cast::<PyBytes>() {
            return Ok(Input::Bytes(b.as_bytes().to_vec()));
        }
        Err(PyTypeError::new_err(format!("bersih cleans str or bytes, not {}", obj.get_type().name()?)))
    }
}

impl Pipeline {
    fn run(&self, input: &Input) -> bersih::Result<Cleaned> {
        match input {
            Input::Text(text) => Ok(self.inner.clean_str(text)),
            Input::Bytes(bytes) => self.inner.clean(bytes),
        }
    }
}

#[pymethods]
impl Pipeline {
    #[new]
    #[pyo3(signature = (config = None, **options))]
    fn new(config: Option<&Bound<'_, PyAny>>, options: Option<&Bound<'_, PyDict>>) -> PyResult<Self> {
        let config = config::from_python(config, options)?;
        let inner = bersih::Pipeline::new(&config).map_err(errors::to_py)?;
        Ok(Pipeline { inner, config })
    }

    /// Cleans one document and returns the clean text.
    ///
    /// A `str` is taken as already decoded text. `bytes` are decoded as the `bersih` command
    /// decodes a file: a BOM wins, then UTF-8, then a detected legacy encoding (or the configured
    /// `encoding`); binary data raises BinaryInputError.
    fn clean(&self, py: Python<'_>, text: &Bound<'_, PyAny>) -> PyResult<String> {
        let input = Input::extract(text)?;
        py.detach(|| self.run(&input)).map(|c| c.text).map_err(errors::to_py)
    }

    /// Cleans one document and returns a dict: `text`, the metadata fields (`title`, `site`,
    /// `published`, `authors`, `editors`, `dateline`, `captions`, `related`), `encoding`, and
    /// `edits`, the log of every change. Each edit has `stage`, `rule`, `start`, `end`, `before`,
    /// `after`, `confidence`, `absorbed` and `runner_up`; `start:end` indexes the decoded input
    /// string, so `input[start:end] == before`, and applying the edits to the input gives `text`.
    fn clean_document<'py>(&self, py: Python<'py>, text: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>> {
        let input = Input::extract(text)?;
        let cleaned = py.detach(|| self.run(&input)).map_err(errors::to_py)?;
        document::to_dict(py, &cleaned)
    }

    /// Cleans many documents in parallel and returns their clean texts, in order.
    ///
    /// The work runs in Rust on `threads` threads (all cores when None) without holding the GIL,
    /// so other Python threads go on meanwhile. Items may be str or bytes, as for `clean`; the
    /// first document that cannot be read raises, naming its index.
    #[pyo3(signature = (texts, threads = None))]
    fn clean_batch(&self, py: Python<'_>, texts: &Bound<'_, PyAny>, threads: Option<usize>) -> PyResult<Vec<String>> {
        if threads == Some(0) {
            return Err(PyValueError::new_err("threads must be at least 1 (or None for every core)"));
        }
        let inputs = texts.try_iter()?.map(|item| Input::extract(&item?)).collect::<PyResult<Vec<_>>>()?;
        let clean_one = |input: &Input| self.run(input).map(|c| c.text);
        let results: Vec<bersih::Result<String>> = py.detach(|| match threads {
            // One thread: no pool and no hand-off, the cheapest path for Ray actors that already
            // own one core each.
            Some(1) => inputs.iter().map(clean_one).collect(),
            Some(n) => pool::with_threads(n).install(|| inputs.par_iter().map(clean_one).collect()),
            None => inputs.par_iter().map(clean_one).collect(),
        });
        results
            .into_iter()
            .enumerate()
            .map(|(i, result)| result.map_err(|err| errors::in_document(py, i, err)))
            .collect()
    }

    /// The names of the stages this pipeline runs, in order.
    #[getter]
    fn stages(&self) -> Vec<&'static str> {
        self.inner.stage_names()
    }

    /// The configuration this pipeline was built from, as a dict that `Pipeline` accepts.
    #[getter]
    fn config<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        config::to_python(py, &self.config)
    }

    /// Every rule this pipeline can apply: dicts with `code`, `name`, `stage`, `why`, `origin`
    /// and, when the rule has them, `example` and `counter_example`.
    fn rules<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        let rules = self.inner.rules();
        let items = rules
            .iter()
            .map(|rule| {
                let value = convert::json_of(rule).map_err(|e| PyTypeError::new_err(e.to_string()))?;
                convert::to_py(py, &value)
            })
            .collect::<PyResult<Vec<_>>>()?;
        PyList::new(py, items)
    }

    /// Pipelines pickle as their configuration (and are rebuilt on unpickling), so they can be
    /// sent to worker processes.
    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyTuple>> {
        let py = slf.py();
        let args = PyTuple::new(py, [config::to_python(py, &slf.get().config)?])?;
        PyTuple::new(py, [slf.get_type().into_any(), args.into_any()])
    }

    fn __repr__(&self) -> String {
        format!("Pipeline(stages={:?})", self.inner.stage_names())
    }
}

#[pymodule]
fn _bersih(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Pipeline>()?;
    errors::register(m)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
