//! Boilerplate rules as data: one TOML file per language in `src/rules/`, embedded in the binary,
//! with users' files loaded on top. A rule has a stable code, a name, a pattern, why it exists, an
//! example that must match and a counter-example that must not; both are checked when a user's rule
//! is loaded, so a broken rule is refused with its file and code named. The embedded packs are
//! checked by the test suite instead, and their patterns compiled on first use: compiling every
//! pattern at start-up cost more than cleaning a thousand articles' worth of most stages.
//!
//! A rule's named capture groups lift data into the metadata: `title`, `site`, `published`,
//! `author`, `editor`, `dateline`, `related`, `caption`, `credit`.

use crate::catalog::RuleInfo;
use crate::config::Config;
use crate::error::{Error, Result};
use regex::{Regex, RegexBuilder, RegexSet, RegexSetBuilder};
use serde::Deserialize;

/// The embedded packs: the language-neutral set first, then one per language.
const PACKS: &[(&str, &str)] = &[
    ("common", include_str!("rules/common.toml")),
    ("id", include_str!("rules/id.toml")),
    ("en", include_str!("rules/en.toml")),
];

/// Limits on users' patterns, so that a rule file cannot make the pipeline huge or slow.
const REGEX_SIZE_LIMIT: usize = 4 << 20;
const DFA_SIZE_LIMIT: usize = 2 << 20;

/// Where in a block a rule's pattern must match.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Scope {
    /// The whole block (paragraph) matches: it is removed.
    Block,
    /// A match at the start of a block is removed (datelines, labels).
    Start,
    /// A match at the end of a block is removed (credits glued to the last sentence).
    End,
    /// Every match anywhere is removed (widget markers inside text).
    Inline,
    /// A dateline in the first paragraph of body text: the match and anything glued before it
    /// (a teaser that repeats a body sentence) are removed.
    Lead,
}

/// Which part of the document a rule applies to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Zone {
    #[default]
    Any,
    /// Before the first paragraph of body text.
    Head,
    /// After the last paragraph of body text.
    Tail,
    /// The first block that is body text (datelines open it).
    FirstBody,
    /// Head or tail: anywhere but between body paragraphs.
    Edges,
    /// The last paragraph of body text (bylines in brackets follow the last sentence).
    LastBody,
    /// The last paragraph of body text or anything after it: where the article ends, whichever
    /// block the last one reads as.
    FromLastBody,
}

/// For label blocks (`Penulis`, `Editor:`): the neighbouring block that holds the value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Takes {
    Previous,
    Next,
}

/// A metadata field a label rule fills.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Field {
    Author,
    Editor,
    Site,
    Published,
    Caption,
    Related,
    /// The photo credit of the caption just lifted.
    Credit,
}

impl Field {
    /// The name of the pattern group that lifts this field.
    pub fn group(self) -> &'static str {
        match self {
            Field::Author => "author",
            Field::Editor => "editor",
            Field::Site => "site",
            Field::Published => "published",
            Field::Caption => "caption",
            Field::Related => "related",
            Field::Credit => "credit",
        }
    }
}

/// A rule as written in a rule file.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleSpec {
    pub code: String,
    pub name: String,
    pub scope: Scope,
    #[serde(default)]
    pub zone: Zone,
    pub pattern: String,
    pub why: String,
    pub example: String,
    pub counter_example: String,
    /// With a label rule: which neighbour holds the value.
    #[serde(default)]
    pub takes: Option<Takes>,
    /// With `takes`: the field the neighbour's text goes to.
    #[serde(default)]
    pub field: Option<Field>,
    /// With `scope = "block"`: also remove every following block up to the end of the document
    /// (a footer that begins here, such as a list of other headlines). With `scope = "end"`: the
    /// block it ends is the article's last (a newsroom's mark after the last sentence), so every
    /// following block goes, while the block itself stays.
    #[serde(default, rename = "ends-article")]
    pub ends_article: bool,
    /// With `scope = "block"`: the block stands inside the article's body (an ad slot's label
    /// marks where an ad was cut out of it), so it does not close off the prose above it as a
    /// box of its own (an author's profile).
    #[serde(default, rename = "mid-article")]
    pub mid_article: bool,
    /// With `scope = "lead"`: the rule holds only where its `dateline` group reads as a place
    /// the packs know (`Jakarta: `), for a form that other lines share (`Bella: Cantik`).
    #[serde(default, rename = "known-place")]
    pub known_place: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RuleFile {
    #[serde(default)]
    language: Option<String>,
    /// Function words of the language, for the stopword-density signal (as jusText uses it).
    #[serde(default)]
    stopwords: Vec<String>,
    /// Tags of reported speech (`kata dia`, `ujarnya`): what a paragraph of the article says
    /// and a photo's caption does not.
    #[serde(default, rename = "speech-tags")]
    speech_tags: Vec<String>,
    /// Places a dateline names (`Jakarta`), and the words that make a place of a place's name
    /// (`Tengah` in `Bengkulu Tengah`, `Kota`).
    #[serde(default)]
    places: Vec<String>,
    #[serde(default, rename = "place-words")]
    place_words: Vec<String>,
    #[serde(default, rename = "rule")]
    rules: Vec<RuleSpec>,
}

