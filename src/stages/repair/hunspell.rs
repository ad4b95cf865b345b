//! An optional hunspell dictionary as an acceptor: a word it accepts is a known word, and is never
//! repaired. Hunspell's Indonesian dictionary (Debian's `hunspell-id`) is LGPL/GPL, so it is not
//! embedded: it is read at run time where it is installed, through the `spellbook` crate.
//!
//! The system dictionary is parsed only when a word would otherwise be repaired, so that start-up
//! and clean text do not pay for it.

use crate::config::Hunspell;
use crate::error::{Error, Result};
use spellbook::Dictionary;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

pub struct Acceptor {
    source: Source,
}

enum Source {
    Off,
    /// Parsed on first use; `None` when it cannot be read or parsed.
    Lazy(PathBuf, OnceLock<Option<Dictionary>>),
    Loaded(Dictionary),
}

impl std::fmt::Debug for Acceptor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.source {
            Source::Off => f.write_str("Acceptor(off)"),
            Source::Lazy(path, _) => write!(f, "Acceptor(lazy {})", path.display()),
            Source::Loaded(_) => f.write_str("Acceptor(loaded)"),
        }
    }
}

impl Acceptor {
    /// `Auto` finds the system dictionary if there is one, and loads it when first needed; a path
    /// the user names is loaded now, so that a wrong one is an error rather than silence.
    pub fn new(setting: &Hunspell) -> Result<Acceptor> {
        let source = match setting {
            Hunspell::Off => Source::Off,
            Hunspell::Auto if Path::new(Hunspell::SYSTEM_DIC).is_file() => {
                Source::Lazy(PathBuf::from(Hunspell::SYSTEM_DIC), OnceLock::new())
            }
            Hunspell::Auto => Source::Off,
            Hunspell::Path(dic) => Source::Loaded(load(dic)?),
        };
        Ok(Acceptor { source })
    }

    /// True when the dictionary accepts `word` as written.
    pub fn accepts(&self, word: &str) -> bool {
        let dict = match &self.source {
            Source::Off => return false,
            Source::Lazy(path, cell) => cell.get_or_init(|| load(path).ok()).as_ref(),
            Source::Loaded(dict) => Some(dict),
        };
        dict.is_some_and(|d| d.check(word))
    }
}

/// Parses a `.dic` file and the `.aff` file beside it.
fn load(dic: &Path) -> Result<Dictionary> {
    let read = |path: &Path| {
        std::fs::read_to_string(path).map_err(|e| Error::Lexicon { path: path.to_path_buf(), message: e.to_string() })
    };
    let aff = read(&dic.with_extension("aff"))?;
    let words = read(dic)?;
    Dictionary::new(&aff, &words).map_err(|e| Error::Lexicon { path: dic.to_path_buf(), message: e.to_string() })
}
