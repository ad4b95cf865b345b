//! The words the repair stage knows, compiled into the binary: wordfreq's Indonesian list with
//! frequencies, an English list (words repair never touches), and the lists the project writes
//! (function words, names of news, multiword names), plus the user's `--lexicon` files.
//!
//! The embedded lists are plain sorted text (`src/rules/lexicon/`, built by
//! `scripts/build_lexicon.py`), so start-up only splits lines and fills one table; the English
//! list is its lines, binary-searched, and the candidate index comes built (`build.rs`, `symdel.rs`).

use super::candidates::{self, Hit};
use super::context::FxBuild;
use super::deletes;
use super::symdel::SymDel;
use super::table::WordTable;
use crate::error::{Error, Result};
use std::collections::{HashMap, HashSet};
use std::path::PathBuf;

const INDONESIAN: &str = include_str!("../../rules/lexicon/id.tsv");
const ENGLISH: &str = include_str!("../../rules/lexicon/en.txt");
const MALAY: &str = include_str!("../../rules/lexicon/ms.txt");
const FUNCTION_WORDS: &str = include_str!("../../rules/lexicon/function_words.txt");
const LINK_WORDS: &str = include_str!("../../rules/lexicon/link_words.txt");
const NAMES: &str = include_str!("../../rules/lexicon/names.txt");
const MULTIWORD: &str = include_str!("../../rules/lexicon/multiword.txt");

/// Zipf frequency (log10 of occurrences per billion words) given to words that a project or user
/// list adds without a count: a middling news word.
const LISTED_ZIPF: f32 = 4.0;

/// A sorted word list with a Zipf frequency per word: the search space for candidates.
#[derive(Debug, Default)]
pub struct WordList {
    pub words: Vec<String>,
    pub zipf: Vec<f32>,
    /// `candidates::letter_mask` of each word, for `candidates::scan`.
    pub masks: Vec<u64>,
    /// The indices of the words by length (then index), so that a search reads only the words
    /// of the lengths it allows.
    by_length: Vec<u32>,
}

impl WordList {
    fn from_pairs(mut pairs: Vec<(String, f32)>) -> WordList {
        pairs.sort_by(|a, b| a.0.cmp(&b.0));
        pairs.dedup_by(|b, a| a.0 == b.0);
        let (words, zipf): (Vec<String>, Vec<f32>) = pairs.into_iter().unzip();
        let masks = words.iter().map(|w| super::candidates::letter_mask(w)).collect();
        let mut by_length: Vec<u32> = (0..words.len() as u32).collect();
        by_length.sort_by_key(|&i| words[i as usize].len());
        WordList { words, zipf, masks, by_length }
    }

    /// Every word within OSA distance `max` of `query`, in the list's order, as
    /// `candidates::scan` finds them: only the words of the lengths within `max` are measured.
    pub fn near(&self, query: &str, max: u8, out: &mut Vec<Hit>) {
        let (lo, hi) = (query.len().saturating_sub(max as usize), query.len() + max as usize);
        let start = self.by_length.partition_point(|&i| self.words[i as usize].len() < lo);
        let end = self.by_length.partition_point(|&i| self.words[i as usize].len() <= hi);
        let entries = self.by_length[start..end].iter().map(|&i| {
            let i = i as usize;
            (i, self.words[i].as_str(), self.masks[i])
        });
        let from = out.len();
        candidates::measure(entries, query, max, out);
        out[from..].sort_unstable_by_key(|h| h.index);
    }
}

/// Everything the stage knows about words, built once per pipeline.
/// The frequency `scripts/build_lexicon.py` gives the dictionary's root words that wordfreq lacks.
const ROOT_ZIPF: f32 = 2.5;