/// A compiled rule.
#[derive(Debug, Clone)]
pub struct Rule {
    pub spec: RuleSpec,
    /// Order of trial: user rules first, then language packs, then the language-neutral pack.
    pub rank: u8,
    pub regex: LazyRegex,
    pub origin: String,
    /// The pattern has an `again` group, which must repeat the `author` group's words.
    repeats: bool,
}

impl Rule {
    /// Whether a match's place is one the packs know (`places`), where the rule asks for that
    /// (`known-place`).
    fn placed(&self, caps: &regex::Captures, places: &Places) -> bool {
        !self.spec.known_place || caps.name("dateline").is_some_and(|d| places.reads_as_place(d.as_str()))
    }

    /// Whether a match of this rule in `s` holds: a pattern with an `again` group matches only
    /// where that group repeats the `author` group's words (`Rizky Prasetya oleh Rizky Prasetya`,
    /// a picture's alt text and then the byline), which a regular expression cannot say.
    pub fn holds(&self, s: &str) -> bool {
        !self.repeats
            || self.regex.captures(s).is_some_and(|c| {
                c.name("again").is_some_and(|again| c.name("author").is_some_and(|a| a.as_str() == again.as_str()))
            })
    }
}

/// One `RegexSet` of many rules' patterns (`what` names them in the error), with room for all.
fn compile_set<'p>(patterns: impl Iterator<Item = &'p str>, what: &str) -> Result<RegexSet> {
    RegexSetBuilder::new(patterns)
        .size_limit(REGEX_SIZE_LIMIT * 16)
        .dfa_size_limit(DFA_SIZE_LIMIT * 8)
        .build()
        .map_err(|e| Error::Config(format!("the {what} rules do not compile together: {e}")))
}

/// A rule's pattern, compiled on first use (it dereferences to the compiled `Regex`). A block rule
/// is mostly run through the rule set's `RegexSet`, so its own regex is often never needed.
#[derive(Debug, Clone)]
pub struct LazyRegex {
    pattern: String,
    compiled: std::sync::OnceLock<Regex>,
}

impl LazyRegex {
    fn compile(pattern: &str) -> std::result::Result<Regex, regex::Error> {
        RegexBuilder::new(pattern).size_limit(REGEX_SIZE_LIMIT).dfa_size_limit(DFA_SIZE_LIMIT).build()
    }

    /// The anchored pattern as compiled.
    pub fn pattern(&self) -> &str {
        &self.pattern
    }
}

impl std::ops::Deref for LazyRegex {
    type Target = Regex;

    fn deref(&self) -> &Regex {
        self.compiled.get_or_init(|| {
            LazyRegex::compile(&self.pattern).expect("the embedded rule packs compile (checked by the ruleset tests)")
        })
    }
}

/// The function words of the loaded languages, lower-cased. Looked up for every word of a page,
/// so a word longer than any of them is turned away before it is hashed.
#[derive(Debug, Default)]
pub struct Stopwords {
    words: rustc_hash::FxHashSet<Box<[u8]>>,
    longest: usize,
}

impl Stopwords {
    fn extend(&mut self, words: &[String]) {
        for word in words {
            let word = word.to_lowercase();
            self.longest = self.longest.max(word.len());
            self.words.insert(word.into_bytes().into_boxed_slice());
        }
    }

