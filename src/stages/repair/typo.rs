//! Ranking corrections for one out-of-vocabulary word: single words within a small distance, and
//! splits into two words (see `split`). Every candidate gets a score in log10 units, from its
//! frequency, how plausible the slip is, and what the document says; the word as written competes
//! too (`KEEP`), so a candidate only wins when it is clearly likelier than a word we do not know.

use super::candidates::{self, typo_cost, Hit};
use super::context::Context;
use super::lexicon::{Lexicon, Near};
use super::split;

/// The score of leaving an unknown word as it is: what a rare word of its own would score.
pub const KEEP: f32 = 0.5;
/// Extra reason to leave a capitalised word alone: most unknown capitalised words are names.
const KEEP_CAPITALISED: f32 = 1.0;

/// What a correction is judged against.
pub struct Scene<'a, 'd> {
    pub lexicon: &'a Lexicon,
    pub context: &'a Context<'d>,
    /// The neighbouring words in the sentence, lower case.
    pub prev: Option<&'a str>,
    pub next: Option<&'a str>,
    /// The word is capitalised and stands beside a capitalised word of its clause (`Gili Sunut`,
    /// `Topan Obaja Putra`): part of a name, corrected only to what the document itself says.
    pub inside_name: bool,
    /// Whether the word before and the word after it in its clause are capitalised.
    pub name_before: bool,
    pub name_after: bool,
}

/// One candidate: the lower-case correction (two words when it is a split) and its score.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    pub word: String,
    pub score: f32,
    /// Whether the slip is plausible enough for this candidate to be made; an ineligible
    /// candidate still competes, so that a word with a likelier but implausible correction
    /// (`medio`: `media`) is left alone.
    pub eligible: bool,
}

/// The outcome of ranking: the best correction, how sure, and the runner-up.
#[derive(Debug, Clone, PartialEq)]
pub struct Verdict {
    pub word: String,
    pub confidence: f32,
    pub runner_up: String,
}

/// How a word is written, which decides where corrections may come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    Lower,
    /// Capitalised at the start of a sentence, where the capital says nothing.
    SentenceCapital,
    /// Capitalised inside a sentence: a name, or part of one.
    Capital,
}

/// The log10 penalty for one unit of typo cost. Long words have few neighbours, so an edit in
/// them is stronger evidence of a slip than one in a short word.
fn edit_penalty(len: usize) -> f32 {
    (3.0 - 0.15 * len as f32).clamp(1.2, 2.4)
}

/// The largest distance searched: one edit in short words, two from six letters on.
pub fn max_distance(len: usize) -> u8 {
    if len >= 6 {
        2
    } else {
        1
    }
}

/// The largest typo cost a candidate the document does not use may have: one cheap slip in
/// short words (`dqari`), one slip or a lost syllable in middling ones (`fenoma`), two slips in
/// long ones. A word that may be an affixed form (`plausible`) gets only the cheapest slips
/// (a doubled letter dropped, two letters swapped).
fn max_cost(len: usize, plausible: bool) -> f32 {
    if plausible {
        0.7
    } else if len <= 5 {
        0.8
    } else if len <= 8 {
        1.3
    } else {
        2.4
    }
}

/// How frequent a word is (zipf) that nearly every document uses (`sangat`, `dengan`): that the
/// document uses it too says nothing of a slip towards it (`pohon sandat`, a tree, is no
/// `sangat`).
const EVERYWHERE_ZIPF: f32 = 6.0;

/// The largest typo cost for a candidate the document itself uses.
fn max_cost_in_document(len: usize) -> f32 {
    if len <= 5 {
        1.0
    } else if len <= 8 {
        1.5
    } else {
        2.5
    }
}

/// True when `typo` is `intended` with one letter of a double letter dropped.
fn restores_double(intended: &str, typo: &str) -> bool {
    let a: Vec<char> = intended.chars().collect();
    a.len() == typo.chars().count() + 1
        && (1..a.len()).any(|i| a[i] == a[i - 1] && a[..i].iter().chain(&a[i + 1..]).copied().eq(typo.chars()))
}

