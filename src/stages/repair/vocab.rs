//! The document's distinct words, lower case, each with an id: an open-addressing table that
//! lower-cases and hashes a word in one pass and compares it against the stored word without
//! copying it, so that counting the words of a text allocates only for the capitalised words
//! it has not seen before. Words already in lower case borrow from the text.

use super::context::lower_into;

#[derive(Debug, Default)]
pub struct Vocab<'a> {
    /// Word id + 1 per slot, 0 for an empty slot; a power of two long.
    slots: Vec<u32>,
    hashes: Vec<u64>,
    words: Vec<Key<'a>>,
    /// The lower case of the words that were not in lower case in the text, one after another:
    /// one growing allocation instead of one per word.
    arena: String,
}

/// Where a word's lower case is.
#[derive(Debug, Clone, Copy)]
enum Key<'a> {
    Text(&'a str),
    Arena(u32, u32),
}

/// FxHash's step, eight bytes at a time.
fn step(h: u64, chunk: u64) -> u64 {
    (h.rotate_left(5) ^ chunk).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95)
}

/// The eight bytes at `at` of `bytes`, zero-padded past the end.
fn chunk(bytes: &[u8], at: usize) -> u64 {
    let rest = &bytes[at..];
    let n = rest.len();
    // A word's tail in two loads that overlap (their common bytes are the same, so `|` keeps
    // them): a byte loop or a copy into a padded array (a `memcpy` call, as the length varies)
    // cost several times more, and every word of a text has a tail.
    match n {
        8.. => u64::from_le_bytes(rest[..8].try_into().expect("eight bytes")),
        4..=7 => u64::from(le32(&rest[..4])) | u64::from(le32(&rest[n - 4..])) << (8 * (n - 4)),
        2..=3 => u64::from(le16(&rest[..2])) | u64::from(le16(&rest[n - 2..])) << (8 * (n - 2)),
        1 => u64::from(rest[0]),
        _ => 0,
    }
}

fn le32(b: &[u8]) -> u32 {
    u32::from_le_bytes(b.try_into().expect("four bytes"))
}

fn le16(b: &[u8]) -> u16 {
    u16::from_le_bytes(b.try_into().expect("two bytes"))
}

/// Whether `word` is the word whose lower case is in `chunks` (as `chunk` reads it), `len`
/// bytes long: compared eight bytes at a time, without a copy or a `memcmp` call.
fn same_chunks(word: &[u8], chunks: &[u64], len: usize) -> bool {
    word.len() == len && chunks.iter().enumerate().all(|(k, &c)| chunk(word, 8 * k) == c)
}

/// Eight ASCII bytes in lower case, and whether one was a capital: a byte is a capital when
/// adding to it carries into its top bit for `A` but not past `Z` (ASCII bytes never carry into
/// the next byte).
fn lower8(x: u64) -> (u64, bool) {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let from_a = x.wrapping_add(ONES * u64::from(0x80 - b'A'));
    let past_z = x.wrapping_add(ONES * u64::from(0x80 - b'Z' - 1));
    let upper = from_a & !past_z & (ONES * 0x80);
    (x | (upper >> 2), upper != 0)
}

/// The hash of a word in lower case (also the lexicon's, `table.rs`).
pub fn hash_lower(bytes: &[u8]) -> u64 {
    let (mut h, mut at) = (0, 0);
    while at < bytes.len() {
        h = step(h, chunk(bytes, at));
        at += 8;
    }
    finish(h)
}

/// Mixes every byte into every bit: FxHash's low bits depend only on a word's first bytes, and
/// tables take their index from them.
fn finish(h: u64) -> u64 {
    let h = (h ^ h >> 32).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    h ^ h >> 29
}

/// Longest word lower-cased on the stack; longer ones take a `String`.
const STACK: usize = 64;