#[derive(Debug)]
pub struct Lexicon {
    /// wordfreq's Indonesian list, sorted by length and then bytes, as `&'static str` slices of
    /// the embedded text so that start-up copies nothing.
    indonesian: Vec<&'static str>,
    indonesian_zipf: Vec<f32>,
    indonesian_masks: Vec<u64>,
    /// Lines of `indonesian` that are not ASCII: the index leaves them to a scan.
    non_ascii: Vec<usize>,
    /// The symmetric-delete index of `indonesian`, built with the crate.
    symdel: SymDel,
    /// `indonesian` by spelling.
    index: WordTable,
    function: HashSet<&'static str, FxBuild>,
    /// Function words that link a name to what follows it (`link_words.txt`).
    pub link_words: Vec<&'static str>,
    /// The lines of the English list, in its (byte) order: splitting them once at start-up
    /// costs less than one document's searches in the text itself did.
    english: Vec<&'static str>,
    /// Malay's own words (`iaitu`, `kesihatan`): what tells a Malay page, whose words the
    /// Indonesian list knows nearly all of, from an Indonesian one.
    malay: HashSet<&'static str, FxBuild>,
    /// Names by their lower-case form, to the spelling a capitalised typo is corrected to.
    names: HashMap<String, String>,
    /// Multiword names as lower-case word pairs, by first word to the words that follow it:
    /// each pair is context for the other word. Looked up without building a key.
    pairs: HashMap<String, Vec<String>, FxBuild>,
    /// Words from the project's name list and the user's files, searched beside `indonesian`.
    pub extra: WordList,
    /// `extra`'s frequencies by word: every word of a text is looked up.
    extra_index: HashMap<String, f32, FxBuild>,
}

