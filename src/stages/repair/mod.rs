//! The `repair` stage: typos, glued words, stray scripts, reduplications and capital slips, fixed
//! only where the fix is clearly right (issue 3). A wrong correction is worse than a missed one,
//! so a word is repaired only when it is out of vocabulary, not protected, and one candidate
//! clearly wins, in a paragraph written in the lexicon's language (`language`); every repair
//! carries its confidence and the runner-up in the edit log.
//!
//! The stage runs two passes: mixed scripts first (so that the words are Latin when they are
//! counted), then one pass over the words with the document's own vocabulary as context.

mod affixes;
mod boundary;
mod camel;
mod candidates;
mod context;
mod deletes;
mod hunspell;
mod language;
mod lexicon;
mod probe;
mod redup;
mod script;
mod shift;
mod split;
mod symdel;
mod table;
mod tokens;
mod typo;
mod vocab;

pub use candidates::{distance, keyboard_neighbours, neighbours_of};
#[doc(hidden)]
pub use probe::IndonesianNear;

use crate::catalog::BuiltinRule;
use crate::config::Config;
use crate::document::{Change, Changes, Document};
use crate::error::Result;
use crate::stages::Stage;
use context::{lower_into, Context, FxBuild};
use lexicon::Lexicon;
use script::Confusables;
use std::borrow::Cow;
use std::collections::HashSet;
use std::ops::Range;
use tokens::Token;
use typo::{Scene, Shape};

pub const RULES: &[BuiltinRule] = &[
    BuiltinRule {
        code: "R001",
        name: "typo",
        why: "An out-of-vocabulary word one or two slips away from one clearly likelier word, by frequency, the kind of slip and the document's own words.",
        example: Some(("Dilansir dqari KCNA", "Dilansir dari KCNA")),
    },
    BuiltinRule {
        code: "R002",
        name: "glued-words",
        why: "An out-of-vocabulary token that is two words with the space lost, possibly with a typo in one.",
        example: Some(("malam haridan pagi", "malam hari dan pagi")),
    },
    BuiltinRule {
        code: "R003",
        name: "stray-script",
        why: "Letters of another script inside a Latin word are residue; a token of another script with one stray Latin letter goes whole.",
        example: Some(("Tentang Tุมภาพันธ์ Korea", "Tentang Korea")),
    },
    BuiltinRule {
        code: "R004",
        name: "confusable-letter",
        why: "A Cyrillic or Greek letter that looks like a Latin one, inside a Latin word, is the Latin letter (Unicode confusables).",
        example: Some(("Mоskwa (Cyrillic о)", "Moskwa")),
    },
    BuiltinRule {
        code: "R005",
        name: "reduplication",
        why: "A reduplicated word whose second half has a dropped, added or swapped letter repeats the first half.",
        example: Some(("inovasi-invasi", "inovasi-inovasi")),
    },
    BuiltinRule {
        code: "R006",
        name: "capital-slip",
        why: "A known word with a second capital from a shift key held too long.",
        example: Some(("TIdak harus", "Tidak harus")),
    },
    BuiltinRule {
        code: "R008",
        name: "glued-at-case",
        why: "Two words joined at a change of case where a link's spaces were lost, when the document writes each part as a word of its own elsewhere (or the part is a common word in lower case), and the joined form only once.",
        example: Some(("TNI siaga. TNImasih berjaga.", "TNI siaga. TNI masih berjaga.")),
    },
    BuiltinRule {
        code: "R009",
        name: "space-one-letter-off",
        why: "Two unknown words side by side that one letter moved across the space between them makes two known words: the space was typed one letter off.",
        example: Some(("sambil melakukan pemeliharaa ndan perbaikan", "sambil melakukan pemeliharaan dan perbaikan")),
    },
    BuiltinRule {
        code: "R007",
        name: "pdf-ti-ligature",
        why: "PDF extraction writes the `ti` ligature of some fonts as `Ɵ`; inside a Latin word, beside a lower-case letter, it is `ti`.",
        example: Some(("KPPS KeƟga", "KPPS Ketiga")),
    },
];

/// The Zipf frequency from which a capitalised part of a joined token may be taken for a word
/// of the language without the document writing it apart (`Lebih`, `Namun`).
const COMMON_ZIPF: f32 = 4.5;

