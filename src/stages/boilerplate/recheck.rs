//! Whether a page that later stages changed would be judged differently by boilerplate: a
//! repair or a punctuation fix can turn a paragraph into one a rule removes, make a marker or a
//! dateline whole (`ADVERTISEMEN…T`), or make a paragraph read as prose (or no longer), which
//! moves the zones. Only the paragraphs that changed are looked at, with the cheap signals.

use super::layout::describe;
use super::{copies_title, lifts_caption, reads_as_headline_item, DATELINE_REACH};
use crate::ruleset::{RuleSet, Scope};
use rustc_hash::FxHashSet;

/// Whether boilerplate could judge `text` differently from `judged`, the text it left.
pub fn judges_again(rules: &RuleSet, judged: &str, text: &str) -> bool {
    if judged == text {
        return false;
    }
    let (before, after) = (paragraphs(judged), paragraphs(text));
    let added: Vec<&str> = after.difference(&before).copied().collect();
    let gone: Vec<&str> = before.difference(&after).copied().collect();
    if added.is_empty() && gone.is_empty() {
        return false;
    }
    // Block rules through their set; the few others (markers, credits, datelines) one by one.
    let marker = |p: &str| {
        rules.rules.iter().filter(|r| r.spec.scope != Scope::Block).any(|r| match r.regex.find(p) {
            Some(m) => r.spec.scope != Scope::Lead || m.start() <= DATELINE_REACH,
            None => false,
        })
    };
    if added.iter().any(|p| !rules.matching_block_rules(p).is_empty() || marker(p)) {
        return true;
    }
    // A changed paragraph can become the title another block repeats, alone or with the site's
    // or a section's name (`,Jakarta` loses its comma under `Jakarta (ANTARA) - Jakarta`; a
    // repaired `Gunung arapi` is the title's copy; a parted `Timnas IndonesiaTimnas` leaves the
    // title under its section's name), or repeat one itself.
    let titled = |p: &str| after.iter().any(|&q| q != p && copies_title(q, p));
    if added.iter().any(|p| titled(p)) {
        return true;
    }
    // Zones follow which paragraphs read as prose, as headlines, or as furniture (what a block
    // rule matches, kept where its zone did not allow it); the title is sought among title-like
    // lines, a list after the body is what a sentence introduces (one thick with names, which a
    // function word freed from a stray letter makes near prose, introduces nothing), and a
    // headline of other articles is read from the words a punctuation fix can add (`Juga:ERITA`
    // is one word, `Juga: ERITA` two). The dateline's window passes over slight lines, which a
    // stray script's removal can make of a line.
    // A title-like line's length counts too: a line over the headline is a topic label when
    // the headline is longer by more than two words, which a glued word parted can make it.
    let signals = |ps: &mut dyn Iterator<Item = &str>| {
        let mut s: Vec<Reading> = ps.map(|p| Reading::of(p, rules)).collect();
        s.sort_unstable();
        s
    };
    // A page is a gallery when most of its words stand in captions: a changed paragraph's word
    // count (a glued word split in two) can tip that balance on a page that has captions.
    let words = |ps: &[&str]| ps.iter().map(|p| p.split_whitespace().count()).sum::<usize>();
    let caption = |p: &str| rules.matching_block_rules(p).iter().any(|&k| lifts_caption(&rules.rules[k]));
    if words(&gone) != words(&added) && after.iter().any(|p| caption(p)) {
        return true;
    }
    // A paragraph a later stage emptied is a block fewer: that too moves where the body and
    // the dateline's window stand.
    signals(&mut gone.into_iter()) != signals(&mut added.into_iter())
}

/// What boilerplate reads of one paragraph when it sets the zones and looks for the title and
/// the lists after the body.
#[derive(PartialEq, Eq, PartialOrd, Ord)]
struct Reading {
    prose: bool,
    near_prose: bool,
    running: bool,
    headline: bool,
    furniture: bool,
    title_like: bool,
    sentence: bool,
    opens_list: bool,
    slight: bool,
    headline_item: bool,
    /// A title-like line's length in words; 0 for any other line.
    title_length: usize,
}

impl Reading {
    fn of(p: &str, rules: &RuleSet) -> Self {
        let b = describe(p, 0..p.len(), rules);
        Reading {
            prose: b.prose,
            near_prose: b.near_prose,
            running: b.running,
            headline: b.headline,
            furniture: b.furniture,
            title_like: b.title_like,
            sentence: b.sentence,
            opens_list: b.opens_list,
            slight: b.slight(),
            headline_item: reads_as_headline_item(&b, p),
            title_length: if b.title_like { b.words } else { 0 },
        }
    }
}

fn paragraphs(text: &str) -> FxHashSet<&str> {
    text.split('\n').map(str::trim).filter(|p| !p.is_empty()).collect()
}
