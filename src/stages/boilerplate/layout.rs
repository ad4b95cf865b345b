//! Where each block stands on the page: which blocks read as prose, where the article's body
//! begins and ends, and so which blocks are in the header and footer zones.

use crate::ruleset::{RuleSet, Zone};
use crate::text::{ends_sentence, lines};
use rustc_hash::FxHashMap;
use std::ops::Range;

/// What the signals know about one block.
#[derive(Debug, Clone)]
pub struct BlockInfo {
    pub range: Range<usize>,
    pub words: usize,
    /// How many of the words are function words of the language (`yang`, `di`, `the`).
    pub function_words: usize,
    /// Ends like a sentence.
    pub sentence: bool,
    /// Ends in a colon: introduces what follows.
    pub opens_list: bool,
    /// Reads as the article's prose: long enough, full of function words, ends a sentence.
    pub prose: bool,
    /// A sentence of the article too thick with names for the function-word count (`Korban
    /// bernama I Gusti Putu Supardi (62), warga Banjar Dinas Bajera, Tabanan.`): long enough, some
    /// function word, a sentence's end, no headline and no furniture. It neither starts the body
    /// nor parts two runs of prose.
    pub near_prose: bool,
    /// Running text in whatever language: a sentence's end after eight words or more, at most a
    /// third of them capitalised. Prose is told by the pack's function words, which a page in
    /// another language (a Sundanese tale on an Indonesian site) lacks.
    pub running: bool,
    /// Looks like a headline: a few words, mostly capitalised, no sentence end.
    pub headline: bool,
    /// Could be a title: a few words without a full stop.
    pub title_like: bool,
    /// An item of a bulleted list of headlines (`- Bupati Resmikan Pasar Baru.`): a bullet,
    /// then words mostly capitalised. Such a line is no prose of the article, whatever its end.
    pub headline_item: bool,
    /// Opens with a bullet (`• `, `- `): an item of a list.
    pub bulleted: bool,
    /// Some block rule recognises it as page furniture.
    pub furniture: bool,
    /// Furniture that stands inside the article's body (an ad slot's label): every block rule
    /// that matches it says so.
    pub mid_article: bool,
    /// The block rules whose pattern matches it (indices into the rule set, in trial order),
    /// whatever their zone.
    pub block_rules: Vec<usize>,
    /// The inline rules whose pattern matches somewhere in it (indices into the rule set),
    /// whatever their zone: the others need not be run on the whole block again.
    pub inline_rules: Vec<usize>,
}

impl BlockInfo {
    /// A line of a word or three that ends no sentence: a photo's credit (`TribunAmbon.com`), a
    /// label. The dateline's window passes over such lines.
    pub fn slight(&self) -> bool {
        self.words <= 3 && !self.sentence && !self.prose
    }
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

/// What was learnt of each block's text on an earlier look at the page. Boilerplate judges a page
/// again after it changed a few blocks; the blocks it left alone are not described again.
#[derive(Default)]
pub struct Seen(FxHashMap<String, BlockInfo>);

impl Layout {
    pub fn of(text: &str, rules: &RuleSet, seen: &mut Seen) -> Layout {
        let blocks: Vec<BlockInfo> = lines(text)
            .into_iter()
            .map(|range| {
                let s = &text[range.clone()];
                if let Some(known) = seen.0.get(s) {
                    return BlockInfo { range, ..known.clone() };
                }
                let info = describe(s, range, rules);
                seen.0.insert(s.to_string(), info.clone());
                info
            })
            .collect();
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

    /// Whether the zones stay where they are once block `i` reads as `new` (what a removal
    /// inside it leaves): fewer words can make another run of prose the body.
    pub fn zones_stay_with(&self, i: usize, new: &BlockInfo) -> bool {
        let blocks = self.blocks.iter().enumerate().map(|(j, b)| (j, if j == i { new } else { b }));
        zones(blocks) == (self.first_body, self.first_prose, self.last_prose)
    }

    /// Whether block `i`, once it reads as `new` (what a removal inside it leaves), reads
    /// differently: prose or not, headline or not, furniture or not. Then the zones can move.
    pub fn reads_differently(&self, i: usize, new: &BlockInfo) -> bool {
        let old = &self.blocks[i];
        (new.prose, new.near_prose, new.headline, new.title_like, new.furniture)
            != (old.prose, old.near_prose, old.headline, old.title_like, old.furniture)
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
            Zone::FromLastBody => self.last_prose.is_some_and(|l| i >= l),
        }
    }

