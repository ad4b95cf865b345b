//! A pipeline: stages built once from a [`Config`] and run on any number of documents, from any
//! number of threads.

use crate::catalog::RuleInfo;
use crate::config::{Config, StageConfig};
use crate::decode::{decode, encoding_for_label};
use crate::document::Document;
use crate::edit::Edit;
use crate::error::Result;
use crate::metadata::Metadata;
use crate::ruleset::RuleSet;
use crate::stages::{self, Stage};
use encoding_rs::Encoding;
use serde::Serialize;
use std::sync::Arc;

/// The result of cleaning one document.
#[derive(Debug, Clone, Serialize)]
pub struct Cleaned {
    /// The clean text, as SPEC.md defines it.
    pub text: String,
    #[serde(flatten)]
    pub metadata: Metadata,
    /// The encoding the input was read as.
    pub encoding: &'static str,
    /// Every edit, sorted by position in the decoded input.
    pub edits: Vec<Edit>,
    /// The decoded input the edits refer to.
    #[serde(skip)]
    pub input: String,
}

/// The title was noted when the page's header was removed; later stages may have repaired it, so
/// the metadata takes the final first paragraph when it is still that title.
fn refresh_title(doc: &mut Document) {
    let Some(title) = &doc.metadata.title else { return };
    let first = doc.text().lines().next().unwrap_or("");
    let (a, b) = (title.split_whitespace().count(), first.split_whitespace().count());
    if a.abs_diff(b) <= 1 && first != title {
        doc.metadata.title = Some(first.to_string());
    }
}

/// How many times at most the stages run on one document: a round after the first runs only when
/// the one before exposed more work to an earlier stage (from the first stage, or from
/// boilerplate when only boilerplate or dedupe has more to do).
const ROUNDS: usize = 3;

/// The stages whose work on a clean text is a scan, cheap enough to check every document with.
const CHEAP: &[&str] = &["decode", "normalize", "blocks", "punctuation"];

/// Built once, used for many documents. `Pipeline` is `Send + Sync`.
pub struct Pipeline {
    encoding: Option<&'static Encoding>,
    stages: Vec<Box<dyn Stage>>,
    rules: Arc<RuleSet>,
}

impl Pipeline {
    /// Builds every stage the configuration names, compiling rules and loading lexicons.
    pub fn new(config: &Config) -> Result<Pipeline> {
        let encoding = config.encoding.as_deref().map(encoding_for_label).transpose()?;
        let rules = Arc::new(RuleSet::load(config)?);
        let mut stages: Vec<Box<dyn Stage>> = Vec::new();
        for stage in &config.stages {
            stages.push(match stage {
                StageConfig::Decode => Box::new(stages::mojibake::Mojibake::new()),
                StageConfig::Normalize => Box::new(stages::normalize::Normalize::new()),
                StageConfig::Blocks => Box::new(stages::blocks::Blocks::new()),
                StageConfig::Boilerplate => Box::new(stages::boilerplate::Boilerplate::new(rules.clone())),
                StageConfig::Dedupe => Box::new(stages::dedupe::Dedupe::new()),
                StageConfig::Punctuation => Box::new(stages::punctuation::Punctuation::new()),
                StageConfig::Repair { threshold } => Box::new(stages::repair::Repair::new(config, *threshold)?),
                StageConfig::Reflow => Box::new(stages::reflow::Reflow::new()),
            });
        }
        Ok(Pipeline { encoding, stages, rules })
    }

    /// Cleans one document given as bytes.
    pub fn clean(&self, bytes: &[u8]) -> Result<Cleaned> {
        let decoded = decode(bytes, self.encoding)?;
        let mut cleaned = self.clean_str(&decoded.text);
        cleaned.encoding = decoded.encoding;
        Ok(cleaned)
    }

    /// Cleans one document that is already text.
    pub fn clean_str(&self, text: &str) -> Cleaned {
        let mut doc = Document::new(text.to_string());
        let blocks = self.stages.iter().any(|s| s.name() == "blocks");
        let mut from = 0;
        for _ in 0..ROUNDS {
            let mut judged = None;
            let mut copies_removed = false;
            for (i, stage) in self.stages.iter().enumerate().skip(from) {
                let before = doc.text().len();
                stage.apply(&mut doc);
                match stage.name() {
                    "boilerplate" => judged = Some((i, doc.text().to_string())),
                    "dedupe" => copies_removed = doc.text().len() != before,
                    _ => {}
                }
            }
            if blocks {
                crate::emit::fold_empty_paragraphs(&mut doc);
            }
            from = if self.cheap_stages_change(doc.text()) {
                0
            } else {
                match judged {
                    Some((at, judged)) if copies_removed || self.changes_expose_more(&judged, doc.text()) => at,
                    _ => break,
                }
            };
        }
        crate::emit::finish(&mut doc);
        refresh_title(&mut doc);
        let input = doc.input().to_string();
        let (text, metadata, edits) = doc.into_parts();
        Cleaned { text, metadata, encoding: "UTF-8", edits, input }
    }

    /// Whether the stages after boilerplate left a page that boilerplate and dedupe would judge
    /// differently from the one boilerplate judged (`judged`): then they run again on it, as
    /// cleaning the output again would. A repair can drop stray characters from
    /// `Posting Kom…entar` or make a paragraph read as prose; punctuation spacing can leave a
    /// line of lone marks or split a paragraph into one that repeats another.
    fn changes_expose_more(&self, judged: &str, text: &str) -> bool {
        crate::stages::boilerplate::judges_again(&self.rules, judged, text)
            || (judged != text
                && self.stages.iter().any(|s| s.name() == "dedupe")
                && crate::stages::dedupe::repeats(text, &crate::text::lines(text), false).iter().any(Option::is_some))
    }

    /// Whether the stages that work character by character and paragraph by paragraph (decode,
    /// normalize, blocks, punctuation) would change `text` again: a later stage can expose their
    /// work (a removed credit leaves a stray `Â` at a paragraph's end, a repair glues a colon to
    /// a word). Running them costs a few percent of the pipeline; the document is cleaned again
    /// only when they would change something.
    fn cheap_stages_change(&self, text: &str) -> bool {
        let mut scratch = Document::new(text.to_string());
        for stage in self.stages.iter().filter(|s| CHEAP.contains(&s.name())) {
            stage.apply(&mut scratch);
        }
        scratch.text() != text
    }

    /// The names of the stages this pipeline runs.
    pub fn stage_names(&self) -> Vec<&'static str> {
        self.stages.iter().map(|s| s.name()).collect()
    }

    /// Every rule this pipeline's stages can apply.
    pub fn rules(&self) -> Vec<RuleInfo> {
        let mut all = Vec::new();
        all.extend(crate::emit::RULES.iter().map(|r| r.info("emit")));
        for stage in &self.stages {
            all.extend(stage.builtin_rules().iter().map(|r| r.info(stage.name())));
            if stage.name() == "boilerplate" {
                all.extend(self.rules.infos());
            }
        }
        all
    }
}