impl Lexicon {
    /// The embedded lexicon plus the user's word lists (one word a line, optionally
    /// `word<TAB>count`; `#` starts a comment).
    pub fn load(user_files: &[PathBuf]) -> Result<Lexicon> {
        let mut indonesian = Vec::with_capacity(32_000);
        let mut indonesian_zipf = Vec::with_capacity(32_000);
        let mut indonesian_masks = Vec::with_capacity(32_000);
        let mut zipf_100 = Vec::with_capacity(32_000);
        let mut non_ascii = Vec::new();
        for line in lines(INDONESIAN) {
            let (word, zipf) = match memchr::memchr(b'\t', line.as_bytes()) {
                Some(tab) => (&line[..tab], &line[tab + 1..]),
                None => (line, "0"),
            };
            if !word.is_ascii() {
                non_ascii.push(indonesian.len());
            }
            let zipf = zipf.parse::<u16>().unwrap_or(0);
            indonesian.push(word);
            indonesian_zipf.push(f32::from(zipf) / 100.0);
            indonesian_masks.push(super::candidates::letter_mask(word));
            zipf_100.push(zipf);
        }
        let index = WordTable::new(INDONESIAN, &indonesian, &zipf_100);
        let zipf_of = |w: &str| index.get(w).map(|z| f32::from(z) / 100.0);
        let symdel = SymDel::load();
        // build.rs indexes the same file; a mismatch would be a build bug, not a user's error.
        assert_eq!(symdel.words, indonesian.len(), "the lexicon index is not of this lexicon");
        let function = list_words(FUNCTION_WORDS).collect();
        let link_words = list_words(LINK_WORDS).collect();
        let english = lines(ENGLISH).collect();
        let malay = lines(MALAY).collect();
        let mut names = HashMap::new();
        let mut extra = Vec::new();
        for name in list_words(NAMES) {
            let lower = name.to_lowercase();
            // Every name is in `extra`, also those wordfreq has, so that a capitalised word
            // (corrected only to names and the document's words) never searches the big list.
            let zipf = zipf_of(&lower).unwrap_or(LISTED_ZIPF);
            extra.push((lower.clone(), zipf));
            names.insert(lower, name.to_string());
        }
        let mut pairs: HashMap<String, Vec<String>, FxBuild> = HashMap::default();
        for line in MULTIWORD.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')) {
            let words: Vec<String> = line.split_whitespace().map(str::to_lowercase).collect();
            for pair in words.windows(2) {
                let next = pairs.entry(pair[0].clone()).or_default();
                if !next.contains(&pair[1]) {
                    next.push(pair[1].clone());
                }
            }
            for (word, original) in words.iter().zip(line.split_whitespace()) {
                names.entry(word.clone()).or_insert_with(|| original.to_string());
                extra.push((word.clone(), zipf_of(word).unwrap_or(LISTED_ZIPF)));
            }
        }
        for path in user_files {
            let text = std::fs::read_to_string(path)
                .map_err(|e| Error::Lexicon { path: path.clone(), message: e.to_string() })?;
            for line in text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
                let (word, count) = line.split_once('\t').unwrap_or((line, ""));
                let zipf = match count.trim() {
                    "" => LISTED_ZIPF,
                    n => {
                        let n: f64 = n.parse().map_err(|_| Error::Lexicon {
                            path: path.clone(),
                            message: format!("bad count in line {line:?}"),
                        })?;
                        // A count per billion words, as wordfreq's Zipf scale.
                        (n.max(1.0).log10() as f32).clamp(1.0, 8.0)
                    }
                };
                let word = word.trim();
                if word.chars().next().is_some_and(char::is_uppercase) {
                    names.insert(word.to_lowercase(), word.to_string());
                }
                extra.push((word.to_lowercase(), zipf));
            }
        }
        let extra = WordList::from_pairs(extra);
        let extra_index = extra.words.iter().cloned().zip(extra.zipf.iter().copied()).collect();
        Ok(Lexicon {
            indonesian,
            indonesian_zipf,
            indonesian_masks,
            non_ascii,
            symdel,
            index,
            function,
            link_words,
            english,
            malay,
            names,
            pairs,
            extra,
            extra_index,
        })
    }

    /// The part of the embedded Indonesian list whose words have `lengths` bytes, with their
    /// frequencies and letter masks.
    pub fn indonesian(&self, lengths: std::ops::RangeInclusive<usize>) -> (&[&'static str], &[f32], &[u64]) {
        let lo = self.indonesian.partition_point(|w| w.len() < *lengths.start());
        let hi = self.indonesian.partition_point(|w| w.len() <= *lengths.end());
        (&self.indonesian[lo..hi], &self.indonesian_zipf[lo..hi], &self.indonesian_masks[lo..hi])
    }

    /// Every word of the embedded Indonesian list within OSA distance `max` (at most 2) of
    /// `query`, as `candidates::scan` finds them, in the list's order: by the index for an ASCII
    /// query, by a scan otherwise. `scratch` is reused between calls.
    pub fn near(&self, query: &str, max: u8, scratch: &mut Near, out: &mut Vec<Hit>) {
        out.clear();
        let band = query.len().saturating_sub(max as usize)..=query.len() + max as usize;
        if !query.is_ascii() || query.len() >= 64 || max > deletes::MAX_DELETES {
            let lo = self.indonesian.partition_point(|w| w.len() < *band.start());
            let (words, _, masks) = self.indonesian(band);
            candidates::scan(words, masks, query, max, out);
            for h in out.iter_mut() {
                h.index += lo;
            }
            return;
        }
        let Near { groups, lines } = scratch;
        lines.clear();
        // Only the words that pass the cheap filters are sorted into the list's order.
        let qm = candidates::letter_mask(query);
        self.symdel.candidates(query.as_bytes(), max, groups, |line, len, mask| {
            if band.contains(&len) && candidates::masks_allow(qm, mask, max) {
                lines.push(line);
            }
        });
        lines.extend(self.non_ascii.iter().copied().filter(|&i| band.contains(&self.indonesian[i].len())));
        lines.sort_unstable();
        lines.dedup();
        let entries = lines.iter().map(|&i| (i, self.indonesian[i], self.indonesian_masks[i]));
        candidates::measure(entries, query, max, out);
    }

    /// Word `i` of the embedded Indonesian list and its Zipf frequency.
    pub fn indonesian_entry(&self, i: usize) -> (&'static str, f32) {
        (self.indonesian[i], self.indonesian_zipf[i])
    }

    /// Whether a lower-case word is one of the language's function words (`yang`, `dan`).
    pub fn is_function_word(&self, lower: &str) -> bool {
        self.function.contains(lower)
    }

    /// The Zipf frequency of a lower-case word, when some list has it.
    pub fn zipf(&self, lower: &str) -> Option<f32> {
        if let Some(z) = self.index.get(lower) {
            return Some(f32::from(z) / 100.0);
        }
        if self.function.contains(lower) {
            return Some(LISTED_ZIPF);
        }
        self.extra_index.get(lower).copied()
    }

    /// True when a lower-case word may be the stem of an affixed form. The root words that only
    /// the dictionary list has (at `ROOT_ZIPF`) must be five letters or more for that: short rare
    /// roots (`lema`) would let typos pass as affixed forms (`penyelemaan`).
    pub fn is_stem(&self, lower: &str) -> bool {
        match self.zipf(lower) {
            Some(z) if z <= ROOT_ZIPF => lower.len() >= 5,
            Some(_) => true,
            None => false,
        }
    }

    /// True when a lower-case word is in one of the Indonesian lists or the user's.
    pub fn contains(&self, lower: &str) -> bool {
        self.zipf(lower).is_some()
    }

    /// True for a common English word: repair leaves those alone.
    pub fn is_english(&self, lower: &str) -> bool {
        self.english.binary_search(&lower).is_ok()
    }

    /// True for a word of Malay's own, which Indonesian rarely writes (`iaitu`, `kesihatan`).
    pub fn is_malay(&self, lower: &str) -> bool {
        self.malay.contains(lower)
    }

    /// The listed spelling of a name, by its lower-case form.
    pub fn name(&self, lower: &str) -> Option<&str> {
        self.names.get(lower).map(String::as_str)
    }

    /// True when `a b` (lower case) is part of a listed multiword name.
    pub fn is_name_pair(&self, a: &str, b: &str) -> bool {
        self.pairs.get(a).is_some_and(|next| next.iter().any(|w| w == b))
    }
}

