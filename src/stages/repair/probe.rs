//! The stage's candidate search over the embedded Indonesian list, reachable from outside the
//! crate only so that `benches/candidates.rs` can measure it against an fst Levenshtein
//! automaton (issue 3 asks for both to be measured). Not part of the API.

use super::candidates::Hit;
use super::lexicon::{Lexicon, Near};
use super::symdel;

#[doc(hidden)]
#[derive(Debug)]
pub struct IndonesianNear {
    lexicon: Lexicon,
    hits: Vec<Hit>,
}

#[doc(hidden)]
impl IndonesianNear {
    /// Loads the lexicon as the stage does (the embedded lists only, no user files).
    pub fn load() -> IndonesianNear {
        IndonesianNear { lexicon: Lexicon::load(&[]).expect("the embedded lexicon loads"), hits: Vec::new() }
    }

    /// Bytes of the prebuilt symmetric-delete index embedded in the binary.
    pub fn index_bytes() -> usize {
        symdel::INDEX.len()
    }

    /// The words of the embedded list within OSA distance `max` of `query`, with their distance,
    /// in the list's order. Fresh scratch space per call, as `typo::rank` gives it.
    pub fn near(&mut self, query: &str, max: u8) -> impl Iterator<Item = (&'static str, u8)> + '_ {
        self.lexicon.near(query, max, &mut Near::default(), &mut self.hits);
        self.hits.iter().map(|h| (self.lexicon.indonesian_entry(h.index).0, h.distance))
    }
}
