//! The symmetric-delete index of the embedded lexicon, built by `build.rs` (see `deletes.rs` for
//! why it finds every word within the distance) and read in place: loading it parses a header.

use super::deletes;

pub(super) static INDEX: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/symdel.bin"));

#[derive(Debug)]
pub struct SymDel {
    /// Byte offsets of the arrays in `INDEX`.
    order: usize,
    group_start: usize,
    bucket_start: usize,
    postings: usize,
    groups: usize,
    /// How many words of `id.tsv` the index was built from.
    pub words: usize,
}

fn u32_at(at: usize) -> u32 {
    u32::from_le_bytes(INDEX[at..at + 4].try_into().expect("four bytes"))
}

impl SymDel {
    pub fn load() -> SymDel {
        assert_eq!(&INDEX[..4], b"BSD2", "the lexicon index was built by another version");
        let [words, indexed, groups, buckets, postings] = [4, 8, 12, 16, 20].map(|at| u32_at(at) as usize);
        assert_eq!(buckets, 1 << deletes::BUCKET_BITS, "the lexicon index has other buckets");
        let order = 24;
        let group_start = order + 16 * indexed;
        let bucket_start = group_start + 4 * (groups + 1);
        let posting_start = bucket_start + 4 * (buckets + 1);
        assert_eq!(INDEX.len(), posting_start + 2 * postings, "the lexicon index is truncated");
        SymDel { order, group_start, bucket_start, postings: posting_start, groups, words }
    }

    /// Calls `f` with the line in `id.tsv`, the length and the letter mask of every ASCII word
    /// whose prefix is within `max` deletions of `query`'s prefix on both sides: a superset of the
    /// words within `max` edits.
    /// `groups` is scratch space.
    pub fn candidates(&self, query: &[u8], max: u8, groups: &mut Vec<u64>, mut f: impl FnMut(usize, usize, u64)) {
        debug_assert!(max <= deletes::MAX_DELETES);
        // The groups found, as a bit set: deletions find the same groups often, and a bit set
        // gives them once and in order without a sort.
        groups.clear();
        groups.resize(self.groups.div_ceil(64), 0);
        deletes::for_each_bucket(deletes::prefix(query), max, |b| {
            let b = b as usize;
            let (lo, hi) = (u32_at(self.bucket_start + 4 * b) as usize, u32_at(self.bucket_start + 4 * b + 4) as usize);
            for k in lo..hi {
                let at = self.postings + 2 * k;
                let g = usize::from(u16::from_le_bytes([INDEX[at], INDEX[at + 1]]));
                groups[g / 64] |= 1 << (g % 64);
            }
        });
        for (i, &bits) in groups.iter().enumerate() {
            let mut bits = bits;
            while bits != 0 {
                let g = 64 * i + bits.trailing_zeros() as usize;
                bits &= bits - 1;
                let (lo, hi) =
                    (u32_at(self.group_start + 4 * g) as usize, u32_at(self.group_start + 4 * g + 4) as usize);
                for k in lo..hi {
                    let at = self.order + 16 * k;
                    let mask = u64::from(u32_at(at + 8)) | u64::from(u32_at(at + 12)) << 32;
                    f(u32_at(at) as usize, u32_at(at + 4) as usize, mask);
                }
            }
        }
    }
}