/// The frequency a word known only as an affixed form of a listed one is taken to have.
const AFFIXED_ZIPF: f32 = 3.0;

/// Words shorter than this are never corrected: short words have too many neighbours.
const MIN_LEN: usize = 4;

/// Longer tokens are not words (the longest affixed forms, `mempertanggungjawabkannya`, and two
/// of them glued stay well under it) and are left alone: splitting one tries every cut, and each
/// try reads the whole token, so time would grow with its square.
const MAX_LEN: usize = 64;

pub struct Repair {
    lexicon: Lexicon,
    /// A hunspell dictionary found at run time: the words it accepts are never repaired.
    hunspell: hunspell::Acceptor,
    confusables: Confusables,
    threshold: f32,
}

impl Repair {
    /// Loads the embedded lexicon and the user's word lists (`config.lexicon_files`).
    pub fn new(config: &Config, threshold: f32) -> Result<Self> {
        Ok(Repair {
            lexicon: Lexicon::load(&config.lexicon_files)?,
            hunspell: hunspell::Acceptor::new(&config.hunspell)?,
            confusables: Confusables::load(),
            threshold,
        })
    }

    /// True when a lower-case word is a word: listed, or an affixed form of a listed word.
    fn known(&self, lower: &str) -> bool {
        self.lexicon.contains(lower) || affixes::accepts(lower, &|w| self.lexicon.is_stem(w))
    }

    /// The listed word that `lower` is when written as said informally, without the schwa after
    /// its first consonant (`trampil` for `terampil`, `kluarga` for `keluarga`).
    fn without_schwa(&self, lower: &str) -> Option<String> {
        let consonant = |b: &u8| b.is_ascii_alphabetic() && !b"aeiou".contains(b);
        let b = lower.as_bytes();
        // A letter doubled (`mmenyebarkan`) is a slip, and only a listed word is restored: an
        // affixed reading of the longer form (`me-` + `menyebarkan`) would pass a typo.
        if b.len() < 3 || !consonant(&b[0]) || !consonant(&b[1]) || b[0] == b[1] {
            return None;
        }
        let full = format!("{}e{}", &lower[..1], &lower[1..]);
        self.lexicon.contains(&full).then_some(full)
    }

    /// The change for one word of the text, if it needs one.
    fn repair(&self, text: &str, toks: &[Token], i: usize, ctx: &Context, buf: &mut String) -> Option<Change> {
        let t = &toks[i];
        // Most words of a text occur twice or more, and a repeated word is protected whatever
        // else holds (but for a capital slip, which `repair_word` looks for): decided first.
        if ctx.count_of_token(i) >= 2 && !matches!(case_shape(t.word, t.ascii), Case::Other) {
            return None;
        }
        // A plain chunk is prose, and has no hyphen.
        if t.short_quote || (!t.plain && !prose(t)) {
            return None;
        }
        if !t.plain && t.word.bytes().any(|b| b == b'-') {
            return self.repair_hyphenated(text, toks, i, ctx);
        }
        self.repair_word(text, toks, i, t.range.clone(), t.word, t.sentence_start, ctx, buf)
    }

    fn repair_hyphenated(&self, text: &str, toks: &[Token], i: usize, ctx: &Context) -> Option<Change> {
        let t = &toks[i];
        if ctx.count_of_token(i) >= 2 {
            return None;
        }
        let mut buf = String::new();
        let known = |w: &str| self.known(w);
        // Not asking hunspell here: it accepts a hyphenated word when each part is a word, and
        // a reduplication's slip is often a word of its own (`inovasi-invasi`).
        if let Some(fixed) = redup::fix(t.word, &known) {
            return Some(change(t.range.clone(), fixed, "R005", 0.95, Some(t.word.to_string())));
        }
        if redup::repeats_root(t.word) {
            return None;
        }
        // Each part of a compound (`Kout-Rusia`) is a word of its own; the first part needing a
        // repair gets it.
        let mut at = t.range.start;
        for part in text[t.range.clone()].split('-') {
            let range = at..at + part.len();
            at = range.end + 1;
            let start = t.sentence_start && range.start == t.range.start;
            if let Some(c) = self.repair_word(text, toks, i, range, part, start, ctx, &mut buf) {
                return Some(c);
            }
        }
        None
    }

