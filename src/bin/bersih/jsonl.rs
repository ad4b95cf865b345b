//! JSONL corpora: one JSON object per line, whose text field is cleaned in place.
//!
//! Every other field is copied as the exact bytes it had (`RawValue`), in its order, so numbers,
//! escapes and nested objects survive unchanged; only the text field and the `bersih` field are
//! written anew. A line that is not a document is rejected with its reason, never guessed at.

use crate::summary::DocCounts;
use bersih::{Cleaned, Edit, Metadata, Pipeline};
use clap::ValueEnum;
use serde::de::{Deserializer, MapAccess, Visitor};
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use std::collections::BTreeMap;
use std::fmt;
use std::io::{self, BufRead, BufReader, Read};
use std::marker::PhantomData;

/// The name of the field bersih adds to every output record.
pub const BERSIH_FIELD: &str = "bersih";

/// How much of what bersih learnt goes under the `bersih` key of each record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum MetadataLevel {
    /// No `bersih` key: the record as it came, with its text cleaned.
    None,
    /// The metadata fields (title, site, date, authors, captions...) and edit counts by rule.
    Summary,
    /// The summary and every edit, with its span, rule and before/after text.
    Full,
}

#[derive(Debug, Clone)]
pub struct Options {
    pub text_field: String,
    pub metadata: MetadataLevel,
    pub drop_empty: bool,
    /// Write nothing; report a diff for every document that is not already clean.
    pub check: bool,
}

/// One line of input, numbered from 1, without its line feed.
pub struct Line {
    pub number: u64,
    pub bytes: Vec<u8>,
}

/// The lines of `reader`, one allocation each, so memory holds only the lines in flight. Blank
/// lines carry no record (a trailing one is common) and are passed over.
pub fn lines(reader: impl Read) -> impl Iterator<Item = io::Result<Line>> {
    let mut reader = BufReader::with_capacity(1 << 16, reader);
    let mut number = 0;
    std::iter::from_fn(move || loop {
        let mut bytes = Vec::new();
        match reader.read_until(b'\n', &mut bytes) {
            Ok(0) => return None,
            Ok(_) => {
                number += 1;
                if bytes.last() == Some(&b'\n') {
                    bytes.pop();
                }
                if bytes.iter().all(u8::is_ascii_whitespace) {
                    continue;
                }
                return Some(Ok(Line { number, bytes }));
            }
            Err(err) => return Some(Err(err)),
        }
    })
}

/// What became of one line.
pub enum Outcome {
    /// The output record (empty in check mode), with a diff in check mode when the text changed.
    Cleaned { record: Vec<u8>, counts: DocCounts, diff: Option<String> },
    /// Cleaned to nothing and left out (`--drop-empty`).
    Dropped { counts: DocCounts },
    /// Not a document: the raw line and why.
    Rejected { number: u64, raw: Vec<u8>, reason: String },
}

/// Cleans one line. `name` labels the diff in check mode.
pub fn process(pipeline: &Pipeline, options: &Options, name: &str, line: Line) -> Outcome {
    let reject = |raw: Vec<u8>, reason: String| Outcome::Rejected { number: line.number, raw, reason };
    let text = match std::str::from_utf8(&line.bytes) {
        Ok(text) => text,
        Err(err) => return reject(line.bytes.clone(), format!("invalid UTF-8 at byte {}", err.valid_up_to() + 1)),
    };
    let fields = match parse(text) {
        Ok(fields) => fields,
        Err(reason) => return reject(line.bytes.clone(), reason),
    };
    let source = match text_of(&fields, &options.text_field) {
        Ok(source) => source,
        Err(reason) => return reject(line.bytes.clone(), reason),
    };
    let cleaned = pipeline.clean_str(&source);
    let counts = DocCounts::new(source.len(), cleaned.text.len(), &cleaned.edits);
    if options.check {
        let diff = (!cleaned.edits.is_empty()).then(|| {
            let label = format!("{name}:{}", line.number);
            let diff = similar::TextDiff::from_lines(source.as_str(), cleaned.text.as_str());
            diff.unified_diff().header(&label, &format!("{label} (clean)")).to_string()
        });
        return Outcome::Cleaned { record: Vec::new(), counts, diff };
    }
    if options.drop_empty && cleaned.text.trim().is_empty() {
        return Outcome::Dropped { counts };
    }
    let record = render(&fields, options, &cleaned, &counts);
    Outcome::Cleaned { record, counts, diff: None }
}

