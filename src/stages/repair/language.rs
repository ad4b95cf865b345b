//! Whether the text around a repair is written in the lexicon's language. A repair takes a word
//! the lists do not know for a slip of one they know, which holds in Indonesian prose, where
//! nearly every word is known. In a page written in Javanese, Sundanese or Minang, or a
//! paragraph of one quoted in an Indonesian article, most unknown words are that language's own
//! (`digawa`, `kahirupan`, `kapalo`), and making them Indonesian (`dibawa`, `kehidupan`, `kapal`)
//! is a wrong correction, which the spec ranks worse than a missed one.
//!
//! The measure is the share of known words among the words in small letters (capitalised words
//! are names as often as not). English words count for neither side: a page or a paragraph in
//! English keeps its words whatever this says, since repair never touches a word the English
//! list has. A word repair would mend (a slip, a glued pair) is breakage, not language, and
//! counts for neither side either: a quote with two typos in it is still Indonesian, while a
//! Sundanese paragraph has more unknown words than any repair finds a word for.
//!
//! Indonesian spells no word with an accented letter: a word in small letters spelled with one
//! (`pèlerins`, `énigme`) is another Latin-script language's, and a paragraph too short for the
//! share to judge (a French motto under a blog's name) is that language's when it has one, a
//! longer one when it has two (one `café` does not make an Indonesian paragraph French).
//!
//! Malay shares nearly all its words with Indonesian, so the share cannot tell it. Its own words
//! can (`iaitu`, `kesihatan`, `antarabangsa`, from the lexicon's Malay list): a document where
//! several of them make up a fair share of the words is Malay, and its spellings (`sastera`,
//! `strategik`) are not slips of Indonesian ones.

use super::tokens::Token;
use std::ops::Range;

/// Below this share of known words, a paragraph is not in the lexicon's language. Indonesian
/// paragraphs stay above it but for slang-heavy quotes; a paragraph of a regional language
/// reads about half its words as known.
const PARAGRAPH_SHARE: f32 = 0.85;
/// A paragraph is judged on its own from this many words; a shorter one only by its document.
const PARAGRAPH_WORDS: u32 = 8;
/// Below this share of known words, the whole document is not in the lexicon's language.
const DOCUMENT_SHARE: f32 = 0.85;
/// A document is judged from this many words; a shorter one is too little to tell.
const DOCUMENT_WORDS: u32 = 30;
/// A document is Malay from this many distinct words of Malay's own, making up this share of
/// its words. Malay pages hold 5 to 20 % of such words, 6 or more of them distinct; Indonesian
/// ones at most 2 %, the odd loan (`tandas`, `kelakar`) among them.
const MALAY_WORDS: u32 = 4;
const MALAY_SHARE: f32 = 0.03;

/// Known and unknown words in small letters, in a paragraph or a document.
#[derive(Debug, Default, Clone, Copy)]
struct Tally {
    known: u32,
    unknown: u32,
    /// Occurrences of Malay's own words, counted among the known ones too, and how many of
    /// them are distinct.
    malay: u32,
    malay_distinct: u32,
    /// Words in small letters spelled with an accented letter.
    accented: u32,
}

impl Tally {
    fn foreign(self, min_words: u32, share: f32) -> bool {
        let words = self.known + self.unknown;
        words >= min_words && (self.known as f32) < share * words as f32
    }

    /// Whether the paragraph's accented words say it is another language (see the module).
    fn accented(self) -> bool {
        let short = self.known + self.unknown < PARAGRAPH_WORDS;
        self.accented >= if short { 1 } else { 2 }
    }

    fn malay(self) -> bool {
        let words = self.known + self.unknown;
        self.malay_distinct >= MALAY_WORDS && self.malay as f32 >= MALAY_SHARE * words as f32
    }
}

/// How a word counts: known in the lexicon's language, unknown, or for neither side.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Word {
    Known,
    Unknown,
    Neither,
    /// A word in small letters spelled with an accented letter: no Indonesian word.
    Accented,
    /// A word of Malay's own, and whether this is its first occurrence in the document.
    Malay {
        first: bool,
    },
}

/// Whether `word` is in small letters and spelled with an accented Latin letter (`pèlerins`).
pub fn is_accented(word: &str) -> bool {
    word.chars().all(|c| !c.is_uppercase())
        && word.chars().any(|c| matches!(c, 'à'..='ÿ' | 'ā'..='ž') && c.is_lowercase() && c != '÷')
}

/// The byte ranges of `text` (whole paragraphs) where repairs are off because the text is not
/// in the lexicon's language: every paragraph when the document as a whole is not. `word` says
/// how token `i` counts.
pub fn foreign_paragraphs(text: &str, toks: &[Token], mut word: impl FnMut(usize) -> Word) -> Vec<Range<usize>> {
    let mut paragraphs: Vec<(Range<usize>, Tally)> = Vec::new();
    let mut document = Tally::default();
    let mut start = 0;
    let mut tally = Tally::default();
    let mut last_end = 0;
    for (i, t) in toks.iter().enumerate() {
        if text[last_end..t.range.start].contains("\n\n") {
            paragraphs.push((start..last_end, tally));
            start = t.range.start;
            tally = Tally::default();
        }
        last_end = t.range.end;
        match word(i) {
            Word::Known => tally.known += 1,
            Word::Unknown => tally.unknown += 1,
            Word::Neither => continue,
            Word::Accented => tally.accented += 1,
            Word::Malay { first } => {
                tally.known += 1;
                tally.malay += 1;
                tally.malay_distinct += u32::from(first);
            }
        }
    }
    paragraphs.push((start..text.len(), tally));
    for (_, t) in &paragraphs {
        document.known += t.known;
        document.unknown += t.unknown;
        document.malay += t.malay;
        document.malay_distinct += t.malay_distinct;
    }
    if document.foreign(DOCUMENT_WORDS, DOCUMENT_SHARE) || document.malay() {
        return std::iter::once(0..text.len()).collect();
    }
    paragraphs
        .into_iter()
        .filter(|(_, t)| t.foreign(PARAGRAPH_WORDS, PARAGRAPH_SHARE) || t.accented())
        .map(|(range, _)| range)
        .collect()
}