    #[allow(clippy::too_many_arguments)]
    fn repair_word(
        &self,
        text: &str,
        toks: &[Token],
        i: usize,
        range: std::ops::Range<usize>,
        word: &str,
        sentence_start: bool,
        ctx: &Context,
        buf: &mut String,
    ) -> Option<Change> {
        // Repair fixes ASCII words only, and most words of a text are known: this path decides
        // those with one table lookup and no copy.
        if word.len() < MIN_LEN || word.len() > MAX_LEN || !word.bytes().all(|b| b.is_ascii_alphabetic()) {
            return None;
        }
        // A word drawn out at its end (`sekaliiii`, `yaaaa`) is written so on purpose: it is
        // neither a slip nor two words, and how long it is drawn out is the writer's choice.
        if elongated(word) {
            return None;
        }
        let case = case_shape(word, true);
        let whole_token = range == toks[i].range;
        // A whole token's lower case is in the document's vocabulary already.
        let lower = match case {
            Case::Lower | Case::Other => word,
            Case::Title if whole_token => ctx.token_word(i),
            Case::Title => {
                lower_into(word, buf);
                buf.as_str()
            }
        };
        if !matches!(case, Case::Other) {
            let count = if whole_token { ctx.count_of_token(i) } else { ctx.count_of(lower) };
            if count >= 2 {
                return None;
            }
        }
        let shape = match case {
            Case::Lower => Shape::Lower,
            Case::Title if sentence_start => Shape::SentenceCapital,
            Case::Title => Shape::Capital,
            Case::Other => {
                let known = |w: &str| self.lexicon.contains(w);
                // A capital inside a word is a slip of the shift key, or where two words met.
                return match shift::fix(word, &known).filter(|_| !self.hunspell.accepts(word)) {
                    Some(fixed) => Some(change(range, fixed, "R006", 0.95, None)),
                    None if whole_token => self.split_at_case(text, toks, i, ctx),
                    None => None,
                };
            }
        };
        if self.known(lower) || self.lexicon.is_english(lower) {
            return None;
        }
        if whole_token && shape != Shape::Lower {
            if let Some(at) = name_before_link_word(lower, ctx, &self.lexicon.link_words) {
                let fixed = format!("{} {}", &word[..at], &word[at..]);
                return Some(change(range, fixed, "R002", 0.9, None));
            }
        }
        let neighbour = |j: Option<usize>| {
            let j = j?;
            // An ASCII word's lower case is the vocabulary's; another keeps `to_lowercase`'s
            // (a final sigma).
            Some(if toks[j].ascii { Cow::Borrowed(ctx.token_word(j)) } else { Cow::Owned(toks[j].word.to_lowercase()) })
        };
        // A neighbour across a sentence or clause break is no context.
        let prev = if sentence_start || i == 0 || toks[i - 1].chunk.ends_with([',', ';', ':', ')']) {
            None
        } else {
            neighbour(Some(i - 1))
        };
        let next = if toks[i].chunk.ends_with(['.', ',', ';', ':', '!', '?', ')']) {
            None
        } else {
            neighbour(Some(i + 1).filter(|&j| j < toks.len()))
        };
        // A capitalised word beside another in one clause (`Topan Obaja Putra`, `Ibu Kajari
        // Kendal`, the island `Gili Sunut`) is part of a name or a title: another name one slip
        // away (`Sumut`) says little of it.
        let name_at = |j: usize, neighbour: &Option<Cow<str>>| neighbour.is_some() && capitalised(toks[j].word);
        let (name_before, name_after) = (i > 0 && name_at(i - 1, &prev), name_at(i + 1, &next));
        let inside_name = shape == Shape::Capital && (name_before || name_after);
        let scene = Scene {
            lexicon: &self.lexicon,
            context: ctx,
            prev: prev.as_deref(),
            next: next.as_deref(),
            inside_name,
            name_before,
            name_after,
        };
        let plausible = affixes::plausible(lower, &|w| self.lexicon.is_stem(w));
        let ranked = typo::rank(&scene, lower, shape, plausible);
        let verdict = typo::verdict(&ranked, shape)?;
        if verdict.confidence < self.threshold || self.hunspell.accepts(word) || affixes::adds_to(lower, &verdict.word)
        {
            return None;
        }
        // A word written without the schwa after its first consonant (`trampil`) is the word
        // with it (`terampil`), whatever other word a slip away is likelier.
        if self.without_schwa(lower).is_some_and(|full| full != verdict.word) {
            return None;
        }
        if let Some(at) = self.glued_function_word(lower, &verdict.word) {
            // `Semerudi Kabupaten`: the fix would drop a whole word that was glued on, not a
            // slip; the word is kept and given its space back.
            let fixed = format!("{} {}", &word[..at], &word[at..]);
            return Some(change(range, fixed, "R002", verdict.confidence, Some(verdict.runner_up)));
        }
        let rule = if verdict.word.contains(' ') { "R002" } else { "R001" };
        let fixed = if shape == Shape::Lower { verdict.word.clone() } else { capitalise(&verdict.word, &self.lexicon) };
        Some(change(range, fixed, rule, verdict.confidence, Some(verdict.runner_up)))
    }
}

