//! The document as its own dictionary: how often each word occurs in it and which words follow
//! which. Names and terms repeat within an article while a typo is almost always a hapax, so a
//! word that occurs twice is protected, and a candidate that the article uses is preferred
//! (`Korearn Utara` -> `Korea Utara` because `Korea Utara` occurs).

use super::tokens::Token;
use super::vocab::Vocab;
use std::cell::OnceCell;
use std::collections::HashSet;

/// FxHash (rustc's hasher): the document's words are hashed once per word of text, and SipHash's
/// protection against crafted keys buys nothing for a per-document table.
pub type FxBuild = rustc_hash::FxBuildHasher;

#[derive(Debug, Default)]
pub struct Context<'a> {
    /// The document's distinct words, lower case.
    vocab: Vocab<'a>,
    /// Occurrences, by word id.
    counts: Vec<u32>,
    /// The tokens the context was built from, for what few words ask (`capitals`).
    tokens: &'a [Token<'a>],
    /// The id of each token's whole word, lower case: the stage asks for every word's count.
    pub token_ids: Vec<u32>,
    /// Word ids of adjacent words (`a b`), and of the parts of hyphenated words, as
    /// `a << 32 | b`, in text order.
    pairs: Vec<u64>,
    /// `pairs` as a set, and the repeated words: built when a word is first ranked, as most
    /// documents have few unknown words or none.
    bigrams: OnceCell<HashSet<u64, FxBuild>>,
    repeated: OnceCell<Repeated>,
    /// Occurrences with a capital first letter, by word id: a name is evidence for a name only
    /// where the document writes it as one (`saja` says nothing of `Osas Saha`). Counted when a
    /// capitalised word is first ranked, as most documents have none to rank.
    capitals: OnceCell<Vec<u32>>,
}

/// The document's words that occur twice or more, in the order they first occur, for candidate
/// search: a word that occurs once may be a typo itself, and is no evidence for another.
#[derive(Debug, Default)]
pub struct Repeated {
    /// Word ids (see `Context::word`): the words stay in the vocabulary, uncopied.
    pub ids: Vec<u32>,
    /// `candidates::letter_mask` of each word.
    pub masks: Vec<u64>,
}

