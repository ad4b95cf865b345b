//! The embedded Indonesian words by spelling, for the lookup that every word of a text makes: an
//! open-addressing table of one `u64` per slot holding the word's place in the embedded text,
//! its length and its frequency, so that a lookup reads one slot and the word's bytes, where a
//! map of `&str` keys reads a control group, a bucket and the bytes.

use super::vocab::hash_lower;

#[derive(Debug)]
pub struct WordTable {
    /// Byte offset in `text` (bits 0-31), Zipf x 100 (32-47), length (48-55), hash tag (56-63);
    /// 0 is an empty slot (every word has a length).
    slots: Vec<u64>,
    text: &'static str,
}

impl WordTable {
    /// A table of `words` (slices of `text`) and their Zipf frequencies x 100; a word listed
    /// twice keeps its last frequency.
    pub fn new(text: &'static str, words: &[&'static str], zipf: &[u16]) -> WordTable {
        assert!(text.len() < 1 << 32, "the embedded list fits 32-bit offsets");
        let mut table = WordTable { slots: vec![0; (2 * words.len() + 16).next_power_of_two()], text };
        for (&w, &z) in words.iter().zip(zipf) {
            let offset = w.as_ptr() as usize - text.as_ptr() as usize;
            assert!(offset + w.len() <= text.len() && w.len() < 256, "a word of the embedded list");
            let h = hash_lower(w.as_bytes());
            let slot = (offset as u64) | u64::from(z) << 32 | (w.len() as u64) << 48 | (h >> 56) << 56;
            let at = match table.find(w, h) {
                Ok(at) | Err(at) => at,
            };
            table.slots[at] = slot;
        }
        table
    }

    /// The slot holding `word`, or the empty slot where it would go.
    fn find(&self, word: &str, h: u64) -> Result<usize, usize> {
        let mask = self.slots.len() - 1;
        let tag = h >> 56;
        let mut at = (h as usize >> 7) & mask;
        loop {
            let slot = self.slots[at];
            if slot == 0 {
                return Err(at);
            }
            if slot >> 56 == tag && (slot >> 48) as u8 as usize == word.len() {
                let offset = (slot & 0xffff_ffff) as usize;
                if self.text.as_bytes()[offset..offset + word.len()] == *word.as_bytes() {
                    return Ok(at);
                }
            }
            at = (at + 1) & mask;
        }
    }

    /// The Zipf frequency x 100 of a word, if listed.
    pub fn get(&self, word: &str) -> Option<u16> {
        if word.len() >= 256 {
            return None;
        }
        let at = self.find(word, hash_lower(word.as_bytes())).ok()?;
        Some((self.slots[at] >> 32) as u16)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_found_by_spelling() {
        let text: &'static str = "dari\t700\ntentara\t450\ndari\t710\n";
        let words = [&text[0..4], &text[9..16], &text[21..25]];
        let table = WordTable::new(text, &words, &[700, 450, 710]);
        assert_eq!(table.get("tentara"), Some(450));
        assert_eq!(table.get("dari"), Some(710));
        assert_eq!(table.get("tenara"), None);
        assert_eq!(table.get(""), None);
    }
}
