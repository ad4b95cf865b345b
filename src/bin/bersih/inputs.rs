//! Which inputs a command line names, what kind each is, and where each one's output goes.

use crate::codec;
use crate::progress::Progress;
use anyhow::{bail, Context, Result};
use std::collections::HashSet;
use std::fmt;
use std::fs;
use std::io::{self, Read};
use std::path::{Component, Path, PathBuf};

/// One input: a document (plain text) or a corpus of documents (JSONL).
pub struct Input {
    pub source: Source,
    pub jsonl: bool,
}

pub enum Source {
    Stdin,
    /// A file, with its path relative to the folder it was found under (its name when it was
    /// named directly), which its output keeps.
    File {
        path: PathBuf,
        relative: PathBuf,
    },
}

/// Whether a file name says JSONL: `.jsonl`, optionally compressed (`.jsonl.gz`, `.jsonl.zst`).
pub fn is_jsonl(path: &Path) -> bool {
    let name = path.file_name().map(|n| n.to_string_lossy().to_ascii_lowercase()).unwrap_or_default();
    [".jsonl", ".jsonl.gz", ".jsonl.zst"].iter().any(|ext| name.ends_with(ext))
}

fn is_text(path: &Path) -> bool {
    let name = path.file_name().map(|n| n.to_string_lossy().to_ascii_lowercase()).unwrap_or_default();
    [".txt", ".txt.gz", ".txt.zst"].iter().any(|ext| name.ends_with(ext))
}

impl Input {
    /// The input's bytes, decompressed, counted into `progress` as stored.
    pub fn open(&self, progress: Progress) -> io::Result<Box<dyn Read + Send>> {
        match &self.source {
            Source::Stdin => Ok(Box::new(crate::progress::Counting::new(io::stdin(), progress))),
            Source::File { path, .. } => codec::open(path, progress),
        }
    }

    /// All of the input, for a plain-text document.
    pub fn read(&self, progress: Progress) -> Result<Vec<u8>> {
        let mut bytes = Vec::new();
        self.open(progress).and_then(|mut r| r.read_to_end(&mut bytes)).context("cannot read")?;
        Ok(bytes)
    }

    /// The size as stored, for the progress bar.
    pub fn stored_size(&self) -> Option<u64> {
        match &self.source {
            Source::Stdin => None,
            Source::File { path, .. } => fs::metadata(path).ok().map(|m| m.len()),
        }
    }