impl Repair {
    /// Where to split `word` when `fix` is `word` without a function word glued to its end
    /// or start (`semerudi` for `semeru`, `disemeru`): the byte offset of the glue.
    fn glued_function_word(&self, word: &str, fix: &str) -> Option<usize> {
        let function = |w: &str| w.len() >= 2 && self.lexicon.is_function_word(w);
        if word.strip_prefix(fix).is_some_and(function) {
            Some(fix.len())
        } else if word.strip_suffix(fix).is_some_and(function) {
            Some(word.len() - fix.len())
        } else {
            None
        }
    }

    /// The repairs of the words of `text`, with the document's own vocabulary as context.
    fn word_changes(&self, text: &str, toks: &[Token]) -> Changes {
        let ctx = Context::of(toks);
        let mut changes = Changes::new();
        let mut buf = String::new();
        // A page that stops on a word with no mark after it was cut off there (an excerpt, a
        // scrape cut short): its last word may be part of one (`berde`), not a slip.
        let cut_off = toks.len().checked_sub(1).filter(|&last| toks[last].range.end == text.trim_end().len());
        let mut found = Vec::new();
        let mut i = 0;
        while i < toks.len() {
            if Some(i) == cut_off {
                i += 1;
                continue;
            }
            if let Some(c) = self.repair(text, toks, i, &ctx, &mut buf) {
                // A word that needs mending may have lost a letter to the next word (see
                // `boundary`): moving it back mends both, where mending this one alone leaves
                // the next broken.
                if let Some(both) = self.shifted_space(text, toks, i, &ctx).filter(|_| Some(i + 1) != cut_off) {
                    found.push(both);
                    i += 2;
                    continue;
                }
                found.push(c);
            }
            i += 1;
        }
        // Most documents need no repair; those that do are asked whether their words are the
        // lexicon's language at all (see `language`). A word's spelling is mended by the lists
        // of one language; a capital slip or a case change between two words is breakage in any.
        if !found.is_empty() {
            let foreign = self.foreign_paragraphs(text, toks, &ctx, &found);
            let by_spelling = |c: &Change| !matches!(c.rule.as_str(), "R006" | "R008");
            found.retain(|c| !(by_spelling(c) && foreign.iter().any(|p| p.contains(&c.range.start))));
        }
        for c in found {
            changes.push(c);
        }
        changes
    }

    /// Tokens `i` and `i + 1` with the space between them typed one letter off (see
    /// `boundary`): both unknown words in small letters, one space apart, each once in the
    /// document.
    fn shifted_space(&self, text: &str, toks: &[Token], i: usize, ctx: &Context) -> Option<Change> {
        let (a, b) = (&toks[i], toks.get(i + 1)?);
        if !a.plain || ctx.count_of_token(i) != 1 || ctx.count_of_token(i + 1) != 1 {
            return None;
        }
        let small = |t: &Token| t.ascii && t.word.bytes().all(|c| c.is_ascii_lowercase());
        if !small(a) || !small(b) || b.short_quote || &text[a.range.end..b.range.start] != " " {
            return None;
        }
        let unknown = |w: &str| !self.known(w) && !self.lexicon.is_english(w) && !self.hunspell.accepts(w);
        if !unknown(a.word) || !unknown(b.word) {
            return None;
        }
        // A word known only as an affixed form has no frequency of its own: an ordinary one.
        let zipf = |w: &str| self.known(w).then(|| self.lexicon.zipf(w).unwrap_or(AFFIXED_ZIPF));
        let (x, y) = boundary::fix(a.word, b.word, &zipf)?;
        Some(change(a.range.start..b.range.end, format!("{x} {y}"), "R009", 0.95, None))
    }