    /// The length in bytes of the longest function word: a longer word need not be looked up.
    pub fn longest(&self) -> usize {
        self.longest
    }

    /// Whether `word` (UTF-8 bytes), already lower-cased, is a function word.
    pub fn contains(&self, word: &[u8]) -> bool {
        word.len() <= self.longest && self.words.contains(word)
    }
}

/// The places the loaded languages know, lower-cased: what tells a dateline's place from a
/// site's name when both are plain capitalised words (`Bloomberg Technoz, Jakarta - `).
#[derive(Debug, Default)]
pub struct Places {
    names: rustc_hash::FxHashSet<String>,
    words: rustc_hash::FxHashSet<String>,
}

impl Places {
    fn extend(&mut self, names: &[String], words: &[String]) {
        self.names.extend(names.iter().map(|p| p.to_lowercase()));
        self.words.extend(words.iter().map(|w| w.to_lowercase()));
    }

    /// Whether `s` reads as a known place: each word a place's name or a word that makes one
    /// (`Jakarta Selatan`, `BENGKULU TENGAH`, `Kota Bogor`), one of them a name.
    pub fn reads_as_place(&self, s: &str) -> bool {
        let words: Vec<String> = s.split_whitespace().map(str::to_lowercase).collect();
        words.iter().any(|w| self.names.contains(w))
            && words.iter().all(|w| self.names.contains(w) || self.words.contains(w))
    }
}

/// Every boilerplate rule a pipeline uses, compiled.
#[derive(Debug, Default)]
pub struct RuleSet {
    pub rules: Vec<Rule>,
    pub stopwords: Stopwords,
    pub places: Places,
    /// The languages' speech tags, lower-cased, and one automaton that finds any of them.
    speech_tags: Vec<String>,
    speech: Option<aho_corasick::AhoCorasick>,
    /// The block rules' patterns as one set, so a block is scanned once for all of them.
    block_set: Option<RegexSet>,
    /// For each pattern of `block_set`, its rule's index in `rules`.
    block_rules: Vec<usize>,
    /// The inline rules' patterns as one set: most blocks hold no marker, and one scan says so.
    inline_set: Option<RegexSet>,
}

impl RuleSet {
    /// Loads the embedded packs the configuration names and the user's rule files, then applies
    /// `select` and `ignore`.
    pub fn load(config: &Config) -> Result<RuleSet> {
        let mut set = RuleSet::default();
        for (lang, source) in PACKS {
            if *lang == "common" || config.languages.iter().any(|l| l == lang) {
                set.add_source(&format!("rules/{lang}.toml"), source)?;
            }
        }
        for lang in &config.languages {
            if !PACKS.iter().any(|(l, _)| l == lang) {
                return Err(Error::Config(format!(
                    "no rule pack for language {lang:?} (available: {})",
                    PACKS.iter().map(|(l, _)| *l).collect::<Vec<_>>().join(", ")
                )));
            }
        }
        for path in &config.rule_files {
            let origin = path.display().to_string();
            let source = std::fs::read_to_string(path)
                .map_err(|e| Error::RuleFile { origin: origin.clone(), message: e.to_string() })?;
            set.add_source(&origin, &source)?;
        }
        let wanted = |code: &str| {
            (config.select.is_empty() || config.select.iter().any(|s| code.starts_with(s.as_str())))
                && !config.ignore.iter().any(|s| code.starts_with(s.as_str()))
        };
        set.rules.retain(|r| wanted(&r.spec.code));
        set.rules.sort_by_key(|r| r.rank);
        set.build_block_set()?;
        Ok(set)
    }

    /// Parses and compiles one rule file. A rule whose code is already loaded replaces it, so a
    /// user can redefine an embedded rule.
    pub fn add_source(&mut self, origin: &str, source: &str) -> Result<()> {
        let file: RuleFile = toml::from_str(source)
            .map_err(|e| Error::RuleFile { origin: origin.to_string(), message: e.to_string() })?;
        let _ = file.language;
        self.stopwords.extend(&file.stopwords);
        self.speech_tags.extend(file.speech_tags.iter().map(|t| t.to_lowercase()));
        self.places.extend(&file.places, &file.place_words);
        for spec in file.rules {
            let rule = compile(origin, spec, &self.places)?;
            if let Some(old) = self.rules.iter_mut().find(|r| r.spec.code == rule.spec.code) {
                *old = rule;
            } else {
                self.rules.push(rule);
            }
        }
        Ok(())
    }

