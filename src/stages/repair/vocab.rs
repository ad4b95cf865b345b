//! The document's distinct words, lower case, each with an id: an open-addressing table that
//! lower-cases and hashes a word in one pass and compares it against the stored word without
//! copying it, so that counting the words of a text allocates only for the capitalised words
//! it has not seen before. Words already in lower case borrow from the text.

use super::context::lower_into;
use std::borrow::Cow;

#[derive(Debug, Default)]
pub struct Vocab<'a> {
    /// Word id + 1 per slot, 0 for an empty slot; a power of two long.
    slots: Vec<u32>,
    hashes: Vec<u64>,
    words: Vec<Cow<'a, str>>,
}

/// FxHash's step, a byte at a time: words are short.
fn step(h: u64, b: u8) -> u64 {
    (h.rotate_left(5) ^ u64::from(b)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95)
}

fn hash_lower(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0, |h, &b| step(h, b))
}

impl<'a> Vocab<'a> {
    /// A table for about `words` distinct words.
    pub fn with_capacity(words: usize) -> Vocab<'a> {
        let slots = (2 * words + 16).next_power_of_two();
        Vocab { slots: vec![0; slots], hashes: Vec::with_capacity(words), words: Vec::with_capacity(words) }
    }

    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// The lower-case word with id `id`.
    pub fn word(&self, id: u32) -> &Cow<'a, str> {
        &self.words[id as usize]
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
                    if self.hashes[id as usize] == h && same(&self.words[id as usize]) {
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

    /// The id of `word` (any case), added if new; `buf` is scratch space.
    pub fn intern(&mut self, word: &'a str, buf: &mut String) -> (u32, bool) {
        if 2 * (self.words.len() + 1) > self.slots.len() {
            self.grow();
        }
        let (h, lower_already, found) = if word.is_ascii() {
            let mut upper = false;
            let h = word.bytes().fold(0, |h, b| {
                upper |= b.is_ascii_uppercase();
                step(h, b.to_ascii_lowercase())
            });
            let same = |w: &str| {
                w.len() == word.len() && w.bytes().zip(word.bytes()).all(|(a, b)| a == b.to_ascii_lowercase())
            };
            (h, !upper, self.probe(h, same))
        } else {
            lower_into(word, buf);
            let h = hash_lower(buf.as_bytes());
            (h, buf == word, self.probe(h, |w| w == buf))
        };
        match found {
            Ok(id) => (id, false),
            Err(slot) => {
                let id = self.words.len() as u32;
                let key = match (lower_already, word.is_ascii()) {
                    (true, _) => Cow::Borrowed(word),
                    (false, true) => Cow::Owned(word.to_ascii_lowercase()),
                    (false, false) => Cow::Owned(buf.clone()),
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
    fn a_word_in_any_case_is_one_entry() {
        let many: Vec<String> = (0..500).map(|i| format!("w{i}")).collect();
        let mut vocab = Vocab::with_capacity(1);
        let mut buf = String::new();
        let text = "Korea korea KOREA Ukraina Öl öl";
        let ids: Vec<(u32, bool)> = text.split(' ').map(|w| vocab.intern(w, &mut buf)).collect();
        assert_eq!(ids, [(0, true), (0, false), (0, false), (1, true), (2, true), (2, false)]);
        assert_eq!(vocab.get("korea"), Some(0));
        assert_eq!(vocab.get("Korea"), None);
        assert_eq!(vocab.word(2), "öl");
        assert!(matches!(vocab.word(0), Cow::Owned(_)));
        // Enough words to grow the table several times.
        for w in &many {
            vocab.intern(w, &mut buf);
        }
        assert_eq!(vocab.len(), 503);
        assert!(many.iter().all(|w| vocab.get(w).is_some()));
    }
}