    /// The paragraphs of `text` not written in the lexicon's language, given the repairs found:
    /// a word they mend counts for neither side.
    fn foreign_paragraphs(&self, text: &str, toks: &[Token], ctx: &Context, found: &[Change]) -> Vec<Range<usize>> {
        let mended: HashSet<usize, FxBuild> = found.iter().map(|c| c.range.start).collect();
        // Each distinct word is looked up once, by its id in the document's vocabulary.
        let ids = &ctx.token_ids;
        let mut seen: Vec<Option<language::Word>> = vec![None; ids.iter().max().map_or(0, |&m| m as usize + 1)];
        language::foreign_paragraphs(text, toks, |i| {
            let t = &toks[i];
            if !t.ascii && prose(t) && language::is_accented(t.word) {
                return language::Word::Accented;
            }
            let small = t.ascii && t.word.len() >= 3 && t.word.bytes().all(|b| b.is_ascii_lowercase());
            if !small || !prose(t) {
                return language::Word::Neither;
            }
            // A word repair would mend counts for neither side, unless it is Malay's own
            // (`kesihatan`): that is the language, whatever repair makes of it.
            let mended = mended.contains(&t.range.start);
            let seen = &mut seen[ids[i] as usize];
            let first = seen.is_none();
            let word = *seen.get_or_insert_with(|| {
                if self.lexicon.is_malay(t.word) {
                    language::Word::Malay { first: true }
                } else if self.known(t.word) {
                    language::Word::Known
                } else if self.lexicon.is_english(t.word) {
                    language::Word::Neither
                } else {
                    language::Word::Unknown
                }
            });
            match word {
                language::Word::Malay { .. } => language::Word::Malay { first },
                _ if mended => language::Word::Neither,
                _ => word,
            }
        })
    }

    /// Two words joined at a change of case (`ProjectFerry`, a token of mixed case), or three
    /// (`anggotaDPRDdikaji`), parted when the document vouches for each part (see `camel`).
    fn split_at_case(&self, text: &str, toks: &[Token], i: usize, ctx: &Context) -> Option<Change> {
        let t = &toks[i];
        // The word, not its chunk: a glued pair may stand before a comma (`dariAntara,`).
        if !t.word.bytes().all(|b| b.is_ascii_alphabetic()) || ctx.count_of_token(i) > 1 {
            return None;
        }
        let cuts = camel::cuts(t.word);
        if cuts.is_empty() {
            return None;
        }
        let lower = ctx.token_word(i);
        if self.lexicon.name(lower).is_some() || self.known(lower) || self.hunspell.accepts(t.word) {
            return None;
        }
        let seen = |part: &str| camel::occurrences(text, part, t.range.clone()) > 0;
        // A part in small letters may be any word the lists know; a capitalised one a common
        // Indonesian word (`Lebih`), not an English one a brand is made of (`Food`).
        let common = |part: &str| {
            let lower = part.to_ascii_lowercase();
            if part.bytes().all(|c| c.is_ascii_lowercase()) {
                self.known(&lower)
            } else {
                self.lexicon.zipf(&lower).is_some_and(|z| z >= COMMON_ZIPF) && !self.lexicon.is_english(&lower)
            }
        };
        let vouched = |parts: &[&str]| parts.iter().all(|p| seen(p) || common(p)) && parts.iter().any(|p| seen(p));
        let mut readings = camel::readings(t.word, &cuts).into_iter().filter(|parts| vouched(parts));
        let parts = readings.next()?;
        // Two readings vouched for: the document does not say which.
        if readings.next().is_some() {
            return None;
        }
        Some(change(t.range.clone(), parts.join(" "), "R008", 0.9, None))
    }
}

/// Where a capitalised token is a name and a link word glued after it (`Inggris|itu`, where a
/// link or italics around the name lost their space; see `link_words.txt`): the name stands
/// capitalised elsewhere in the document on its own, and is three letters or more.
fn name_before_link_word(lower: &str, ctx: &Context, links: &[&str]) -> Option<usize> {
    links.iter().find_map(|link| {
        let name = lower.strip_suffix(link)?;
        (name.len() >= 3 && ctx.capitalised_count_of(name) >= 1).then_some(name.len())
    })
}

