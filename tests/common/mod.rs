//! Helpers the integration tests share.

#![allow(dead_code)]

use std::path::{Path, PathBuf};

/// `../shared`, beside the repository, when this checkout has it.
pub fn shared() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared");
    if dir.is_dir() {
        Some(dir)
    } else {
        eprintln!("skipped: ../shared is not beside this checkout");
        None
    }
}

/// Every `*.txt` file in `dir`, sorted.
pub fn txt_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("dir entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    files
}

/// The default pipeline without a hunspell acceptor: snapshots must not depend on whether the
/// machine has hunspell-id installed.
pub fn pipeline() -> bersih::Pipeline {
    let config = bersih::Config { hunspell: bersih::Hunspell::Off, ..bersih::Config::default() };
    bersih::Pipeline::new(&config).expect("default pipeline builds")
}