impl<'a> Vocab<'a> {
    /// A table for about `words` distinct words.
    pub fn with_capacity(words: usize) -> Vocab<'a> {
        let slots = (2 * words + 16).next_power_of_two();
        Vocab {
            slots: vec![0; slots],
            hashes: Vec::with_capacity(words),
            words: Vec::with_capacity(words),
            arena: String::new(),
        }
    }

    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// The lower-case word with id `id`.
    pub fn word(&self, id: u32) -> &str {
        match self.words[id as usize] {
            Key::Text(w) => w,
            Key::Arena(start, end) => &self.arena[start as usize..end as usize],
        }
    }

    /// The slot of the word with hash `h` for which `same` holds, or of the empty slot where it
    /// would go.
    fn probe(&self, h: u64, same: impl Fn(&str) -> bool) -> Result<u32, usize> {
        let mask = self.slots.len() - 1;
        let mut at = (h >> 7) as usize & mask;
        loop {
            match self.slots[at] {
                0 => return Err(at),
                id => {
                    let id = id - 1;
                    if self.hashes[id as usize] == h && same(self.word(id)) {
                        return Ok(id);
                    }
                }
            }
            at = (at + 1) & mask;
        }
    }

    /// The id of a lower-case word, if the document has it.
    pub fn get(&self, lower: &str) -> Option<u32> {
        if self.slots.is_empty() {
            return None;
        }
        self.probe(hash_lower(lower.as_bytes()), |w| w == lower).ok()
    }

    /// The id of `word` (any case), added if new; `ascii` when the caller knows the word is
    /// ASCII (else it is tested); `buf` is scratch space.
    pub fn intern(&mut self, word: &'a str, ascii: bool, buf: &mut String) -> (u32, bool) {
        if 2 * (self.words.len() + 1) > self.slots.len() {
            self.grow();
        }
        let short_ascii = word.len() <= STACK && (ascii || word.is_ascii());
        let (h, lower_already, found) = if short_ascii {
            let bytes = word.as_bytes();
            // The lower-case chunks, kept for the comparison with the stored words.
            let mut chunks = [0u64; STACK / 8];
            let (mut h, mut upper, mut at) = (0, false, 0);
            while at < bytes.len() {
                let (c, u) = lower8(chunk(bytes, at));
                chunks[at / 8] = c;
                upper |= u;
                h = step(h, c);
                at += 8;
            }
            let h = finish(h);
            let chunks = &chunks[..bytes.len().div_ceil(8)];
            (h, !upper, self.probe(h, |w| same_chunks(w.as_bytes(), chunks, bytes.len())))
        } else {
            lower_into(word, buf);
            let h = hash_lower(buf.as_bytes());
            (h, buf == word, self.probe(h, |w| w == buf))
        };
        match found {
            Ok(id) => (id, false),
            Err(slot) => {
                let id = self.words.len() as u32;
                let key = if lower_already {
                    Key::Text(word)
                } else {
                    let start = self.arena.len() as u32;
                    if short_ascii {
                        self.arena.push_str(word);
                        self.arena[start as usize..].make_ascii_lowercase();
                    } else {
                        self.arena.push_str(buf);
                    }
                    Key::Arena(start, self.arena.len() as u32)
                };
                self.words.push(key);
                self.hashes.push(h);
                self.slots[slot] = id + 1;
                (id, true)
            }
        }
    }

    fn grow(&mut self) {
        let size = (self.slots.len() * 2).max(16);
        self.slots = vec![0; size];
        let mask = size - 1;
        for (id, &h) in self.hashes.iter().enumerate() {
            let mut at = (h >> 7) as usize & mask;
            while self.slots[at] != 0 {
                at = (at + 1) & mask;
            }
            self.slots[at] = id as u32 + 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn eight_bytes_lower_at_once() {
        let all: Vec<u8> = (0u8..0x80).collect();
        for c in all.chunks(8) {
            let x = chunk(c, 0);
            let (lower, upper) = lower8(x);
            assert_eq!(lower, chunk(&c.to_ascii_lowercase(), 0));
            assert_eq!(upper, c.iter().any(u8::is_ascii_uppercase));
        }
    }

    #[test]
    fn a_word_in_any_case_is_one_entry() {
        let many: Vec<String> = (0..500).map(|i| format!("w{i}")).collect();
        let mut vocab = Vocab::with_capacity(1);
        let mut buf = String::new();
        let text = "Korea korea KOREA Ukraina Öl öl Pertanggungjawabannya pertanggungjawabannya";
        let ids: Vec<(u32, bool)> = text.split(' ').map(|w| vocab.intern(w, false, &mut buf)).collect();
        assert_eq!(ids, [(0, true), (0, false), (0, false), (1, true), (2, true), (2, false), (3, true), (3, false)]);
        assert_eq!(vocab.get("korea"), Some(0));
        assert_eq!(vocab.get("Korea"), None);
        assert_eq!(vocab.word(2), "öl");
        assert_eq!(vocab.word(3), "pertanggungjawabannya");
        // Enough words to grow the table several times.
        for w in &many {
            vocab.intern(w, true, &mut buf);
        }
        assert_eq!(vocab.len(), 504);
        assert!(many.iter().all(|w| vocab.get(w).is_some()));
    }
}