    pub fn display(&self) -> impl fmt::Display + '_ {
        match &self.source {
            Source::Stdin => Path::new("<stdin>").display(),
            Source::File { path, .. } => path.display(),
        }
    }

    /// The output file for this input under `dir`: its relative path, with `.json` for a
    /// plain-text document written as JSON. Refuses to name an input file as output.
    pub fn output_path(&self, dir: &Path, json: bool) -> Result<PathBuf> {
        let relative = match &self.source {
            Source::Stdin if self.jsonl => PathBuf::from("stdin.jsonl"),
            Source::Stdin => PathBuf::from("stdin.txt"),
            Source::File { relative, .. } => relative.clone(),
        };
        // Only plain components: an input named `../x` or `/etc/x` must not lead outside DIR.
        let safe: PathBuf = relative.components().filter(|c| matches!(c, Component::Normal(_))).collect();
        if safe.as_os_str().is_empty() {
            bail!("{}: no file name to write the output under", self.display());
        }
        // A symlink already inside DIR where the output's folders go would lead outside it.
        let mut folder = dir.to_path_buf();
        for part in safe.parent().into_iter().flat_map(Path::components) {
            folder.push(part);
            if fs::symlink_metadata(&folder).is_ok_and(|m| m.file_type().is_symlink()) {
                bail!(
                    "output folder {} is a symlink; outputs are written only inside {}",
                    folder.display(),
                    dir.display()
                );
            }
        }
        let mut target = dir.join(safe);
        if json && !self.jsonl {
            target.set_extension("json");
        }
        if let Source::File { path, .. } = &self.source {
            if same_file(path, &target) {
                bail!("output {} would overwrite its input", target.display());
            }
        }
        Ok(target)
    }
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (fs::canonicalize(a), fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

/// Expands the command line's inputs: files as named, folders into every `*.txt` and `*.jsonl`
/// (optionally `.gz` or `.zst`) below them (sorted, following no symlink twice), `-` or nothing
/// into standard input, which is JSONL when `stdin_jsonl`. An input that cannot be opened is
/// reported on standard error and counted in the second value; the others go on.
pub fn collect(args: &[PathBuf], stdin_jsonl: bool) -> (Vec<Input>, u64) {
    if args.is_empty() {
        return (vec![Input { source: Source::Stdin, jsonl: stdin_jsonl }], 0);
    }
    let mut inputs = Vec::new();
    let mut failed = 0;
    for arg in args {
        if arg.as_os_str() == "-" {
            inputs.push(Input { source: Source::Stdin, jsonl: stdin_jsonl });
            continue;
        }
        if let Err(err) = expand(arg, &mut inputs) {
            eprintln!("bersih: {err:#}");
            failed += 1;
        }
    }
    (inputs, failed)
}

fn expand(arg: &Path, inputs: &mut Vec<Input>) -> Result<()> {
    let meta = fs::metadata(arg).with_context(|| format!("{}: cannot open", arg.display()))?;
    if meta.is_dir() {
        let mut seen = HashSet::new();
        let mut found = Vec::new();
        walk(arg, &mut seen, &mut found)?;
        found.sort();
        for path in found {
            let relative = path.strip_prefix(arg).unwrap_or(&path).to_path_buf();
            inputs.push(Input { jsonl: is_jsonl(&path), source: Source::File { path, relative } });
        }
    } else {
        let relative = PathBuf::from(arg.file_name().unwrap_or(arg.as_os_str()));
        inputs.push(Input { jsonl: is_jsonl(arg), source: Source::File { path: arg.to_path_buf(), relative } });
    }
    Ok(())
}

fn walk(dir: &Path, seen: &mut HashSet<PathBuf>, found: &mut Vec<PathBuf>) -> Result<()> {
    // A symlink loop would otherwise send the walk round for ever.
    let canonical = fs::canonicalize(dir).with_context(|| format!("{}: cannot open", dir.display()))?;
    if !seen.insert(canonical) {
        return Ok(());
    }
    let entries = fs::read_dir(dir).with_context(|| format!("{}: cannot list", dir.display()))?;
    for entry in entries {
        let entry = entry.with_context(|| format!("{}: cannot list", dir.display()))?;
        let path = entry.path();
        match fs::metadata(&path) {
            Ok(meta) if meta.is_dir() => walk(&path, seen, found)?,
            // Only regular files: opening a FIFO or a device found in a folder could block the
            // run for ever. (Named on the command line, a pipe such as `<(zcat x)` is read.)
            Ok(meta) if meta.is_file() && (is_text(&path) || is_jsonl(&path)) => found.push(path),
            Ok(_) => {}
            // A dangling symlink names nothing to clean.
            Err(_) => {}
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(relative: &str) -> Input {
        let relative = PathBuf::from(relative);
        Input { jsonl: is_jsonl(&relative), source: Source::File { path: PathBuf::from("/nonexistent/x"), relative } }
    }

    #[test]
    fn jsonl_is_told_by_the_name_whatever_the_compression() {
        for name in ["a.jsonl", "a.JSONL", "dir/a.jsonl.gz", "a.jsonl.zst"] {
            assert!(is_jsonl(Path::new(name)), "{name}");
        }
        for name in ["a.json", "a.txt", "a.gz", "jsonl"] {
            assert!(!is_jsonl(Path::new(name)), "{name}");
        }
    }

    #[test]
    fn outputs_stay_under_the_output_folder() {
        let out = Path::new("out");
        assert_eq!(file("../../etc/passwd.txt").output_path(out, false).unwrap(), Path::new("out/etc/passwd.txt"));
        assert_eq!(file("/abs/a.txt").output_path(out, false).unwrap(), Path::new("out/abs/a.txt"));
        assert!(file("..").output_path(out, false).is_err());
    }

    #[test]
    fn json_format_renames_documents_but_not_corpora() {
        let out = Path::new("out");
        assert_eq!(file("a/b.txt").output_path(out, true).unwrap(), Path::new("out/a/b.json"));
        assert_eq!(file("c.jsonl.gz").output_path(out, true).unwrap(), Path::new("out/c.jsonl.gz"));
    }
}
