//! Glued words: an out-of-vocabulary token that is two words with the space lost (`haridan` ->
//! `hari dan`), possibly with a typo in one of them (`danaliases` -> `dan aliansi`). Splits are
//! candidates beside the one-word corrections, so a split wins only when it is clearly better.

use super::candidates::{self, typo_cost, Hit};
use super::lexicon::Near;
use super::typo::{evidence, Candidate, Scene};

/// The log10 cost of a lost space, as for one slip of the hand.
const LOST_SPACE: f32 = 1.0;
/// A frequent word is glued to its neighbour far more often than a rare one: only parts this
/// frequent (the commonest function words) may carry a typo in the other part.
const GLUE_WORD_ZIPF: f32 = 5.8;
/// Longer parts make a chance split of a real unknown word less likely.
fn length_bonus(shorter: usize) -> f32 {
    0.4 * shorter.min(6) as f32
}

/// Splits of `lower` into two words, scored like one-word candidates.
pub fn candidates(scene: &Scene, lower: &str) -> Vec<Candidate> {
    let mut out = Vec::new();
    if lower.len() < 5 || !lower.is_ascii() {
        return out;
    }
    for i in 2..=lower.len() - 2 {
        let (left, right) = lower.split_at(i);
        // A clitic is written solid with its word, never apart (`binaannya`, not `binaan nya`).
        if super::affixes::is_bound_clitic(right) {
            continue;
        }
        let shorter = left.len().min(right.len());
        let (zl, zr) = (part_zipf(scene, left), part_zipf(scene, right));
        match (zl, zr) {
            (Some(zl), Some(zr)) => {
                let score = zl + zr - 9.0 - LOST_SPACE + length_bonus(shorter) + pair_evidence(scene, left, right);
                out.push(Candidate { word: format!("{left} {right}"), score, eligible: true });
            }
            (Some(zl), None) if zl >= GLUE_WORD_ZIPF && left.len() >= 3 && right.len() >= 7 => {
                if let Some((fixed, z)) = repaired_part(scene, right) {
                    let score = zl + z - 9.0 - LOST_SPACE + length_bonus(shorter);
                    out.push(Candidate { word: format!("{left} {fixed}"), score, eligible: true });
                }
            }
            (None, Some(zr)) if zr >= GLUE_WORD_ZIPF && right.len() >= 3 && left.len() >= 7 => {
                if let Some((fixed, z)) = repaired_part(scene, left) {
                    let score = z + zr - 9.0 - LOST_SPACE + length_bonus(shorter);
                    out.push(Candidate { word: format!("{fixed} {right}"), score, eligible: true });
                }
            }
            _ => {}
        }
    }
    out
}

/// The frequency of a part that may stand as a word: a listed word of three letters or more, or
/// a two-letter function word (`di`, `ke`).
fn part_zipf(scene: &Scene, part: &str) -> Option<f32> {
    let z = scene.lexicon.zipf(part)?;
    if part.len() >= 3 || z >= GLUE_WORD_ZIPF {
        Some(z)
    } else {
        None
    }
}

fn pair_evidence(scene: &Scene, left: &str, right: &str) -> f32 {
    let mut boost = 0.0;
    if scene.context.has_bigram(left, right) {
        boost += 1.5;
    }
    boost + 0.3 * (evidence(scene, left) + evidence(scene, right)).min(2.0)
}

/// The best correction of a broken part of a glued token, with its score. The part is garbled
/// more than typed (it lost its space too), so a substitution costs no more than an insertion,
/// and the correction keeps the part's length within one letter.
fn repaired_part(scene: &Scene, part: &str) -> Option<(String, f32)> {
    if let Some(found) = prefix_anchored(scene, part) {
        return Some(found);
    }
    let mut hits: Vec<Hit> = Vec::new();
    scene.lexicon.near(part, 2, &mut Near::default(), &mut hits);
    hits.iter()
        .map(|h| scene.lexicon.indonesian_entry(h.index))
        .filter(|(word, _)| word.len().abs_diff(part.len()) <= 1)
        .map(|(word, zipf)| (word.to_string(), zipf - 1.2 * typo_cost(word, part)))
        .max_by(|a, b| a.1.total_cmp(&b.1))
}

/// Garbling that glues words keeps a word's start: among the words that share a long part's first
/// four letters, are as long within one letter and lie within three edits of it, a single one is
/// its repair, even past the two edits a plain typo may have (`aliases` in `danaliases`). Several
/// such words, none far commoner than the rest, leave the part to the ordinary search.
fn prefix_anchored(scene: &Scene, part: &str) -> Option<(String, f32)> {
    /// How much commoner (log10) the best of several prefix-sharing words must be.
    const CLEAR_LEAD: f32 = 0.8;
    /// The cost of a garbled tail: one slip of the cheapest kind.
    const GARBLED_TAIL: f32 = 0.7;
    if part.len() < 7 || !part.is_char_boundary(4) {
        return None;
    }
    let prefix = &part[..4];
    let mut found: Vec<(&str, f32)> = Vec::new();
    // The list is sorted by length and then bytes: the words of one length that start with the
    // prefix are a run, found by binary search.
    for len in part.len() - 1..=part.len() + 1 {
        let (words, zipf, _) = scene.lexicon.indonesian(len..=len);
        let lo = words.partition_point(|w| w.as_bytes() < prefix.as_bytes());
        let hi = lo + words[lo..].partition_point(|w| w.starts_with(prefix));
        found.extend(
            words[lo..hi]
                .iter()
                .zip(&zipf[lo..hi])
                .filter(|(w, _)| **w != part && candidates::within(w, part, 3))
                .map(|(w, z)| (*w, *z)),
        );
    }
    found.sort_by(|a, b| b.1.total_cmp(&a.1));
    let (word, z) = *found.first()?;
    // One word, or one far commoner than the next (a name such as `aliando` beside `aliansi`).
    if found.get(1).is_some_and(|next| z - next.1 < CLEAR_LEAD) {
        return None;
    }
    // The start is the evidence; the garbled rest counts as one slip, however many letters.
    Some((word.to_string(), z - 1.2 * GARBLED_TAIL))
}