/// Candidates for `lower`, best first. `plausible`: the word may be an affixed form.
pub fn rank(scene: &Scene, lower: &str, shape: Shape, plausible: bool) -> Vec<Candidate> {
    let len = lower.chars().count();
    let max = max_distance(len);
    // Each candidate with its frequency and its distance from the word, as the search measured it.
    let mut found: Vec<(String, f32, u8)> = Vec::new();
    let mut hits: Vec<Hit> = Vec::new();
    let lex = scene.lexicon;
    // A capitalised word becomes only a name or a word of the document: the big list is for
    // lower-case words.
    if shape == Shape::Lower {
        lex.near(lower, max, &mut Near::default(), &mut hits);
        found.extend(hits.drain(..).map(|h| {
            let (word, zipf) = lex.indonesian_entry(h.index);
            (word.to_string(), zipf, h.distance)
        }));
    }
    lex.extra.near(lower, max, &mut hits);
    found.extend(hits.drain(..).map(|h| (lex.extra.words[h.index].clone(), lex.extra.zipf[h.index], h.distance)));
    let ctx = scene.context;
    let repeated = ctx.repeated();
    let entries = repeated.ids.iter().zip(&repeated.masks).enumerate().map(|(i, (&id, &m))| (i, ctx.word(id), m));
    candidates::measure(entries, lower, max, &mut hits);
    // The few hits sorted, rather than the document's words: candidates come in the order of
    // their spelling, which decides between equal scores.
    let word_of = |h: &Hit| ctx.word(repeated.ids[h.index]);
    hits.sort_unstable_by(|a, b| word_of(a).cmp(word_of(b)));
    for h in hits.drain(..) {
        let word = word_of(&h);
        if !found.iter().any(|(w, ..)| w == word) {
            found.push((word.to_string(), lex.zipf(word).unwrap_or(2.5), h.distance));
        }
    }
    let penalty = edit_penalty(len);
    let mut out: Vec<Candidate> = Vec::new();
    let mut distances: Vec<u8> = Vec::new();
    for (word, zipf, distance) in found {
        if word == lower || out.iter().any(|c| c.word == word) {
            continue;
        }
        // What the document says of the candidate, asked once: every test below reads it.
        let count = ctx.count_of(&word);
        let in_document = count > 0;
        let is_paired = paired(scene, &word);
        // A capitalised word is a name, or a sentence's first word that may be one: it becomes
        // only a name, or a word the document uses. The capital of a sentence's first word was
        // typed on purpose: a slip is after it.
        let name_like = match shape {
            Shape::Lower => true,
            Shape::SentenceCapital => {
                (acceptable_name(scene, &word, count) || in_document) && word.chars().next() == lower.chars().next()
            }
            // A name keeps its first letter: `Kasatpol` is not a slip of `Satpol`.
            // A name with letters after it is often another word made from it (`Papuan`,
            // `Indonesiana`): only a pair the document or a listed name has with a name beside
            // it (`Yaqut Cholils`) makes it a slip; `the Papua` says nothing of `the Papuan`.
            // Only the document's capitalised uses of a word are evidence for a name.
            Shape::Capital => {
                let named = ctx.capitalised_count_of(&word);
                acceptable_name(scene, &word, named)
                    && word.chars().next() == lower.chars().next()
                    && (!scene.inside_name || named > 0 || is_paired)
                    && (!lower.starts_with(word.as_str()) || paired_with_a_name(scene, &word))
            }
        };
        let cost = typo_cost(&word, lower);
        let limit = if plausible {
            max_cost(len, true)
        } else if in_document && is_paired {
            // `Korearn Utara` in an article about `Korea Utara`.
            max_cost_in_document(usize::MAX)
        } else if in_document && zipf < EVERYWHERE_ZIPF {
            max_cost_in_document(len)
        } else {
            max_cost(len, false)
        };
        // Four-letter words have too many neighbours: only the document's own words fix them.
        // A word that parses as an affixed form of a known stem (`menggenang`, `memulung`,
        // `pebulutangkis`) is most likely a real word the lexicon lacks: only a word of the
        // document itself may replace it, or the same word with a doubled letter restored
        // (`pembahasanya`: `-an` + `-nya` is spelt `-annya`).
        let affix_safe = !plausible || in_document || restores_double(&word, lower);
        let eligible = name_like && cost <= limit && (len > 4 || in_document) && affix_safe;
        let score = zipf - penalty * cost + boost(count, is_paired);
        out.push(Candidate { word, score, eligible });
        distances.push(distance);
    }
    // Slips are rare, two in one word rarer still: where one slip makes a word that may be meant
    // (`mengagalkan`: `menggagalkan`), a word two slips away needs more than frequency to win
    // (`mengatakan`).
    if out.iter().zip(&distances).any(|(c, &d)| c.eligible && d <= 1) {
        for (c, _) in out.iter_mut().zip(&distances).filter(|(_, &d)| d > 1) {
            c.score -= SECOND_SLIP;
        }
    }
    if shape == Shape::Lower && !plausible {
        out.extend(split::candidates(scene, lower));
    }
    out.sort_by(|a, b| b.score.total_cmp(&a.score));
    out
}