    /// Where a lead rule's pattern matches `s` and the rule holds there: a rule that asks for a
    /// known place matches only where its `dateline` group reads as one.
    pub fn lead_captures<'t>(&self, rule: &Rule, s: &'t str) -> Option<regex::Captures<'t>> {
        let caps = rule.regex.captures(s)?;
        rule.placed(&caps, &self.places).then_some(caps)
    }

    /// Where a lead rule's match in `s` starts, where the rule holds: as `lead_captures`, without
    /// finding the groups of a rule that needs none.
    pub fn lead_start(&self, rule: &Rule, s: &str) -> Option<usize> {
        if rule.spec.known_place {
            self.lead_captures(rule, s).map(|c| c.get(0).expect("group 0").start())
        } else {
            rule.regex.find(s).map(|m| m.start())
        }
    }

    /// Whether `s` holds one of the languages' speech tags as words of their own (`..., tambah
    /// dia, ...`).
    pub fn has_speech_tag(&self, s: &str) -> bool {
        let Some(speech) = &self.speech else { return false };
        let letter_at = |c: Option<char>| c.is_some_and(char::is_alphabetic);
        speech
            .find_overlapping_iter(s)
            .any(|m| !letter_at(s[..m.start()].chars().next_back()) && !letter_at(s[m.end()..].chars().next()))
    }

    fn build_block_set(&mut self) -> Result<()> {
        // Tags are matched without regard to ASCII case (`Katanya`, `KATA DIA`).
        if !self.speech_tags.is_empty() {
            let speech = aho_corasick::AhoCorasick::builder()
                .ascii_case_insensitive(true)
                .build(&self.speech_tags)
                .map_err(|e| Error::Config(format!("speech tags: {e}")))?;
            self.speech = Some(speech);
        }
        self.block_rules = (0..self.rules.len()).filter(|&i| self.rules[i].spec.scope == Scope::Block).collect();
        let patterns = self.block_rules.iter().map(|&i| self.rules[i].regex.pattern());
        self.block_set = Some(compile_set(patterns, "block")?);
        let inline = self.rules.iter().filter(|r| r.spec.scope == Scope::Inline).map(|r| r.regex.pattern());
        self.inline_set = Some(compile_set(inline, "inline")?);
        Ok(())
    }

    /// Indices (into `rules`, in trial order) of the block rules whose pattern matches `block`.
    pub fn matching_block_rules(&self, block: &str) -> Vec<usize> {
        match &self.block_set {
            // Most blocks match no rule: a plain search says so faster than one that collects
            // every pattern's match.
            Some(set) if !set.is_match(block) => Vec::new(),
            Some(set) => {
                set.matches(block).iter().map(|k| self.block_rules[k]).filter(|&i| self.rules[i].holds(block)).collect()
            }
            None => Vec::new(),
        }
    }

    /// Indices (into `rules`, in trial order) of the inline rules whose pattern matches somewhere
    /// in `block`.
    pub fn matching_inline_rules(&self, block: &str) -> Vec<usize> {
        if self.inline_set.as_ref().is_some_and(|set| !set.is_match(block)) {
            return Vec::new();
        }
        let inline = self.rules.iter().enumerate().filter(|(_, r)| r.spec.scope == Scope::Inline);
        inline.filter(|(_, r)| r.regex.is_match(block)).map(|(i, _)| i).collect()
    }

    pub fn infos(&self) -> Vec<RuleInfo> {
        self.rules
            .iter()
            .map(|r| RuleInfo {
                code: r.spec.code.clone(),
                name: r.spec.name.clone(),
                stage: "boilerplate",
                why: r.spec.why.clone(),
                example: Some(r.spec.example.clone()),
                counter_example: Some(r.spec.counter_example.clone()),
                origin: r.origin.clone(),
            })
            .collect()
    }
}

