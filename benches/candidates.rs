//! Candidate search over the embedded Indonesian list, two ways (issue 3, item 3: "SymSpell's
//! symmetric delete, or an fst Levenshtein automaton: measure both"):
//!
//! - `symdel`: the repair stage's own search (`Lexicon::near`: the symmetric-delete index that
//!   `build.rs` writes and the stage loads with `include_bytes!`, then an OSA measurement of the
//!   few words it finds), reached through `bersih::stages::repair::IndonesianNear`;
//! - `fst`: an `fst::Set` of the same words searched with `fst::automaton::Levenshtein`, the
//!   automaton built per query as its API requires.
//!
//! Queries are what repair looks up: lower-case words of four letters or more from the gold texts
//! (`../shared/gold`, `../shared/dev/gold`) that the list has, given one seeded typo each
//! (insert, delete, substitute with a keyboard neighbour, transpose) and kept when the typo is
//! out of the list; plus clean in-list words. Each is searched at the stage's distance (1 below
//! six letters, 2 from six on) and at distance 2.
//!
//! Before criterion runs, the bench prints what criterion does not: index sizes, start-up build
//! times (median of 21), and how often the two candidate sets agree, with the reason when they
//! do not (the automaton is plain Levenshtein: a transposition costs it 2, the stage's OSA 1).
//! `cargo bench --bench candidates`; the figures are in `benches/README.md`.

use bersih::stages::repair::{distance, neighbours_of, IndonesianNear};
use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use fst::automaton::Levenshtein;
use fst::{IntoStreamer, Set, Streamer};
use std::collections::{BTreeSet, HashSet};
use std::path::Path;
use std::time::{Duration, Instant};

const LEXICON: &str = include_str!("../src/rules/lexicon/id.tsv");
const TYPOS_PER_KIND: usize = 150;
const CLEAN_WORDS: usize = 300;

/// A small xorshift generator: the queries must be the same on every run and machine.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }
}

/// The words of `id.tsv`, in its order (by length, then bytes), as the stage reads them.
fn lexicon_words() -> Vec<&'static str> {
    LEXICON.lines().filter(|l| !l.is_empty()).map(|l| l.split_once('\t').map_or(l, |(w, _)| w)).collect()
}

/// What a start-up without a prebuilt fst does: sort the list by bytes and build the set.
fn build_fst(words: &[&str]) -> Set<Vec<u8>> {
    let mut sorted = words.to_vec();
    sorted.sort_unstable();
    sorted.dedup();
    Set::from_iter(sorted).expect("sorted, deduplicated keys")
}

/// The stage's search distance for a word (`typo::max_distance`).
fn stage_distance(word: &str) -> u8 {
    if word.chars().count() >= 6 {
        2
    } else {
        1
    }
}

