//! User rule files: any text given as a rule file is either refused with an error that names the
//! file, or loads into rules that the boilerplate stage runs without panicking; the regex size
//! limits keep compiling them bounded.
#![no_main]

use bersih::ruleset::RuleSet;
use bersih::stages::{blocks::Blocks, boilerplate::Boilerplate, Stage};
use bersih::{replay, Document};
use libfuzzer_sys::fuzz_target;
use std::sync::Arc;

const SAMPLE: &str = "Judul Berita\n\nBagikan\n\nJakarta - Isi berita yang panjang, kata dia.\n\nBaca Juga: Lain\n";

fuzz_target!(|source: &str| {
    let mut set = RuleSet::default();
    match set.add_source("fuzz.toml", source) {
        Err(err) => assert!(err.to_string().contains("fuzz.toml"), "the error names the file: {err}"),
        Ok(()) => {
            let examples: Vec<String> = set.rules.iter().map(|r| r.spec.example.clone()).collect();
            let stages: [Box<dyn Stage>; 2] = [Box::new(Blocks::new()), Box::new(Boilerplate::new(Arc::new(set)))];
            for text in
                std::iter::once(SAMPLE.to_string()).chain(examples.iter().map(|e| format!("{SAMPLE}\n{e}\n{e}")))
            {
                let mut doc = Document::new(text);
                for stage in &stages {
                    stage.apply(&mut doc);
                }
                assert_eq!(replay(doc.input(), doc.edits()), doc.text(), "the edit log replays");
            }
        }
    }
});