fn compile(origin: &str, spec: RuleSpec, places: &Places) -> Result<Rule> {
    let code = spec.code.clone();
    let fail = |message: String| Error::Rule { origin: origin.to_string(), code: code.clone(), message };
    if spec.takes.is_some() != spec.field.is_some() {
        return Err(fail("`takes` and `field` go together".to_string()));
    }
    // Only the block rules are asked whether their `again` group repeats the name: elsewhere
    // the group would be ignored, and the rule take what its author meant it not to.
    let repeats = spec.pattern.contains("(?P<again>");
    if repeats && (spec.scope != Scope::Block || !spec.pattern.contains("(?P<author>")) {
        return Err(fail("an `again` group goes in a block rule with an `author` group".to_string()));
    }
    // Only the lead rules are asked whether their place is known.
    if spec.known_place && (spec.scope != Scope::Lead || !spec.pattern.contains("(?P<dateline>")) {
        return Err(fail("`known-place` goes in a lead rule with a `dateline` group".to_string()));
    }
    let anchored = match spec.scope {
        Scope::Block => format!(r"\A(?:{})\z", spec.pattern),
        Scope::Start => format!(r"\A(?:{})", spec.pattern),
        Scope::End => format!(r"(?:{})\z", spec.pattern),
        Scope::Inline | Scope::Lead => spec.pattern.clone(),
    };
    let embedded = origin.starts_with("rules/");
    let regex = if embedded {
        LazyRegex { pattern: anchored, compiled: std::sync::OnceLock::new() }
    } else {
        let compiled = LazyRegex::compile(&anchored).map_err(|e| fail(format!("pattern does not compile: {e}")))?;
        LazyRegex { pattern: anchored, compiled: compiled.into() }
    };
    let rank = if origin == "rules/common.toml" {
        2
    } else if embedded {
        1
    } else {
        0
    };
    let rule = Rule { spec, regex, origin: origin.to_string(), rank, repeats };
    if !embedded {
        check_examples(&rule, places).map_err(fail)?;
    }
    Ok(rule)
}