/// The log10 odds against a second slip in a word, beyond what the two slips cost, when one slip
/// explains the word as well. It must outweigh the document's own use of the commoner word: news
/// articles say `mengatakan` many times, which is no evidence that `mengagalkan` meant it.
const SECOND_SLIP: f32 = 2.0;

/// What the document says for a candidate: it occurs, or it makes a pair with a neighbour that
/// occurs in the document or in a multiword name.
pub fn evidence(scene: &Scene, word: &str) -> f32 {
    boost(scene.context.count_of(word), paired(scene, word))
}

/// `evidence` from what the document says: how often the word occurs, and whether it pairs.
fn boost(count: u32, paired: bool) -> f32 {
    let mut boost = if count > 0 { 1.0 + 1.5 * (count as f32).log10() } else { 0.0 };
    if paired {
        boost += 1.5;
    }
    boost
}

/// True when the candidate and a neighbour make a pair the document or a multiword name has.
/// A function word stands beside nearly every word (`yang dilakukan`), so a pair with one says
/// nothing of a slip: `royang dilakukan` in a text that has `yang dilakukan` is not `yang`.
fn paired(scene: &Scene, word: &str) -> bool {
    if scene.lexicon.is_function_word(word) {
        return false;
    }
    let pair = |a: &str, b: &str| scene.context.has_bigram(a, b) || scene.lexicon.is_name_pair(a, b);
    scene.prev.is_some_and(|p| pair(p, word)) || scene.next.is_some_and(|n| pair(word, n))
}

/// True when the candidate makes a pair the document or a multiword name has with a
/// capitalised neighbour (`Yaqut Cholil`): a name beside a name.
fn paired_with_a_name(scene: &Scene, word: &str) -> bool {
    let pair = |a: &str, b: &str| scene.context.has_bigram(a, b) || scene.lexicon.is_name_pair(a, b);
    (scene.name_before && scene.prev.is_some_and(|p| pair(p, word)))
        || (scene.name_after && scene.next.is_some_and(|n| pair(word, n)))
}

/// A capitalised word inside a sentence is a name or part of one: it is corrected only to a
/// listed name, or to a name the document repeats (three times, or twice and known), so that a
/// name spelled two ways in one article (`Komarudin`, `Komaruddin`) stays as written.
/// `count`: how often the document has the word.
fn acceptable_name(scene: &Scene, word: &str, count: u32) -> bool {
    scene.lexicon.name(word).is_some() || count >= 3 || (count >= 2 && scene.lexicon.contains(word))
}

/// The best candidate and how sure it is, against the others and against keeping the word.
pub fn verdict(candidates: &[Candidate], shape: Shape) -> Option<Verdict> {
    let best = candidates.first()?;
    if !best.eligible {
        return None;
    }
    let keep = KEEP + if shape == Shape::Lower { 0.0 } else { KEEP_CAPITALISED };
    let total: f32 =
        candidates.iter().map(|c| 10f32.powf(c.score - best.score)).sum::<f32>() + 10f32.powf(keep - best.score);
    let confidence = 1.0 / total;
    let runner_up = match candidates.get(1) {
        Some(c) if c.score > keep => format!("{} ({:.2})", c.word, 10f32.powf(c.score - best.score) / total),
        _ => format!("(as written) ({:.2})", 10f32.powf(keep - best.score) / total),
    };
    Some(Verdict { word: best.word.clone(), confidence, runner_up })
}
