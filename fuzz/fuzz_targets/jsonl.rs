//! The CLI's JSONL reader on arbitrary bytes: every line is either rejected with a reason or
//! becomes one JSON object whose text field holds the cleaned text. The reader lives in the
//! binary, so it is compiled in here from its source.
#![no_main]

use bersih::{Config, Pipeline};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

#[allow(dead_code)]
#[path = "../../src/bin/bersih/jsonl.rs"]
mod jsonl;
#[allow(dead_code)]
#[path = "../../src/bin/bersih/summary.rs"]
mod summary;

use jsonl::{MetadataLevel, Options, Outcome};

fn pipeline() -> &'static Pipeline {
    static PIPELINE: OnceLock<Pipeline> = OnceLock::new();
    PIPELINE.get_or_init(|| Pipeline::new(&Config::default()).expect("the default pipeline builds"))
}

// Built before the first input, so compiling the rules does not count against its time limit.
fuzz_target!(init: { pipeline(); }, |bytes: &[u8]| {
    let options =
        Options { text_field: "text".to_string(), metadata: MetadataLevel::Full, drop_empty: false, check: false };
    for line in jsonl::lines(bytes) {
        let line = line.expect("reading a byte slice cannot fail");
        assert!(!line.bytes.contains(&b'\n'), "a line holds no line feed");
        match jsonl::process(pipeline(), &options, "fuzz", line) {
            Outcome::Cleaned { record, .. } => {
                let body = record.strip_suffix(b"\n").expect("a record ends its line");
                assert!(!body.contains(&b'\n'), "a record is one line");
                let value: serde_json::Value = serde_json::from_slice(body).expect("a record is JSON");
                assert!(value["text"].is_string(), "the text field stays a string");
                assert!(value[jsonl::BERSIH_FIELD].is_object(), "the report is an object");
            }
            Outcome::Rejected { reason, .. } => assert!(!reason.is_empty(), "a rejection says why"),
            Outcome::Dropped { .. } => unreachable!("drop_empty is off"),
        }
    }
});
