//! The keys of the symmetric-delete index of the embedded lexicon, shared by the build script
//! that writes the index (`build.rs`) and the stage that reads it (`symdel.rs`): both sides must
//! cut and hash words the same way.
//!
//! Two words within `d` edits (optimal string alignment) become one string when at most `d`
//! letters are deleted from each (SymSpell's symmetric delete). Only the first `PREFIX` bytes of
//! a word take part (SymSpell's prefix): if the words are within `d` edits, so are deletions of
//! at most `d` from each prefix, because each prefix holds all but `d` letters of a common string's
//! prefix. The index maps each deletion of a prefix to the words with that prefix; a query
//! deletes from its own prefix, looks the deletions up and measures the few words it finds.

/// How many leading bytes of a word are indexed.
pub const PREFIX: usize = 6;
/// The most deletions indexed per prefix: the largest distance searched.
pub const MAX_DELETES: u8 = 2;
/// Hash buckets of the index (a power of two). Words sharing a bucket only cost a measurement.
pub const BUCKET_BITS: u32 = 17;

/// The indexed part of a word.
pub fn prefix(word: &[u8]) -> &[u8] {
    &word[..word.len().min(PREFIX)]
}

/// The bucket of `bytes` without the bytes at positions `skip` (`usize::MAX` skips nothing).
fn bucket(bytes: &[u8], skip: [usize; 2]) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    for (i, &b) in bytes.iter().enumerate() {
        if i != skip[0] && i != skip[1] {
            h = (h ^ u32::from(b)).wrapping_mul(0x0100_0193);
        }
    }
    // FNV-1a's high bits mix best.
    h.wrapping_mul(0x9E37_79B9) >> (32 - BUCKET_BITS)
}

/// Calls `f` with the bucket of every deletion of at most `max` bytes from `prefix` (a deletion
/// that several positions give comes as often).
pub fn for_each_bucket(prefix: &[u8], max: u8, mut f: impl FnMut(u32)) {
    const NONE: usize = usize::MAX;
    let n = prefix.len();
    f(bucket(prefix, [NONE, NONE]));
    if max >= 1 {
        for i in 0..n {
            f(bucket(prefix, [i, NONE]));
        }
    }
    if max >= 2 {
        for i in 0..n {
            for j in i + 1..n {
                f(bucket(prefix, [i, j]));
            }
        }
    }
}

/// The letters of an ASCII word as a bit set with counts: bit `c` when the word has a letter `c`,
/// bit `32 + c` when it has two (a to z; other bytes folded into six more classes). Equal to
/// `candidates::letter_mask` on ASCII words; the index stores it beside each word.
pub fn letter_mask(word: &[u8]) -> u64 {
    let (mut once, mut twice) = (0u32, 0u32);
    for &c in word {
        let bit = match c {
            b'a'..=b'z' => 1 << (c - b'a'),
            _ => 1 << (26 + u32::from(c) % 6),
        };
        twice |= once & bit;
        once |= bit;
    }
    u64::from(once) | u64::from(twice) << 32
}
