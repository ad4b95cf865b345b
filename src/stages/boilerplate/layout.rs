//! Where each block stands on the page: which blocks read as prose, where the article's body
//! begins and ends, and so which blocks are in the header and footer zones.

use crate::ruleset::{RuleSet, Zone};
use crate::text::{ends_sentence, lines};
use std::collections::HashSet;
use std::ops::Range;

/// What the signals know about one block.
#[derive(Debug, Clone)]
pub struct BlockInfo {
    pub range: Range<usize>,
    pub words: usize,
    /// Ends like a sentence.
    pub sentence: bool,
    /// Reads as the article's prose: long enough, full of function words, ends a sentence.
    pub prose: bool,
    /// Looks like a headline: a few words, mostly capitalised, no sentence end.
    pub headline: bool,
    /// Could be a title: a few words without a full stop.
    pub title_like: bool,
    /// Some block rule recognises it as page furniture.
    pub furniture: bool,
    /// The block rules whose pattern matches it (indices into the rule set, in trial order),
    /// whatever their zone.
    pub block_rules: Vec<usize>,
}

pub struct Layout {
    pub blocks: Vec<BlockInfo>,
    /// First block of the article's body: the start of the largest run of prose blocks.
    pub first_body: Option<usize>,
    /// The first and last prose blocks anywhere: the page's header cannot come after the first,
    /// nor its footer before the last, whichever run of prose is the largest.
    pub first_prose: Option<usize>,
    pub last_prose: Option<usize>,
}

impl Layout {
    pub fn of(text: &str, rules: &RuleSet) -> Layout {
        let stopwords = &rules.stopwords;
        let mut blocks: Vec<BlockInfo> =
            lines(text).into_iter().map(|r| describe(&text[r.clone()], r, stopwords)).collect();
        // A block some rule recognises as furniture is never the body, whatever its length.
        for block in &mut blocks {
            let s = &text[block.range.clone()];
            block.block_rules = rules.matching_block_rules(s);
            if !block.block_rules.is_empty() {
                block.furniture = true;
                block.prose = false;
            }
        }
        let (first_body, first_prose, last_prose) = zones(blocks.iter().enumerate());
        Layout { blocks, first_body, first_prose, last_prose }
    }

    /// Whether the zones stay where they are once the blocks `gone` says are removed: when they
    /// move, judging the page again can find more to remove, and cleaning is idempotent only if
    /// this run does it.
    pub fn zones_stay_without(&self, gone: impl Fn(usize) -> bool) -> bool {
        let kept = self.blocks.iter().enumerate().filter(|(i, _)| !gone(*i));
        zones(kept) == (self.first_body, self.first_prose, self.last_prose)
    }

    /// Whether block `i`, once its text is `s` (what a removal inside it leaves), would read
    /// differently: prose or not, headline or not, furniture or not. Then the zones can move.
    pub fn reads_differently(&self, i: usize, s: &str, rules: &RuleSet) -> bool {
        let old = &self.blocks[i];
        let mut new = describe(s, 0..s.len(), &rules.stopwords);
        new.furniture = !rules.matching_block_rules(s).is_empty();
        new.prose &= !new.furniture;
        (new.prose, new.headline, new.title_like, new.furniture)
            != (old.prose, old.headline, old.title_like, old.furniture)
    }

    pub fn text<'t>(&self, text: &'t str, i: usize) -> &'t str {
        &text[self.blocks[i].range.clone()]
    }

    pub fn in_zone(&self, i: usize, zone: Zone) -> bool {
        let head = self.first_body.is_some_and(|f| i < f);
        let tail = self.last_prose.is_some_and(|l| i > l);
        match zone {
            Zone::Any => true,
            Zone::Head => head,
            Zone::Tail => tail,
            Zone::Edges => head || tail,
            Zone::FirstBody => self.first_body == Some(i),
            Zone::LastBody => self.last_prose == Some(i),
        }
    }

    /// Whether a long paragraph of prose follows block `i`: then a footer heading at `i` is a
    /// box in the middle of the article, not its end.
    pub fn prose_after(&self, i: usize) -> bool {
        self.blocks.iter().skip(i + 1).any(|b| b.prose && b.words >= 40)
    }

    /// Whether a line introducing a list (`... berikut:`) stands between the body and block `i`:
    /// then the short lines after the body are that list, not other articles' headlines.
    pub fn list_intro_before(&self, i: usize) -> bool {
        let from = self.last_prose.map_or(0, |l| l + 1).min(i);
        self.blocks[from..i].iter().any(|b| b.sentence && !b.furniture && b.words >= 3)
    }
}

pub fn describe(s: &str, range: Range<usize>, stopwords: &HashSet<String>) -> BlockInfo {
    let mut words = 0;
    let mut stop = 0;
    let mut capitalised = 0;
    // One buffer for every word's core, lower-cased in place: this runs on every word of a page.
    let mut core = String::new();
    for word in s.split_whitespace() {
        core.clear();
        core.extend(word.chars().filter(|c| c.is_alphanumeric() || *c == '-'));
        if core.is_empty() {
            continue;
        }
        words += 1;
        if core.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit()) {
            capitalised += 1;
        }
        let lower_is_stopword = if core.is_ascii() {
            core.make_ascii_lowercase();
            stopwords.contains(&core)
        } else {
            stopwords.contains(&core.to_lowercase())
        };
        if lower_is_stopword {
            stop += 1;
        }
    }
    // A line that introduces a list (`Berikut daftarnya:`) is prose as much as a sentence is.
    let sentence = ends_sentence(s) || s.ends_with(':');
    let density = if words == 0 { 0.0 } else { stop as f32 / words as f32 };
    let open_end = !s.ends_with(['.', ',', ';', ':']);
    let headline = (3..=25).contains(&words) && open_end && capitalised * 2 >= words;
    // A headline that ends in a question mark is still a headline, not prose.
    let prose = words >= 8 && density >= 0.1 && (sentence || words >= 25) && !headline;
    let title_like = (3..=30).contains(&words) && open_end && capitalised >= 1;
    BlockInfo { range, words, sentence, prose, headline, title_like, furniture: false, block_rules: Vec::new() }
}

/// The first block of the body, and the first and last prose blocks, of the blocks given with
/// their indices.
fn zones<'a>(
    blocks: impl Iterator<Item = (usize, &'a BlockInfo)> + Clone,
) -> (Option<usize>, Option<usize>, Option<usize>) {
    let first_prose = blocks.clone().find(|(_, b)| b.prose).map(|(i, _)| i);
    let last_prose = blocks.clone().filter(|(_, b)| b.prose).last().map(|(i, _)| i);
    (main_body(blocks), first_prose, last_prose)
}

/// The article's body is the largest run of prose blocks, allowing one other block between two
/// of them (a subheading; furniture such as captions and links does not count); runs of prose elsewhere on the page (a profile box, a disclaimer) are
/// smaller.
fn main_body<'a>(blocks: impl Iterator<Item = (usize, &'a BlockInfo)>) -> Option<usize> {
    let mut best: Option<(usize, usize, usize)> = None;
    let mut current: Option<(usize, usize, usize)> = None;
    let mut gap = 0;
    for (i, b) in blocks {
        if b.prose {
            current = match current {
                Some((start, _, words)) if gap <= 1 => Some((start, i, words + b.words)),
                _ => Some((i, i, b.words)),
            };
            gap = 0;
            if current.map(|c| c.2) > best.map(|b| b.2) {
                best = current;
            }
        } else if !b.furniture {
            gap += 1;
        }
    }
    best.map(|(first, _, _)| first)
}
