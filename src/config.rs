//! The pipeline's configuration: plain serde data with embedded defaults. Building a
//! [`Pipeline`](crate::Pipeline) from it is the only step that can fail.

use serde::{Deserialize, Serialize};
use std::path::PathBuf;

/// Everything a [`Pipeline`](crate::Pipeline) needs to know. `Config::default()` is the full
/// Indonesian pipeline.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default, rename_all = "kebab-case")]
pub struct Config {
    /// Read input as this encoding (a WHATWG label) instead of sniffing a BOM and detecting one.
    pub encoding: Option<String>,
    /// The stages to run, in pipeline order. Decoding bytes to text always happens; the `decode`
    /// stage is the mojibake repair that follows it.
    pub stages: Vec<StageConfig>,
    /// Rule packs to load besides the language-neutral one (`common`), by language code. English
    /// is on by default: Indonesian pages carry English widgets and quote English text.
    pub languages: Vec<String>,
    /// User rule files (TOML, the format of `src/rules/*.toml`), loaded on top of the packs.
    pub rule_files: Vec<PathBuf>,
    /// Only these rule codes (or code prefixes, such as `B0`) run, when not empty.
    pub select: Vec<String>,
    /// These rule codes (or code prefixes) never run.
    pub ignore: Vec<String>,
    /// User word lists for the repair stage: one word per line, optionally `word<TAB>count`.
    pub lexicon_files: Vec<PathBuf>,
    /// A hunspell dictionary whose words the repair stage never changes: `"auto"` (the system's
    /// Indonesian one, `/usr/share/hunspell/id_ID.dic`, when installed), `"off"`, or the path of
    /// a `.dic` file with its `.aff` beside it.
    pub hunspell: Hunspell,
}

/// Where the repair stage's hunspell acceptor comes from. Written as a string in configuration
/// files: `"auto"`, `"off"` or a path.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(from = "String", into = "String")]
pub enum Hunspell {
    /// The system's Indonesian dictionary when it is installed; none otherwise.
    #[default]
    Auto,
    Off,
    /// A `.dic` file, with its `.aff` beside it.
    Path(PathBuf),
}

impl Hunspell {
    /// Where `Auto` looks (Debian's and Fedora's `hunspell-id`).
    pub const SYSTEM_DIC: &'static str = "/usr/share/hunspell/id_ID.dic";
}

impl From<String> for Hunspell {
    fn from(s: String) -> Hunspell {
        match s.as_str() {
            "auto" => Hunspell::Auto,
            "off" => Hunspell::Off,
            _ => Hunspell::Path(PathBuf::from(s)),
        }
    }
}

impl From<Hunspell> for String {
    fn from(h: Hunspell) -> String {
        match h {
            Hunspell::Auto => "auto".to_string(),
            Hunspell::Off => "off".to_string(),
            Hunspell::Path(p) => p.to_string_lossy().into_owned(),
        }
    }
}

impl Default for Config {
    fn default() -> Self {
        Config {
            encoding: None,
            stages: StageConfig::all(),
            languages: vec!["id".to_string(), "en".to_string()],
            rule_files: Vec::new(),
            select: Vec::new(),
            ignore: Vec::new(),
            lexicon_files: Vec::new(),
            hunspell: Hunspell::Auto,
        }
    }
}

/// One stage and its settings. Internally tagged: `{"type": "repair", "threshold": 0.9}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum StageConfig {
    /// Mojibake repair of text that was decoded with the wrong encoding somewhere upstream.
    Decode,
    /// Unicode and HTML normalization.
    Normalize,
    /// Paragraph structure: one block per paragraph.
    Blocks,
    /// Page furniture removed, with its data lifted into the metadata.
    Boilerplate,
    /// Repeated paragraphs, captions and teasers removed.
    Dedupe,
    /// Spacing and gaps around punctuation.
    Punctuation,
    /// Typos, glued words, stray scripts.
    Repair {
        /// A repair is made only when its confidence reaches this (0 to 1).
        #[serde(default = "default_threshold")]
        threshold: f32,
    },
    /// Lines broken in the middle of a sentence rejoined; the final layout.
    Reflow,
}

fn default_threshold() -> f32 {
    0.8
}

impl StageConfig {
    /// Every stage, in pipeline order, with default settings.
    pub fn all() -> Vec<StageConfig> {
        Self::NAMES.iter().map(|name| Self::named(name).expect("known stage")).collect()
    }

    /// Stage names in pipeline order.
    pub const NAMES: [&'static str; 8] =
        ["decode", "normalize", "blocks", "boilerplate", "dedupe", "punctuation", "repair", "reflow"];

    /// The stage with this name and default settings.
    pub fn named(name: &str) -> Option<StageConfig> {
        Some(match name {
            "decode" => StageConfig::Decode,
            "normalize" => StageConfig::Normalize,
            "blocks" => StageConfig::Blocks,
            "boilerplate" => StageConfig::Boilerplate,
            "dedupe" => StageConfig::Dedupe,
            "punctuation" => StageConfig::Punctuation,
            "repair" => StageConfig::Repair { threshold: default_threshold() },
            "reflow" => StageConfig::Reflow,
            _ => return None,
        })
    }

    pub fn name(&self) -> &'static str {
        match self {
            StageConfig::Decode => "decode",
            StageConfig::Normalize => "normalize",
            StageConfig::Blocks => "blocks",
            StageConfig::Boilerplate => "boilerplate",
            StageConfig::Dedupe => "dedupe",
            StageConfig::Punctuation => "punctuation",
            StageConfig::Repair { .. } => "repair",
            StageConfig::Reflow => "reflow",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stages_are_tagged_by_type() {
        let json = serde_json::to_string(&StageConfig::Repair { threshold: 0.9 }).unwrap();
        assert_eq!(json, r#"{"type":"repair","threshold":0.9}"#);
        let back: StageConfig = serde_json::from_str(r#"{"type":"normalize"}"#).unwrap();
        assert_eq!(back, StageConfig::Normalize);
    }

    #[test]
    fn hunspell_is_a_word_or_a_path() {
        for (json, want) in [
            (r#"{}"#, Hunspell::Auto),
            (r#"{"hunspell": "off"}"#, Hunspell::Off),
            (r#"{"hunspell": "/x/id_ID.dic"}"#, Hunspell::Path("/x/id_ID.dic".into())),
        ] {
            let c: Config = serde_json::from_str(json).unwrap();
            assert_eq!(c.hunspell, want);
            let again: Config = serde_json::from_str(&serde_json::to_string(&c).unwrap()).unwrap();
            assert_eq!(again.hunspell, want);
        }
    }

    #[test]
    fn unknown_keys_are_refused() {
        assert!(serde_json::from_str::<Config>(r#"{"stagez": []}"#).is_err());
        let c: Config = serde_json::from_str(r#"{"languages": []}"#).unwrap();
        assert_eq!(c.stages, StageConfig::all());
    }
}
