//! Throughput of each stage alone and of the whole pipeline, in bytes of input per second, on the
//! seed articles (`corpus/`) and on the texts of the bulk scrape (`../shared/bulk/*.jsonl`, when
//! that folder is beside the repository).
//!
//! `cargo bench --bench pipeline`; `bench/corpus.sh` measures the CLI on a 200 MB corpus.

use bersih::{Config, Pipeline, StageConfig};
use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use std::fs;
use std::path::Path;
use std::time::Duration;

/// Every document to clean: the seed articles, then the bulk scrape's texts.
fn documents() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut docs = Vec::new();
    let mut seeds: Vec<_> =
        fs::read_dir(root.join("corpus")).expect("corpus/ exists").flatten().map(|e| e.path()).collect();
    seeds.sort();
    for path in seeds.iter().filter(|p| p.extension().is_some_and(|e| e == "txt")) {
        docs.push(String::from_utf8_lossy(&fs::read(path).expect("readable seed")).into_owned());
    }
    let bulk = root.join("../shared/bulk");
    let mut shards: Vec<_> = fs::read_dir(&bulk).map(|d| d.flatten().map(|e| e.path()).collect()).unwrap_or_default();
    shards.sort();
    if shards.is_empty() {
        eprintln!("note: {} not found; benchmarking the seeds only", bulk.display());
    }
    for shard in shards.iter().filter(|p| p.extension().is_some_and(|e| e == "jsonl")) {
        for line in fs::read_to_string(shard).expect("readable shard").lines() {
            let record: serde_json::Value = serde_json::from_str(line).expect("a JSON record");
            if let Some(text) = record["text"].as_str() {
                docs.push(text.to_string());
            }
        }
    }
    docs
}

fn pipeline(stages: Vec<StageConfig>) -> Pipeline {
    Pipeline::new(&Config { stages, ..Config::default() }).expect("the default configuration builds")
}

fn stages(c: &mut Criterion) {
    let docs = documents();
    let bytes: usize = docs.iter().map(String::len).sum();
    let mut group = c.benchmark_group("stage");
    group.throughput(Throughput::Bytes(bytes as u64));
    for stage in StageConfig::all() {
        let name = stage.name();
        let pipeline = pipeline(vec![stage]);
        group.bench_function(name, |b| {
            b.iter(|| {
                for doc in &docs {
                    black_box(pipeline.clean_str(doc));
                }
            })
        });
    }
    group.finish();
}

fn end_to_end(c: &mut Criterion) {
    let docs = documents();
    let bytes: usize = docs.iter().map(String::len).sum();
    let pipeline = pipeline(StageConfig::all());
    let mut group = c.benchmark_group("end_to_end");
    group.throughput(Throughput::Bytes(bytes as u64));
    // From bytes, so decoding counts as it does for a user.
    group.bench_function("all_stages", |b| {
        b.iter(|| {
            for doc in &docs {
                black_box(pipeline.clean(doc.as_bytes()).expect("text decodes"));
            }
        })
    });
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(10).warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(3));
    targets = stages, end_to_end
}
criterion_main!(benches);