/// A rule's example must match its pattern and its counter-example must not.
fn check_examples(rule: &Rule, places: &Places) -> std::result::Result<(), String> {
    let matches = |s: &str| rule.holds(s) && rule.regex.captures(s).is_some_and(|c| rule.placed(&c, places));
    if !matches(&rule.spec.example) {
        return Err(format!("example {:?} does not match the pattern", rule.spec.example));
    }
    if matches(&rule.spec.counter_example) {
        return Err(format!("counter-example {:?} matches the pattern", rule.spec.counter_example));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_rule_with_an_again_group_holds_only_where_the_name_repeats() {
        let source = r#"
[[rule]]
code = "X001"
name = "twin"
scope = "block"
pattern = '(?P<again>\p{Lu}\p{L}+) oleh (?P<author>\p{Lu}\p{L}+)'
why = "A name twice."
example = "Rizky oleh Rizky"
counter_example = "Jembatan oleh Gubernur"
"#;
        let file: RuleFile = toml::from_str(source).expect("the rule parses");
        let spec = file.rules.into_iter().next().expect("one rule");
        // A user's rule is compiled at once and its examples tried, the repeat included.
        let rule = compile("user.toml", spec, &Places::default()).expect("the examples hold");
        assert!(rule.holds("Rizky oleh Rizky"));
        assert!(!rule.holds("Jembatan oleh Gubernur"));
        // Outside a block rule the repeat would not be asked for: such a rule is refused.
        let inline = source.replace(r#"scope = "block""#, r#"scope = "inline""#);
        let file: RuleFile = toml::from_str(&inline).expect("the rule parses");
        let spec = file.rules.into_iter().next().expect("one rule");
        assert!(compile("user.toml", spec, &Places::default()).is_err());
    }

    #[test]
    fn a_rule_that_asks_for_a_known_place_holds_only_at_one() {
        let source = r#"
places = ["Jakarta"]

[[rule]]
code = "X002"
name = "colon"
scope = "lead"
known-place = true
pattern = '^(?P<dateline>\p{Lu}\p{Ll}+):\s+(?P<keep>\p{Lu})'
why = "A place and a colon."
example = "Jakarta: Polisi menangkap enam orang."
counter_example = "Bella: Cantik, menarik."
"#;
        let mut set = RuleSet::default();
        set.add_source("user.toml", source).expect("the examples hold where the place is known");
        let rule = &set.rules[0];
        assert!(set.lead_captures(rule, "Jakarta: Polisi menangkap enam orang.").is_some());
        assert!(set.lead_captures(rule, "Bella: Cantik, menarik.").is_none());
        // Without the place in the file, the example no longer holds and the rule is refused.
        let unplaced = source.replace(r#"places = ["Jakarta"]"#, "");
        assert!(RuleSet::default().add_source("user.toml", &unplaced).is_err());
        // Only a lead rule is asked for its place.
        let block = source.replace(r#"scope = "lead""#, r#"scope = "block""#);
        assert!(RuleSet::default().add_source("user.toml", &block).is_err());
    }

    #[test]
    fn every_embedded_rule_compiles_and_checks_its_examples() {
        let mut failures = Vec::new();
        for (lang, source) in PACKS {
            let file: RuleFile = toml::from_str(source).expect("pack parses");
            let mut places = Places::default();
            places.extend(&file.places, &file.place_words);
            for spec in file.rules {
                // As a user's file is checked: compiled at once, examples tried.
                if let Err(e) = compile(&format!("embedded {lang}.toml"), spec, &places) {
                    failures.push(e.to_string());
                }
            }
        }
        assert!(failures.is_empty(), "{failures:#?}");
        let set = RuleSet::load(&Config::default()).expect("embedded rules load");
        assert!(set.rules.len() > 40);
        let mut codes: Vec<_> = set.rules.iter().map(|r| r.spec.code.clone()).collect();
        codes.sort();
        let before = codes.len();
        codes.dedup();
        assert_eq!(before, codes.len(), "rule codes are unique");
    }

    /// Block rules are matched together, by one lazy DFA over every pattern; a counted
    /// repetition of a class (`[^\n.!?]{0,80}`, `\p{L}{1,40}`) makes as many copies of the class
    /// as its bound, and a few such bounds made that DFA rebuild its states on every block: the
    /// boilerplate stage went from 160 to 3,500 instructions per byte. Unbounded repetition
    /// says the same for a rule that matches a whole block.
    #[test]
    fn embedded_patterns_keep_counted_repetitions_small() {
        let counted = regex::Regex::new(r"\{[0-9]*,([0-9]+)\}").unwrap();
        for (lang, source) in PACKS {
            let file: RuleFile = toml::from_str(source).expect("pack parses");
            for spec in file.rules {
                for caps in counted.captures_iter(&spec.pattern) {
                    let bound: usize = caps[1].parse().unwrap();
                    assert!(bound <= 12, "{lang}.toml {}: counted repetition up to {bound}", spec.code);
                }
            }
        }
    }

    /// The lazy DFA cannot search for a Unicode word boundary (`\b`) in text with letters
    /// outside ASCII, and the regex crate then searches with its PikeVM: one inline rule with
    /// `\b` cost every page 19 instructions per byte. Patterns say `(?-u:\b)`.
    #[test]
    fn embedded_patterns_use_ascii_word_boundaries() {
        for (lang, source) in PACKS {
            let file: RuleFile = toml::from_str(source).expect("pack parses");
            for spec in file.rules {
                let unicode = spec.pattern.match_indices(r"\b").any(|(at, _)| !spec.pattern[..at].ends_with("(?-u:"));
                assert!(!unicode, "{lang}.toml {}: a Unicode \\b; write (?-u:\\b)", spec.code);
            }
        }
    }

    #[test]
    fn a_broken_user_rule_names_its_file_and_code() {
        let mut set = RuleSet::default();
        let bad = r#"
            [[rule]]
            code = "U900"
            name = "broken"
            scope = "block"
            pattern = '(unclosed'
            why = "test"
            example = "x"
            counter_example = "y"
        "#;
        let err = set.add_source("mine.toml", bad).unwrap_err().to_string();
        assert!(err.contains("mine.toml") && err.contains("U900"), "{err}");
    }

    #[test]
    fn an_example_that_does_not_match_is_refused() {
        let mut set = RuleSet::default();
        let bad = r#"
            [[rule]]
            code = "U901"
            name = "wrong-example"
            scope = "block"
            pattern = 'Share this'
            why = "test"
            example = "Read more"
            counter_example = "y"
        "#;
        assert!(set.add_source("mine.toml", bad).unwrap_err().to_string().contains("example"));
    }
}