    /// Whether block `i` is the article's last paragraph, below others: where the writer signs,
    /// and where no photo's caption stands. That is the last block of prose, or the paragraph
    /// just below it that a rule took for furniture (a caption's, for the credit that ends it),
    /// when no other paragraph follows.
    pub fn closes_article(&self, i: usize) -> bool {
        let Some(last) = self.last_prose else { return false };
        let paragraph = |b: &BlockInfo| b.words >= 8 && b.function_words * 10 >= b.words;
        self.first_prose.is_some_and(|f| f < i)
            && (i == last
                || (i == last + 1 && paragraph(&self.blocks[i]) && !self.blocks[i + 1..].iter().any(paragraph)))
    }

    /// Whether a long paragraph of prose, or of running text in another language, follows block
    /// `i`: then a footer heading at `i` is a box in the middle of the article, not its end.
    pub fn prose_after(&self, i: usize) -> bool {
        self.blocks.iter().skip(i + 1).any(|b| (b.prose || b.running) && b.words >= 40)
    }

    /// Whether a line introducing a list (`... berikut:`) stands between the body and block `i`:
    /// then the short lines after the body are that list, not other articles' headlines. A line
    /// that `goes` (already judged furniture) introduces nothing: the next run will not see it.
    pub fn list_intro_before(&self, i: usize, goes: impl Fn(usize) -> bool) -> bool {
        let from = self.last_prose.map_or(0, |l| l + 1).min(i);
        // A sentence of the article thick with names (`Aqila mampu menjadi juara 2 pidato.`)
        // reports, it introduces nothing, unless it ends in a colon.
        (from..i).any(|j| {
            let b = &self.blocks[j];
            b.sentence && !b.furniture && b.words >= 3 && (!b.near_prose || b.opens_list) && !goes(j)
        })
    }
}

pub fn describe(s: &str, range: Range<usize>, rules: &RuleSet) -> BlockInfo {
    let stopwords = &rules.stopwords;
    let mut words = 0;
    let mut stop = 0;
    let mut capitalised = 0;
    // One buffer for every word's core, lower-cased as it is built: this runs on every word of
    // every page, so the common ASCII word takes a path without Unicode tables.
    let mut core = String::new();
    // `len` is the core's length, which `core` may leave out when no function word is as long.
    let mut count = |first: Option<char>, core: &[u8], len: usize| {
        let Some(first) = first else { return };
        words += 1;
        if first.is_uppercase() || first.is_ascii_digit() {
            capitalised += 1;
        }
        if len <= stopwords.longest() && stopwords.contains(core) {
            stop += 1;
        }
    };
    // The text is cut at ASCII whitespace byte by byte; a piece with other bytes is split again
    // as `split_whitespace` splits (a no-break space also separates words). An ASCII word's core
    // is kept only as far as a function word can reach.
    let longest = stopwords.longest();
    let mut ascii_core: Vec<u8> = Vec::with_capacity(longest);
    let bytes = s.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        if CLASS[bytes[at] as usize] == SPACE {
            at += 1;
            continue;
        }
        let start = at;
        let (mut ascii, mut first, mut len) = (true, None, 0);
        ascii_core.clear();
        while at < bytes.len() {
            let b = bytes[at];
            match CLASS[b as usize] {
                SPACE => break,
                HIGH => ascii = false,
                CORE => {
                    first.get_or_insert(b);
                    len += 1;
                    if len <= longest {
                        ascii_core.push(b.to_ascii_lowercase());
                    }
                }
                // A comma or an opening bracket glued between two words (`menjel,angRahman`,
                // `di(Pasar`) parts them, as `punctuation` will write them or as they were
                // before it took a space out: the piece takes the slow path below.
                _ if matches!(b, b',' | b'(' | b'[')
                    && at > start
                    && bytes.get(at + 1).is_some_and(u8::is_ascii_alphanumeric) =>
                {
                    ascii = false;
                }
                _ => {}
            }
            at += 1;
        }
        if ascii {
            count(first.map(char::from), &ascii_core, len);
            continue;
        }
        for word in s[start..at].split_whitespace().flat_map(split_glued_marks) {
            core.clear();
            let mut first = None;
            for c in word.chars().filter(|c| c.is_alphanumeric() || *c == '-') {
                first.get_or_insert(c);
                core.extend(c.to_lowercase());
            }
            count(first, core.as_bytes(), core.len());
        }
    }
    // A line that introduces a list (`Berikut daftarnya:`) is prose as much as a sentence is.
    let sentence = ends_sentence(s) || s.ends_with(':');
    let density = if words == 0 { 0.0 } else { stop as f32 / words as f32 };
    let open_end = !s.ends_with(['.', ',', ';', ':']);
    let headline = (3..=25).contains(&words) && open_end && capitalised * 2 >= words && !ends_a_sentence_inside(s);
    // A headline that ends in a question mark is still a headline, not prose.
    let prose = words >= 8 && density >= 0.1 && (sentence || words >= 25) && !headline;
    // A site's menu bar run together (`Home Warta Nasional Keislaman Regional Opini ...`): a
    // long run of capitalised words with neither a function word nor a mark, which a headline
    // that long always has somewhere.
    let menu_bar = words >= MENU_WORDS
        && capitalised == words
        && stop == 0
        && !s.bytes().any(|b| matches!(b, b',' | b':' | b';' | b'.' | b'!' | b'?' | b'"' | b'(' | b'-'));
    let title_like = (3..=LONGEST_HEADLINE).contains(&words)
        && open_end
        && capitalised >= 1
        && !menu_bar
        && !(words >= LONG_TITLE_WORDS && has_inner_sentence_end(s));
    // A block some rule recognises as furniture is never the body, whatever its length. But no
    // furniture runs to a long paragraph of prose: there a block rule matched a page flattened
    // to one line, and the article with it would be lost.
    let long_prose = words > LONGEST_FURNITURE && density >= 0.1 && sentence;
    let mut block_rules = if long_prose { Vec::new() } else { rules.matching_block_rules(s) };
    // A related link is one headline: a block that opens with the label and runs on past a
    // headline's length through a sentence's end goes on with the article (a page that lost its
    // line breaks), from which the inline rules cut the link.
    if words > LONGEST_HEADLINE && has_inner_sentence_end(s) {
        block_rules.retain(|&k| !super::lifts(&rules.rules[k], "related"));
    }
    let furniture = !block_rules.is_empty();
    let mid_article = furniture && block_rules.iter().all(|&k| rules.rules[k].spec.mid_article);
    let bulleted = is_bulleted(s);
    let headline_item = (3..=30).contains(&words) && capitalised * 3 >= words * 2 && bulleted;
    let near_prose = !prose && words >= 8 && stop >= 1 && sentence && !headline && !furniture && !headline_item;
    let prose = prose && !furniture && !headline_item;
    let running = words >= 8 && sentence && capitalised * 3 <= words && !headline && !furniture;
    let inline_rules = rules.matching_inline_rules(s);
    let opens_list = s.ends_with(':');
    BlockInfo {
        range,
        words,
        function_words: stop,
        sentence,
        opens_list,
        prose,
        near_prose,
        running,
        headline,
        title_like,
        headline_item,
        bulleted,
        furniture,
        mid_article,
        block_rules,
        inline_rules,
    }
}

