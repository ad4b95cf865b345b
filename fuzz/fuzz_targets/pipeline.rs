//! The whole pipeline on arbitrary bytes: it either refuses them with an error or cleans them into
//! valid output whose edit log replays.
#![no_main]

use bersih::{Config, Pipeline};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

#[path = "check.rs"]
mod check;

fn pipeline() -> &'static Pipeline {
    static PIPELINE: OnceLock<Pipeline> = OnceLock::new();
    PIPELINE.get_or_init(|| Pipeline::new(&Config::default()).expect("the default pipeline builds"))
}

// Built before the first input, so compiling the rules does not count against its time limit.
fuzz_target!(init: { pipeline(); }, |bytes: &[u8]| {
    if let Ok(cleaned) = pipeline().clean(bytes) {
        check::cleaned(&cleaned);
    }
});
