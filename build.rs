//! Builds the symmetric-delete index of the embedded Indonesian lexicon (`src/rules/lexicon/id.tsv`)
//! into `$OUT_DIR/symdel.bin`, which the repair stage loads with `include_bytes!`: candidate search
//! then costs a few hash probes instead of a scan of the list, and start-up builds nothing.
//! The index is a function of `id.tsv`, so it is derived here rather than committed.
//!
//! Layout (little-endian u32 unless said): magic `BSD2`, words in `id.tsv`, indexed words,
//! groups, buckets, postings; then `order` (the indexed words sorted by bytes, 16 bytes each: line
//! in `id.tsv`, length, letter mask as u64, so that a query filters them without leaving the index),
//! `group_start` (groups + 1 offsets into `order`: the words sharing one prefix),
//! `bucket_start` (buckets + 1 offsets into the postings) and the postings (group ids, u16).

#[path = "src/stages/repair/deletes.rs"]
mod deletes;

use std::io::Write;

fn main() {
    let source = "src/rules/lexicon/id.tsv";
    println!("cargo:rerun-if-changed={source}");
    println!("cargo:rerun-if-changed=src/stages/repair/deletes.rs");
    println!("cargo:rerun-if-changed=build.rs");
    let text = std::fs::read_to_string(source).expect("read the lexicon");
    let words: Vec<&[u8]> =
        text.lines().map(|line| line.split_once('\t').map_or(line, |(w, _)| w).as_bytes()).collect();
    // Non-ASCII words are measured in characters: the stage scans those few instead.
    let mut order: Vec<u32> = (0..words.len() as u32).filter(|&i| words[i as usize].is_ascii()).collect();
    order.sort_unstable_by(|&a, &b| words[a as usize].cmp(words[b as usize]));
    let mut group_start: Vec<u32> = Vec::new();
    for (k, &w) in order.iter().enumerate() {
        let same = k > 0 && deletes::prefix(words[order[k - 1] as usize]) == deletes::prefix(words[w as usize]);
        if !same {
            group_start.push(k as u32);
        }
    }
    let groups = group_start.len();
    group_start.push(order.len() as u32);
    assert!(groups <= usize::from(u16::MAX) + 1, "{groups} prefix groups: postings are u16");
    let mut pairs: Vec<(u32, u16)> = Vec::with_capacity(groups * 22);
    for g in 0..groups {
        let first = words[order[group_start[g] as usize] as usize];
        deletes::for_each_bucket(deletes::prefix(first), deletes::MAX_DELETES, |b| pairs.push((b, g as u16)));
    }
    pairs.sort_unstable();
    pairs.dedup();
    let buckets = 1usize << deletes::BUCKET_BITS;
    let mut bucket_start = vec![0u32; buckets + 1];
    for &(b, _) in &pairs {
        bucket_start[b as usize + 1] += 1;
    }
    for b in 0..buckets {
        bucket_start[b + 1] += bucket_start[b];
    }
    let mut out = Vec::with_capacity(24 + 4 * (order.len() + groups + buckets + 2) + 2 * pairs.len());
    out.extend_from_slice(b"BSD2");
    for n in [words.len(), order.len(), groups, buckets, pairs.len()] {
        out.extend_from_slice(&(n as u32).to_le_bytes());
    }
    for &line in &order {
        let word = words[line as usize];
        out.extend_from_slice(&line.to_le_bytes());
        out.extend_from_slice(&(word.len() as u32).to_le_bytes());
        out.extend_from_slice(&deletes::letter_mask(word).to_le_bytes());
    }
    for n in group_start.iter().chain(&bucket_start) {
        out.extend_from_slice(&n.to_le_bytes());
    }
    for &(_, g) in &pairs {
        out.extend_from_slice(&g.to_le_bytes());
    }
    let path = std::path::Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("symdel.bin");
    std::fs::File::create(path).and_then(|mut f| f.write_all(&out)).expect("write the index");
}