/// The record's fields in order, each value as the bytes it had.
struct Fields<'a>(Vec<(String, &'a RawValue)>);

impl<'de: 'a, 'a> Deserialize<'de> for Fields<'a> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct FieldsVisitor<'a>(PhantomData<&'a ()>);
        impl<'de: 'a, 'a> Visitor<'de> for FieldsVisitor<'a> {
            type Value = Fields<'a>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Fields<'a>, A::Error> {
                let mut fields = Vec::new();
                while let Some(entry) = map.next_entry::<String, &'a RawValue>()? {
                    fields.push(entry);
                }
                Ok(Fields(fields))
            }
        }
        deserializer.deserialize_map(FieldsVisitor(PhantomData))
    }
}

fn parse(text: &str) -> Result<Fields<'_>, String> {
    if !text.trim_start().starts_with('{') {
        return Err("not a JSON object".to_string());
    }
    serde_json::from_str::<Fields>(text).map_err(|err| format!("invalid JSON: {err}"))
}

fn text_of(fields: &Fields, name: &str) -> Result<String, String> {
    let (_, raw) = fields.0.iter().find(|(key, _)| key == name).ok_or_else(|| format!("no field {name:?}"))?;
    let raw = raw.get();
    let kind = match raw.as_bytes().first() {
        Some(b'"') => return serde_json::from_str::<String>(raw).map_err(|err| format!("field {name:?}: {err}")),
        Some(b'{') => "an object",
        Some(b'[') => "an array",
        Some(b'n') => "null",
        Some(b't' | b'f') => "a boolean",
        _ => "a number",
    };
    Err(format!("field {name:?} is {kind}, not a string"))
}

/// What goes under the `bersih` key.
#[derive(Serialize)]
struct Report<'a> {
    #[serde(flatten)]
    metadata: &'a Metadata,
    edit_counts: BTreeMap<&'a str, u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    edits: Option<&'a [Edit]>,
}

fn render(fields: &Fields, options: &Options, cleaned: &Cleaned, counts: &DocCounts) -> Vec<u8> {
    let report = (options.metadata != MetadataLevel::None).then(|| Report {
        metadata: &cleaned.metadata,
        edit_counts: counts.edits_by_rule.iter().map(|(rule, n)| (rule.as_str(), *n)).collect(),
        edits: (options.metadata == MetadataLevel::Full).then_some(cleaned.edits.as_slice()),
    });
    let size: usize = fields.0.iter().map(|(k, v)| k.len() + v.get().len() + 4).sum();
    let mut out = Vec::with_capacity(size + 256);
    out.push(b'{');
    let mut report_written = false;
    for (i, (key, value)) in fields.0.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        write_json(&mut out, key);
        out.push(b':');
        if *key == options.text_field {
            write_json(&mut out, &cleaned.text);
        } else if key == BERSIH_FIELD && report.is_some() {
            // A record cleaned before keeps its field's place, with today's report.
            write_json(&mut out, &report);
            report_written = true;
        } else {
            out.extend_from_slice(value.get().as_bytes());
        }
    }
    if let Some(report) = report.filter(|_| !report_written) {
        if !fields.0.is_empty() {
            out.push(b',');
        }
        write_json(&mut out, BERSIH_FIELD);
        out.push(b':');
        write_json(&mut out, &report);
    }
    out.extend_from_slice(b"}\n");
    out
}

fn write_json(out: &mut Vec<u8>, value: &(impl Serialize + ?Sized)) {
    // Writing into a Vec cannot fail, and these types (strings, maps with string keys) always
    // serialize.
    serde_json::to_writer(out, value).expect("serializable");
}