/// Clean lower-case words of the gold texts that the list has, sorted and unique; the list's own
/// words when the gold texts are not beside the repository.
fn clean_words(known: &HashSet<&str>) -> Vec<String> {
    let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared");
    let mut files: Vec<_> = ["gold", "dev/gold"]
        .iter()
        .flat_map(|d| std::fs::read_dir(shared.join(d)).into_iter().flatten().flatten().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    let mut words = BTreeSet::new();
    for path in &files {
        let text = std::fs::read_to_string(path).expect("readable gold text");
        for w in text.split(|c: char| !c.is_alphabetic()) {
            // Repair searches the big list for lower-case words of four letters or more only.
            if w.chars().count() >= 4 && w.chars().all(|c| c.is_lowercase()) && known.contains(w) {
                words.insert(w.to_string());
            }
        }
    }
    if words.is_empty() {
        eprintln!("note: {} not found; queries come from the list itself", shared.display());
        words.extend(known.iter().filter(|w| w.len() >= 4 && w.is_ascii()).map(|w| w.to_string()));
    }
    println!("{} gold files, {} clean in-list words to draw from", files.len(), words.len());
    words.into_iter().collect()
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Kind {
    Insert,
    Delete,
    Substitute,
    Transpose,
}

const KINDS: [Kind; 4] = [Kind::Insert, Kind::Delete, Kind::Substitute, Kind::Transpose];

fn damage(word: &str, kind: Kind, rng: &mut Rng) -> Option<String> {
    let mut w: Vec<char> = word.chars().collect();
    let at = rng.below(w.len());
    match kind {
        Kind::Insert => {
            let near = neighbours_of(w[at]);
            let c = if near.is_empty() { w[at] } else { near[rng.below(near.len())] };
            w.insert(at + rng.below(2), c);
        }
        Kind::Delete => drop(w.remove(at)),
        Kind::Substitute => {
            let near = neighbours_of(w[at]);
            w[at] = *near.get(rng.below(near.len().max(1)))?;
        }
        Kind::Transpose => {
            if at + 1 >= w.len() || w[at] == w[at + 1] {
                return None;
            }
            w.swap(at, at + 1);
        }
    }
    Some(w.into_iter().collect())
}

/// One out-of-list typo: what was typed, the word it came from, how it was damaged.
struct Typo {
    typed: String,
    intended: String,
    kind: Kind,
}

/// Out-of-list typos, `TYPOS_PER_KIND` of each kind, and `CLEAN_WORDS` in-list words.
fn queries(known: &HashSet<&str>) -> (Vec<Typo>, Vec<String>) {
    let clean = clean_words(known);
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut typos = Vec::new();
    for kind in KINDS {
        let mut n = 0;
        while n < TYPOS_PER_KIND {
            let intended = &clean[rng.below(clean.len())];
            if let Some(typed) = damage(intended, kind, &mut rng).filter(|t| !known.contains(t.as_str())) {
                typos.push(Typo { typed, intended: intended.clone(), kind });
                n += 1;
            }
        }
    }
    let words = (0..CLEAN_WORDS).map(|_| clean[rng.below(clean.len())].clone()).collect();
    (typos, words)
}

/// Plain Levenshtein distance in characters (the automaton's measure).
fn levenshtein(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diag = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let up = row[j + 1];
            row[j + 1] = (diag + usize::from(ca != cb)).min(up + 1).min(row[j] + 1);
            diag = up;
        }
    }
    row[b.len()]
}

/// The fst search for one query: the keys within `max` edits, or `None` when the automaton
/// exceeds the crate's state limit.
fn fst_near(set: &Set<Vec<u8>>, query: &str, max: u8, mut f: impl FnMut(&[u8])) -> Option<()> {
    let lev = Levenshtein::new(query, u32::from(max)).ok()?;
    let mut stream = set.search(&lev).into_stream();
    while let Some(key) = stream.next() {
        f(key);
    }
    Some(())
}

fn median(mut xs: Vec<Duration>) -> Duration {
    xs.sort();
    xs[xs.len() / 2]
}

fn median_of_21<T>(mut f: impl FnMut() -> T) -> Duration {
    median(
        (0..21)
            .map(|_| {
                let t = Instant::now();
                black_box(f());
                t.elapsed()
            })
            .collect(),
    )
}