/// The lines of an embedded list (`str::lines` searches for each line end char by char).
fn lines(text: &'static str) -> impl Iterator<Item = &'static str> {
    let mut start = 0;
    memchr::memchr_iter(b'\n', text.as_bytes())
        .chain(std::iter::once(text.len()))
        .map(move |end| {
            let line = &text[start..end];
            start = end + 1;
            line.strip_suffix('\r').unwrap_or(line)
        })
        .filter(|line| !line.is_empty())
}

/// Scratch space for `Lexicon::near`.
#[derive(Debug, Default)]
pub struct Near {
    groups: Vec<u64>,
    lines: Vec<usize>,
}

/// The words of a project list: whitespace-separated, `#` to the end of a line is a comment.
fn list_words(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines().flat_map(|line| line.split('#').next().unwrap_or("").split_whitespace())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_lists_load_sorted() {
        let lex = Lexicon::load(&[]).unwrap();
        let (words, _, _) = lex.indonesian(0..=usize::MAX);
        assert!(words.windows(2).all(|w| (w[0].len(), w[0]) < (w[1].len(), w[1])));
        let (five, _, _) = lex.indonesian(5..=5);
        assert!(five.contains(&"utara") && five.iter().all(|w| w.len() == 5));
        assert!(lex.contains("tentara") && lex.contains("dan") && lex.contains("kemenkeu"));
        assert!(!lex.contains("tenara"));
        assert!(lex.is_english("traffic"));
        assert!(ENGLISH.lines().all(|w| lex.is_english(w)));
        assert!(!lex.is_english("tentara") && !lex.is_english("") && !lex.is_english("zzzzzz"));
        assert!(MALAY.lines().all(|w| lex.is_malay(w)));
        assert!(lex.is_malay("iaitu") && !lex.is_malay("yaitu") && !lex.is_malay("fail"));
        assert_eq!(lex.name("korut"), Some("Korut"));
        assert!(lex.is_name_pair("korea", "utara"));
    }

    /// The index finds what a scan of the whole list finds, for typos of every kind and for
    /// words of every length, the prefix's edges included.
    #[test]
    fn the_index_finds_what_a_scan_finds() {
        let lex = Lexicon::load(&[]).unwrap();
        let (all, _, masks) = lex.indonesian(0..=usize::MAX);
        let mut queries: Vec<String> =
            ["dqari", "tenara", "korearn", "penyelemaan", "diluncurkna", "xq", "aliases"].map(String::from).to_vec();
        let mut n: u64 = 0x2545_F491_4F6C_DD1D;
        let mut next = |m: usize| {
            n ^= n << 13;
            n ^= n >> 7;
            n ^= n << 17;
            (n % m as u64) as usize
        };
        for _ in 0..400 {
            let mut w: Vec<u8> = all[next(all.len())].bytes().collect();
            for _ in 0..1 + next(2) {
                let at = next(w.len() + 1);
                match next(4) {
                    0 if at < w.len() => drop(w.remove(at)),
                    1 => w.insert(at, b'a' + next(26) as u8),
                    2 if at < w.len() => w[at] = b'a' + next(26) as u8,
                    _ if at + 1 < w.len() => w.swap(at, at + 1),
                    _ => {}
                }
            }
            queries.push(String::from_utf8_lossy(&w).into_owned());
        }
        let (mut scratch, mut got, mut want) = (Near::default(), Vec::new(), Vec::new());
        for q in &queries {
            for max in [1, 2] {
                lex.near(q, max, &mut scratch, &mut got);
                want.clear();
                candidates::scan(all, masks, q, max, &mut want);
                assert_eq!(got, want, "{q} within {max}");
            }
        }
    }
}