/// Whether a block opens with a list's bullet (`- `, `• `).
pub fn is_bulleted(s: &str) -> bool {
    without_bullet(s).len() < s.len()
}

/// `s` without the bullet that opens it, if it has one.
pub fn without_bullet(s: &str) -> &str {
    ["- ", "• ", "· ", "* ", "– ", "— ", "» ", "› "].iter().find_map(|b| s.strip_prefix(b)).unwrap_or(s)
}

/// The most words of a headline.
const LONGEST_HEADLINE: usize = 30;

/// A block this long with a sentence ending inside it (`... berskala besar. Terdapat dua
/// gelombang ...`) is a paragraph cut short, not a headline: a headline is one phrase.
const LONG_TITLE_WORDS: usize = 16;

/// Whether a sentence ends inside `s` and another starts: a full stop, question or exclamation
/// mark after a word of four letters or more, then a space and a capital. Abbreviations (`Dr.`,
/// `Jl.`) are shorter.
pub fn has_inner_sentence_end(s: &str) -> bool {
    sentence_ends_inside(s, false, |word| word.chars().filter(|c| c.is_alphabetic()).count() >= 4)
}

/// Whether a sentence ends inside `s` after a word in lower case, a space after its mark or
/// none (`... yang ke-79.Ucap Agung Widya`): a headline's words are capitalised, so this is a
/// paragraph whose last sentence lost its stop or ends in names, not a headline.
fn ends_a_sentence_inside(s: &str) -> bool {
    sentence_ends_inside(s, true, |word| {
        word.chars().filter(|c| c.is_alphanumeric()).count() >= 3 && !word.contains(char::is_uppercase)
    })
}

