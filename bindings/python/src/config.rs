//! A Python dict (and keyword options) to a `bersih::Config`. The dict is the library's serde
//! form, made friendlier for Python: keys may use `_` for `-` (`rule_files`), and a stage may be
//! named by a string (`"repair"`) instead of `{"type": "repair"}`.

use crate::convert;
use crate::errors::ConfigError;
use bersih::Config;
use pyo3::prelude::*;
use pyo3::types::PyDict;
use serde_json::{Map, Value};

/// The configuration from `config`, with `options` (keyword arguments) set on top.
pub fn from_python(config: Option<&Bound<'_, PyAny>>, options: Option<&Bound<'_, PyDict>>) -> PyResult<Config> {
    let mut map = Map::new();
    if let Some(config) = config.filter(|c| !c.is_none()) {
        match convert::to_json(config)? {
            Value::Object(given) => map.extend(given),
            _ => return Err(ConfigError::new_err("a configuration is a dict, such as {\"stages\": [\"normalize\"]}")),
        }
    }
    if let Some(options) = options {
        if let Value::Object(given) = convert::to_json(options.as_any())? {
            map.extend(given);
        }
    }
    from_json(map)
}

fn from_json(map: Map<String, Value>) -> PyResult<Config> {
    let mut normalized = Map::new();
    for (key, mut value) in map {
        let key = key.replace('_', "-");
        if key == "stages" {
            name_stages(&mut value);
        }
        if normalized.insert(key.clone(), value).is_some() {
            return Err(ConfigError::new_err(format!("configuration: {key:?} is given twice")));
        }
    }
    serde_json::from_value(Value::Object(normalized))
        .map_err(|err| ConfigError::new_err(format!("configuration: {err}")))
}

/// `"repair"` becomes `{"type": "repair"}`, the form `StageConfig` reads.
fn name_stages(stages: &mut Value) {
    if let Value::Array(items) = stages {
        for item in items {
            if let Value::String(name) = item {
                *item = Value::Object(Map::from_iter([("type".to_string(), Value::String(name.clone()))]));
            }
        }
    }
}

/// The configuration as plain Python data, which `from_python` reads back unchanged.
pub fn to_python<'py>(py: Python<'py>, config: &Config) -> PyResult<Bound<'py, PyAny>> {
    let value = convert::json_of(config).map_err(|err| ConfigError::new_err(err.to_string()))?;
    convert::to_py(py, &value)
}