#[cfg(test)]
mod tests {
    use super::*;
    use bersih::{Config, StageConfig};

    fn options(metadata: MetadataLevel) -> Options {
        Options { text_field: "text".into(), metadata, drop_empty: false, check: false }
    }

    fn normalize_only() -> Pipeline {
        Pipeline::new(&Config { stages: vec![StageConfig::Normalize], ..Config::default() }).unwrap()
    }

    fn run(line: &str, options: &Options) -> Outcome {
        process(&normalize_only(), options, "t.jsonl", Line { number: 7, bytes: line.as_bytes().to_vec() })
    }

    fn record(outcome: Outcome) -> serde_json::Value {
        match outcome {
            Outcome::Cleaned { record, .. } => serde_json::from_slice(&record).unwrap(),
            _ => panic!("expected a cleaned record"),
        }
    }

    fn reason(outcome: Outcome) -> String {
        match outcome {
            Outcome::Rejected { number, reason, .. } => {
                assert_eq!(number, 7);
                reason
            }
            _ => panic!("expected a rejected line"),
        }
    }

    #[test]
    fn other_fields_keep_their_order_and_their_bytes() {
        let line = r#"{"id": 1.50, "z": {"b": 2, "a": 1}, "text": "Isi berita.", "a": "\u00e9"}"#;
        let Outcome::Cleaned { record, .. } = run(line, &options(MetadataLevel::None)) else { panic!() };
        let record = String::from_utf8(record).unwrap();
        assert!(record.starts_with(r#"{"id":1.50,"z":{"b": 2, "a": 1},"text":"#), "{record}");
        assert!(record.ends_with(",\"a\":\"\\u00e9\"}\n"), "{record}");
        assert!(!record.contains(BERSIH_FIELD));
    }

    #[test]
    fn summary_carries_metadata_and_counts_and_full_adds_the_edits() {
        let line = r#"{"text": "Isi berita."}"#;
        let summary = record(run(line, &options(MetadataLevel::Summary)));
        assert!(summary[BERSIH_FIELD]["edit_counts"].is_object());
        assert!(summary[BERSIH_FIELD].get("authors").is_some());
        assert!(summary[BERSIH_FIELD].get("edits").is_none());
        let full = record(run(line, &options(MetadataLevel::Full)));
        assert!(full[BERSIH_FIELD]["edits"].is_array());
    }

    #[test]
    fn an_existing_bersih_field_is_replaced_in_place() {
        let line = r#"{"bersih": "old", "text": "Isi.", "id": "x"}"#;
        let value = record(run(line, &options(MetadataLevel::Summary)));
        let keys: Vec<&String> = value.as_object().unwrap().keys().collect();
        assert_eq!(keys, ["bersih", "text", "id"]);
        assert!(value[BERSIH_FIELD].is_object());
    }

    #[test]
    fn bad_lines_say_what_is_wrong() {
        let opts = options(MetadataLevel::None);
        assert!(reason(run(r#"{"text": "a""#, &opts)).starts_with("invalid JSON"));
        assert!(reason(run(r#"["text"]"#, &opts)).starts_with("not a JSON object"));
        assert_eq!(reason(run(r#"{"body": "a"}"#, &opts)), r#"no field "text""#);
        assert_eq!(reason(run(r#"{"text": null}"#, &opts)), r#"field "text" is null, not a string"#);
        assert_eq!(reason(run(r#"{"text": 3}"#, &opts)), r#"field "text" is a number, not a string"#);
        let bad_utf8 = process(
            &normalize_only(),
            &opts,
            "t.jsonl",
            Line { number: 7, bytes: b"{\"text\": \"caf\xe9\"}".to_vec() },
        );
        assert_eq!(reason(bad_utf8), "invalid UTF-8 at byte 14");
    }

    #[test]
    fn blank_lines_are_passed_over_but_counted() {
        let numbers: Vec<u64> = lines(&b"{}\n\n  \n{}\n{}"[..]).map(|l| l.unwrap().number).collect();
        assert_eq!(numbers, [1, 4, 5]);
    }
}