impl<'a> Context<'a> {
    pub fn of(tokens: &'a [Token<'a>]) -> Context<'a> {
        // Sized for the text up front: growing the tables cost more than filling them.
        let mut ctx = Context {
            vocab: Vocab::with_capacity(tokens.len()),
            counts: Vec::with_capacity(tokens.len()),
            tokens,
            token_ids: Vec::with_capacity(tokens.len()),
            pairs: Vec::with_capacity(tokens.len()),
            ..Context::default()
        };
        let mut buf = String::new();
        let mut prev: Option<u32> = None;
        for t in tokens {
            // A byte loop: words are too short for `memchr` to pay.
            let hyphenated = !t.plain && t.word.bytes().any(|b| b == b'-');
            let last = if hyphenated {
                let mut last = None;
                for part in t.word.split('-') {
                    let id = ctx.count(part, t.ascii, &mut buf);
                    if let Some(p) = last.or(prev) {
                        ctx.pairs.push(u64::from(p) << 32 | u64::from(id));
                    }
                    last = Some(id);
                }
                let whole = ctx.count(t.word, t.ascii, &mut buf);
                ctx.token_ids.push(whole);
                last
            } else {
                let id = ctx.count(t.word, t.ascii, &mut buf);
                if let Some(p) = prev {
                    ctx.pairs.push(u64::from(p) << 32 | u64::from(id));
                }
                ctx.token_ids.push(id);
                Some(id)
            };
            // A sentence boundary breaks the chain: `... Rusia. Korea` is no bigram.
            // On the last byte: the marks are ASCII, and a wider last character is none of them.
            let breaks = t.chunk.as_bytes().last().is_some_and(|b| b".,;:!?)\"".contains(b));
            prev = if breaks { None } else { last };
        }
        ctx
    }

    /// The document's repeated words, in the order they first occur.
    pub fn repeated(&self) -> &Repeated {
        self.repeated.get_or_init(|| {
            let ids: Vec<u32> = (0..self.vocab.len() as u32)
                .filter(|&id| self.counts[id as usize] >= 2 && !self.vocab.word(id).bytes().any(|b| b == b'-'))
                .collect();
            let masks = ids.iter().map(|&id| super::candidates::letter_mask(self.vocab.word(id))).collect();
            Repeated { ids, masks }
        })
    }

    /// The lower-case word with id `id`.
    pub fn word(&self, id: u32) -> &str {
        self.vocab.word(id)
    }

    /// Counts one occurrence of `word` (any case; `ascii` when known to be ASCII) and gives its id.
    fn count(&mut self, word: &'a str, ascii: bool, buf: &mut String) -> u32 {
        let (id, new) = self.vocab.intern(word, ascii, buf);
        if new {
            self.counts.push(1);
        } else {
            self.counts[id as usize] += 1;
        }
        id
    }

    /// How often a lower-case word occurs in the document.
    pub fn count_of(&self, lower: &str) -> u32 {
        self.vocab.get(lower).map_or(0, |id| self.counts[id as usize])
    }

    /// How often a lower-case word occurs in the document with a capital first letter.
    pub fn capitalised_count_of(&self, lower: &str) -> u32 {
        let Some(id) = self.vocab.get(lower) else { return 0 };
        self.capitals.get_or_init(|| self.count_capitals())[id as usize]
    }

    /// `capitals`, counted as `of` counts the words: each token, and each part of a hyphenated
    /// one.
    fn count_capitals(&self) -> Vec<u32> {
        let mut capitals = vec![0; self.counts.len()];
        let capital = super::capitalised;
        let mut buf = String::new();
        for (t, &id) in self.tokens.iter().zip(&self.token_ids) {
            if !t.plain && t.word.bytes().any(|b| b == b'-') {
                for part in t.word.split('-').filter(|p| capital(p)) {
                    lower_into(part, &mut buf);
                    if let Some(part_id) = self.vocab.get(&buf) {
                        capitals[part_id as usize] += 1;
                    }
                }
            }
            if capital(t.word) {
                capitals[id as usize] += 1;
            }
        }
        capitals
    }

    /// The lower case of token `i`'s word.
    pub fn token_word(&self, i: usize) -> &str {
        self.vocab.word(self.token_ids[i])
    }

    /// How often the word of token `i` occurs in the document (in any case).
    pub fn count_of_token(&self, i: usize) -> u32 {
        self.counts[self.token_ids[i] as usize]
    }

    /// True when `a b` (lower case) occurs in the document.
    pub fn has_bigram(&self, a: &str, b: &str) -> bool {
        match (self.vocab.get(a), self.vocab.get(b)) {
            (Some(x), Some(y)) => self
                .bigrams
                .get_or_init(|| self.pairs.iter().copied().collect())
                .contains(&(u64::from(x) << 32 | u64::from(y))),
            _ => false,
        }
    }
}

/// Writes the lower case of `word` into `buf`, reusing its allocation.
pub fn lower_into(word: &str, buf: &mut String) {
    buf.clear();
    if word.is_ascii() {
        buf.push_str(word);
        buf.make_ascii_lowercase();
    } else {
        buf.extend(word.chars().flat_map(char::to_lowercase));
    }
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokens;
    use super::*;

    #[test]
    fn counts_and_bigrams_come_from_the_document() {
        let toks = tokens("Korea Utara dan Korea Selatan. Utara Korut-Rusia");
        let ctx = Context::of(&toks);
        assert_eq!(ctx.count_of("korea"), 2);
        assert!(ctx.has_bigram("korea", "utara"));
        assert!(!ctx.has_bigram("selatan", "utara"));
        assert!(ctx.has_bigram("korut", "rusia"));
        assert_eq!(ctx.count_of("korut-rusia"), 1);
        assert_eq!(ctx.count_of_token(0), 2);
        assert_eq!(ctx.count_of_token(6), 1);
        let words = |ctx: &Context| ctx.repeated().ids.iter().map(|&id| ctx.word(id).to_string()).collect::<Vec<_>>();
        assert_eq!(words(&ctx), ["korea", "utara"]);
        let toks = tokens("utara korea utara korea");
        assert_eq!(words(&Context::of(&toks)), ["utara", "korea"]);
    }
}