/// Sizes, start-up build times and agreement of the two searches, printed once.
fn report(stage: &mut IndonesianNear, set: &Set<Vec<u8>>, words: &[&'static str], typos: &[Typo], clean: &[String]) {
    let fst_bytes = set.as_fst().as_bytes().to_vec();
    println!("list: {} words; fst keys: {}", words.len(), set.len());
    println!(
        "size: symdel index {} bytes (embedded); fst set {} bytes (built at run time or embedded)",
        IndonesianNear::index_bytes(),
        fst_bytes.len()
    );
    let mut sorted = words.to_vec();
    sorted.sort_unstable();
    sorted.dedup();
    println!(
        "start-up (median of 21): stage lexicon load (symdel header + word arrays + tables) {:?}; \
         fst parse+sort+build {:?}; fst build from sorted keys {:?}; fst open prebuilt bytes {:?}",
        median_of_21(IndonesianNear::load),
        median_of_21(|| build_fst(&lexicon_words())),
        median_of_21(|| Set::from_iter(&sorted).expect("sorted keys")),
        median_of_21(|| Set::new(fst_bytes.as_slice()).expect("a valid fst")),
    );
    // What matters to repair: whether the word the typo came from is among the candidates.
    for kind in KINDS {
        let (mut n, mut by_symdel, mut by_fst) = (0, 0, 0);
        for t in typos.iter().filter(|t| t.kind == kind) {
            let max = stage_distance(&t.typed);
            n += 1;
            by_symdel += usize::from(stage.near(&t.typed, max).any(|(w, _)| w == t.intended));
            let mut found = false;
            fst_near(set, &t.typed, max, |k| found |= k == t.intended.as_bytes());
            by_fst += usize::from(found);
        }
        println!("intended word among the candidates at the stage's distance, {kind:?}: symdel {by_symdel}/{n}, fst {by_fst}/{n}");
    }
    let typed: Vec<String> = typos.iter().map(|t| t.typed.clone()).collect();
    for (name, queries) in [("typos", typed.as_slice()), ("clean", clean)] {
        for fixed in [None, Some(2u8)] {
            let (mut same, mut differ, mut too_many_states, mut cands) = (0, 0, 0, 0);
            let (mut transposition, mut other, mut only_fst) = (0, 0, 0);
            let mut examples = Vec::new();
            for q in queries {
                let max = fixed.unwrap_or_else(|| stage_distance(q));
                let ours: BTreeSet<&str> = stage.near(q, max).map(|(w, _)| w).collect();
                cands += ours.len();
                let mut theirs = BTreeSet::new();
                if fst_near(set, q, max, |k| {
                    theirs.insert(String::from_utf8_lossy(k).into_owned());
                })
                .is_none()
                {
                    too_many_states += 1;
                    continue;
                }
                let theirs: BTreeSet<&str> = theirs.iter().map(String::as_str).collect();
                if ours == theirs {
                    same += 1;
                    continue;
                }
                differ += 1;
                for w in ours.difference(&theirs) {
                    if distance(w, q) <= usize::from(max) && levenshtein(w, q) > usize::from(max) {
                        transposition += 1;
                        if examples.len() < 4 {
                            examples.push(format!("{q}->{w}"));
                        }
                    } else {
                        other += 1;
                    }
                }
                only_fst += theirs.difference(&ours).count();
            }
            let d = fixed.map_or("stage d".to_string(), |d| format!("d={d}"));
            println!(
                "agreement {name} {d}: {} queries, {} candidates by symdel; same set {same}, differ {differ} \
                 (words only symdel finds: {transposition} need a transposition, {other} other; \
                 only fst finds: {only_fst}), automaton over the state limit {too_many_states}; e.g. {}",
                queries.len(),
                cands,
                examples.join(", ")
            );
        }
    }
}

fn bench(c: &mut Criterion) {
    let words = lexicon_words();
    let known: HashSet<&str> = words.iter().copied().collect();
    let (typos, clean) = queries(&known);
    let typed: Vec<String> = typos.iter().map(|t| t.typed.clone()).collect();
    let mut stage = IndonesianNear::load();
    let set = build_fst(&words);
    report(&mut stage, &set, &words, &typos, &clean);

    let mut group = c.benchmark_group("candidates");
    group.sample_size(10).warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(4));
    for (name, queries) in [("typos", &typed), ("clean", &clean)] {
        group.throughput(Throughput::Elements(queries.len() as u64));
        for fixed in [None, Some(2u8)] {
            let d = fixed.map_or("stage-d".to_string(), |d| format!("d{d}"));
            let max = |q: &str| fixed.unwrap_or_else(|| stage_distance(q));
            group.bench_function(format!("symdel/{name}/{d}"), |b| {
                b.iter(|| queries.iter().map(|q| stage.near(q, max(q)).count()).sum::<usize>())
            });
            group.bench_function(format!("fst/{name}/{d}"), |b| {
                b.iter(|| {
                    let mut n = 0usize;
                    for q in queries {
                        black_box(fst_near(&set, q, max(q), |k| n += k.len()));
                    }
                    n
                })
            });
            // Where the fst time goes: building the automaton alone.
            group.bench_function(format!("fst-automaton-only/{name}/{d}"), |b| {
                b.iter(|| queries.iter().filter(|q| Levenshtein::new(q, u32::from(max(q))).is_ok()).count())
            });
        }
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
