//! Bounds: inputs built to be slow, cleaned at doubling sizes, to show that time per byte does
//! not grow with size and that memory stays a fixed multiple of the input. Then the two big
//! cases: a 100 MB document on one line, and a million tiny JSONL documents through the command.
//!
//! `cargo bench --bench bounds` runs everything (a few minutes in release);
//! `cargo bench --bench bounds -- shapes` only the doubling table, `-- big` only the big cases,
//! `-- widget` only the shapes whose name holds that word.
//! A row whose time per byte at 4x the size is over twice that at 1x is marked SUPERLINEAR, and
//! the run exits 1 when any row is.

use bersih::{Config, Pipeline};
use std::alloc::{GlobalAlloc, Layout, System};
use std::io::Write;
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

/// Counts live heap bytes and their peak, so memory is measured per document, in-process.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let ptr = System.alloc(layout);
        if !ptr.is_null() {
            let live = LIVE.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
            PEAK.fetch_max(live, Ordering::Relaxed);
        }
        ptr
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        System.dealloc(ptr, layout);
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let new = System.realloc(ptr, layout, new_size);
        if !new.is_null() {
            if new_size > layout.size() {
                let live = LIVE.fetch_add(new_size - layout.size(), Ordering::Relaxed) + new_size - layout.size();
                PEAK.fetch_max(live, Ordering::Relaxed);
            } else {
                LIVE.fetch_sub(layout.size() - new_size, Ordering::Relaxed);
            }
        }
        new
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// One measured clean: seconds, and peak heap above what was live before, in bytes.
fn measure(pipeline: &Pipeline, input: &[u8]) -> (f64, usize) {
    let base = LIVE.load(Ordering::Relaxed);
    PEAK.store(base, Ordering::Relaxed);
    let started = Instant::now();
    let cleaned = pipeline.clean(input).expect("the input is text");
    let seconds = started.elapsed().as_secs_f64();
    let peak = PEAK.load(Ordering::Relaxed) - base;
    drop(cleaned);
    (seconds, peak)
}

/// An input built to be slow, at scale `n`.
struct Shape {
    name: &'static str,
    build: fn(usize) -> String,
    /// Scales to measure: each twice the one before; the last is the size the bound is about.
    scales: [usize; 3],
}

const SENTENCE: &str = "Pemerintah menyatakan bantuan bagi warga desa akan terus disalurkan. ";

const SHAPES: &[Shape] = &[
    Shape { name: "run of one letter", build: |n| "a".repeat(n), scales: [1 << 20, 1 << 21, 1 << 22] },
    Shape { name: "run of one stop", build: |n| ".".repeat(n), scales: [1 << 20, 1 << 21, 1 << 22] },
    Shape { name: "run of NBSP", build: |n| "\u{a0}".repeat(n), scales: [1 << 19, 1 << 20, 1 << 21] },
    Shape { name: "short paragraphs", build: |n| "Satu dua.\n\n".repeat(n), scales: [25_000, 50_000, 100_000] },
    Shape { name: "short lines", build: |n| "Satu dua\n".repeat(n), scales: [25_000, 50_000, 100_000] },
    Shape {
        name: "nested quotes",
        build: |n| format!("Kata {}isi{} akhir.", "“(\"['".repeat(n), "']\")”".repeat(n)),
        scales: [25_000, 50_000, 100_000],
    },
    Shape { name: "line of words", build: |n| "kata ".repeat(n), scales: [250_000, 500_000, 1_000_000] },
    Shape { name: "line of sentences", build: |n| SENTENCE.repeat(n), scales: [10_000, 20_000, 40_000] },
    Shape { name: "double spaces", build: |n| "Kata satu.  Kata dua.  ".repeat(n), scales: [25_000, 50_000, 100_000] },
    Shape {
        name: "mojibake", build: |n| "â€œCafÃ© baruâ€\u{9d} ".repeat(n), scales: [25_000, 50_000, 100_000]
    },
    Shape { name: "HTML", build: |n| "<b>kata</b>&amp;&nbsp;<br>".repeat(n), scales: [25_000, 50_000, 100_000] },
    Shape {
        name: "widget lines",
        build: |n| "Bagikan\nBaca Juga: Judul Lain\n(ant)\n".repeat(n),
        scales: [10_000, 20_000, 40_000],
    },
    Shape {
        name: "distinct paragraphs",
        build: |n| (0..n).map(|i| format!("Paragraf nomor {i} berisi kalimat yang cukup panjang.\n\n")).collect(),
        scales: [2_500, 5_000, 10_000],
    },
    Shape {
        name: "repeated paragraph",
        build: |n| format!("{SENTENCE}\n\n").repeat(n),
        scales: [5_000, 10_000, 20_000],
    },
];