/// Whether a full stop, question or exclamation mark inside `s` follows a word `before` accepts
/// and comes before a capital, after a space or, when `glued`, none.
fn sentence_ends_inside(s: &str, glued: bool, before: impl Fn(&str) -> bool) -> bool {
    memchr::memchr3_iter(b'.', b'!', b'?', s.as_bytes()).any(|at| {
        let rest = &s[at + 1..];
        let next = match rest.strip_prefix(' ') {
            Some(next) => next,
            None if glued => rest,
            None => return false,
        };
        next.starts_with(char::is_uppercase) && before(s[..at].rsplit(' ').next().unwrap_or(""))
    })
}

/// The most words a block of furniture holds (a disclaimer, a paywall's notice); a paragraph of
/// prose longer than this is the article's, whatever rule matches it.
pub(crate) const LONGEST_FURNITURE: usize = 150;

/// The fewest words of a menu bar run together; headlines without a function word are shorter.
const MENU_WORDS: usize = 12;

/// A word cut where a comma is glued between two letters (`menjel,angRahman`) or an opening
/// bracket between two words (`di(Pasar`): `punctuation` puts a space after such a comma and
/// takes the one after a bracket out, so the words are counted the same before and after it.
fn split_glued_marks(word: &str) -> impl Iterator<Item = &str> {
    let mut rest = word;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let glued = rest.char_indices().find(|&(i, c)| {
            // The marks are ASCII, so the byte after one starts a character.
            let around = |test: fn(char) -> bool| {
                rest[..i].chars().next_back().is_some_and(test) && rest[i + 1..].chars().next().is_some_and(test)
            };
            match c {
                ',' => around(char::is_alphabetic),
                '(' | '[' => around(char::is_alphanumeric),
                _ => false,
            }
        });
        let (part, next) = match glued {
            Some((i, _)) => (&rest[..i], &rest[i + 1..]),
            None => (rest, ""),
        };
        rest = next;
        Some(part)
    })
}

/// What a byte is to `describe`'s word scan: one table look-up per byte of every block.
const SPACE: u8 = 1;
const CORE: u8 = 2;
const HIGH: u8 = 3;
const OTHER: u8 = 0;
const CLASS: [u8; 256] = byte_classes();

const fn byte_classes() -> [u8; 256] {
    let mut class = [OTHER; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        class[b] = if b >= 0x80 {
            HIGH
        } else if matches!(c, b' ' | b'\t' | b'\n' | b'\x0B' | b'\x0C' | b'\r') {
            // The ASCII bytes `char::is_whitespace` accepts (`u8::is_ascii_whitespace` leaves
            // out \x0B).
            SPACE
        } else if c.is_ascii_alphanumeric() || c == b'-' {
            CORE
        } else {
            OTHER
        };
        b += 1;
    }
    class
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
/// of them (a subheading; furniture such as captions and links, sentences thick with names, and
/// short sentences, which sites that set each sentence apart print by the dozen, and the items
/// of a list the article introduces, do not count);
/// runs of prose elsewhere on the page (a profile box, a disclaimer) are smaller.
fn main_body<'a>(blocks: impl Iterator<Item = (usize, &'a BlockInfo)>) -> Option<usize> {
    let mut best: Option<(usize, usize, usize)> = None;
    let mut current: Option<(usize, usize, usize)> = None;
    let mut gap = 0;
    // The items of a list a line of the article introduces (`berikut daftarnya:`) are the
    // article's too, however short.
    let mut in_list = false;
    for (i, b) in blocks {
        in_list = b.opens_list || (in_list && b.bulleted);
        if b.prose {
            current = match current {
                Some((start, _, words)) if gap <= 1 => Some((start, i, words + b.words)),
                _ => Some((i, i, b.words)),
            };
            gap = 0;
            if current.map(|c| c.2) > best.map(|b| b.2) {
                best = current;
            }
        } else {
            let short_sentence = b.sentence && b.words >= 3 && !b.title_like;
            if !(b.furniture || b.near_prose || short_sentence || in_list) {
                gap += 1;
            }
        }
    }
    best.map(|(first, _, _)| first)
}