/// Whether a token is prose that repair may touch. Not prose: URLs, e-mail addresses, hashtags,
/// mentions, domains and anything with digits (typos' tokens.rs skips the same for the same
/// reason: a fix there is never a spelling fix).
fn prose(t: &Token) -> bool {
    // Byte tests: the marks are ASCII, which UTF-8 never uses inside another character, and a
    // word is shorter than any searcher's set-up.
    !t.chunk.bytes().any(|b| matches!(b, b'@' | b'#' | b'/' | b'\\' | b'_' | b'=' | b'&'))
        && !t.chunk.as_bytes().windows(4).any(|w| w == b"www.")
        && if t.ascii {
            t.word.bytes().all(|b| b.is_ascii_alphabetic() || b == b'-')
        } else {
            t.word.chars().all(|c| c.is_alphabetic() || c == '-')
        }
        && !t.word.starts_with('-')
}

enum Case {
    Lower,
    Title,
    /// All capitals, inner capitals, or a capital slip.
    Other,
}

/// How a word is capitalised; `ascii` when the word is known to be ASCII.
#[inline]
fn case_shape(word: &str, ascii: bool) -> Case {
    if ascii {
        let bytes = word.as_bytes();
        let first = bytes.first().is_some_and(u8::is_ascii_uppercase);
        let rest_lower = bytes.iter().skip(1).all(u8::is_ascii_lowercase);
        return match (first, rest_lower) {
            (false, true) => Case::Lower,
            (true, true) => Case::Title,
            _ => Case::Other,
        };
    }
    // The same on characters (an ASCII word comes out as above).
    let mut chars = word.chars();
    let first = chars.next().is_some_and(char::is_uppercase);
    let rest_lower = chars.all(char::is_lowercase);
    match (first, rest_lower) {
        (false, true) => Case::Lower,
        (true, true) => Case::Title,
        _ => Case::Other,
    }
}

/// Whether a word ends in one letter three times or more, as speech drawn out is written.
fn elongated(word: &str) -> bool {
    let b = word.as_bytes();
    b.len() >= 3 && b[b.len() - 3..].iter().all(|&c| c.eq_ignore_ascii_case(&b[b.len() - 1]))
}

/// Whether a word starts with a capital letter.
fn capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// A correction in the capitalised form of the word it replaces, or the listed spelling of a
/// name (`korut` -> `Korut`).
fn capitalise(lower: &str, lexicon: &Lexicon) -> String {
    if let Some(name) = lexicon.name(lower) {
        if name.chars().next().is_some_and(char::is_uppercase) {
            return name.to_string();
        }
    }
    let mut chars = lower.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn change(
    range: std::ops::Range<usize>,
    with: String,
    rule: &str,
    confidence: f32,
    runner_up: Option<String>,
) -> Change {
    Change { range, with, rule: rule.to_string(), confidence, runner_up }
}

impl Stage for Repair {
    fn name(&self) -> &'static str {
        "repair"
    }

    fn apply(&self, doc: &mut Document) {
        // A repair changes the document's own words, which are the context of the next: a word
        // split out of a glued pair can make a neighbour a typo of it, and a compound is mended
        // one half at a time. So the stage runs again on what it made until it makes nothing
        // more, as cleaning the output again would; the few documents with repairs pay for it.
        for _ in 0..ROUNDS {
            if !self.repair_once(doc) {
                break;
            }
        }
    }

    fn builtin_rules(&self) -> &'static [BuiltinRule] {
        RULES
    }
}

/// How many times at most the stage runs over one document.
const ROUNDS: usize = 3;

impl Repair {
    /// One pass over the document: stray scripts, then words. Whether it changed anything.
    fn repair_once(&self, doc: &mut Document) -> bool {
        let toks = tokens::tokens(doc.text());
        let scripts = script::changes(doc.text(), &toks, &self.confusables);
        if scripts.is_empty() {
            // The usual case: the text is as it was tokenised.
            let changes = self.word_changes(doc.text(), &toks);
            let changed = !changes.is_empty();
            doc.apply("repair", changes);
            return changed;
        }
        doc.apply("repair", scripts);
        let text = doc.text();
        let changes = self.word_changes(text, &tokens::tokens(text));
        doc.apply("repair", changes);
        true
    }
}