fn shapes(pipeline: &Pipeline, only: &[String]) -> bool {
    println!(
        "{:<20} {:>10} {:>9} {:>9} {:>9} {:>7} {:>9}",
        "input", "bytes", "ns/B 1x", "ns/B 2x", "ns/B 4x", "4x/1x", "peak mem"
    );
    let mut superlinear = false;
    let picked = |shape: &&Shape| only.is_empty() || only.iter().any(|word| shape.name.contains(word.as_str()));
    for shape in SHAPES.iter().filter(picked) {
        let mut per_byte = Vec::new();
        let mut memory = 0.0f64;
        let mut bytes = 0;
        for scale in shape.scales {
            let input = (shape.build)(scale);
            bytes = input.len();
            let (seconds, peak) = measure(pipeline, input.as_bytes());
            per_byte.push(seconds * 1e9 / bytes as f64);
            memory = memory.max(peak as f64 / bytes as f64);
        }
        let growth = per_byte[2] / per_byte[0];
        let flag = if growth > 2.0 { "  SUPERLINEAR" } else { "" };
        superlinear |= growth > 2.0;
        println!(
            "{:<20} {:>10} {:>9.1} {:>9.1} {:>9.1} {:>7.2} {:>8.1}x{flag}",
            shape.name, bytes, per_byte[0], per_byte[1], per_byte[2], growth, memory
        );
    }
    superlinear
}

fn big(pipeline: &Pipeline) {
    // 100 MB of prose on one line: a page flattened by a scraper, at its worst.
    let line = SENTENCE.repeat(100_000_000 / SENTENCE.len());
    let (seconds, peak) = measure(pipeline, line.as_bytes());
    println!(
        "100 MB on one line: {:.1} s, {:.1} MB/s, peak memory {:.1}x the input",
        seconds,
        line.len() as f64 / 1e6 / seconds,
        peak as f64 / line.len() as f64
    );
    drop(line);

    // A million tiny documents through the command, on every core.
    let dir = tempfile::TempDir::new().expect("a temporary folder");
    let path = dir.path().join("million.jsonl");
    let mut file = std::io::BufWriter::new(std::fs::File::create(&path).expect("create the corpus"));
    for i in 0..1_000_000 {
        writeln!(file, r#"{{"id":{i},"text":"Berita ke-{i}.\nIsi singkat."}}"#).expect("write the corpus");
    }
    file.flush().expect("write the corpus");
    drop(file);
    let size = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
    let started = Instant::now();
    let status = Command::new(env!("CARGO_BIN_EXE_bersih"))
        .args(["clean", "-q", "--metadata", "none"])
        .arg(&path)
        .stdout(Stdio::null())
        .status()
        .expect("bersih runs");
    let seconds = started.elapsed().as_secs_f64();
    assert!(status.success(), "bersih failed on a million documents");
    println!(
        "a million tiny JSONL documents ({:.0} MB): {:.1} s, {:.0} documents/s",
        size as f64 / 1e6,
        seconds,
        1e6 / seconds
    );
}

fn main() {
    // `cargo bench` passes `--bench`; a word after `--` picks a part.
    let args: Vec<String> = std::env::args().skip(1).filter(|a| !a.starts_with("--")).collect();
    let wants = |part: &str| args.is_empty() || args.iter().any(|a| a == part);
    // Any other word picks the shapes whose name holds it (`-- widget`), for profiling one.
    let only: Vec<String> = args.iter().filter(|a| *a != "shapes" && *a != "big").cloned().collect();
    let pipeline = Pipeline::new(&Config::default()).expect("the default pipeline builds");
    let mut superlinear = false;
    if wants("shapes") || !only.is_empty() {
        superlinear = shapes(&pipeline, &only);
    }
    if wants("big") {
        big(&pipeline);
    }
    if superlinear {
        std::process::exit(1);
    }
}
