//! Which inputs a command line names, and where each one's output goes.

use anyhow::{bail, Context, Result};
use std::collections::HashSet;
use std::fmt;
use std::fs;
use std::io::Write;
use std::path::{Component, Path, PathBuf};

/// One document to clean.
pub enum Input {
    Stdin,
    /// A file, with its path relative to the folder it was found under (its name when it was
    /// named directly), which its output keeps.
    File {
        path: PathBuf,
        relative: PathBuf,
    },
}

impl Input {
    pub fn read(&self) -> Result<Vec<u8>> {
        match self {
            Input::Stdin => crate::read_stdin().context("cannot read standard input"),
            Input::File { path, .. } => fs::read(path).context("cannot read"),
        }
    }

    pub fn display(&self) -> impl fmt::Display + '_ {
        match self {
            Input::Stdin => Path::new("<stdin>").display(),
            Input::File { path, .. } => path.display(),
        }
    }

    /// The output file for this input under `dir`. Refuses to name an input file as output.
    pub fn output_path(&self, dir: &Path, json: bool) -> Result<PathBuf> {
        let relative = match self {
            Input::Stdin => PathBuf::from("stdin.txt"),
            Input::File { relative, .. } => relative.clone(),
        };
        // Only plain components: an input named `../x` or `/etc/x` must not lead outside DIR.
        let safe: PathBuf = relative.components().filter(|c| matches!(c, Component::Normal(_))).collect();
        let mut target = dir.join(safe);
        if json {
            target.set_extension("json");
        }
        if let Input::File { path, .. } = self {
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

/// Expands the command line's inputs: files as named, folders into every `*.txt` below them
/// (sorted, following no symlink twice), `-` or nothing into standard input.
pub fn collect(args: &[PathBuf]) -> Result<Vec<Input>> {
    if args.is_empty() {
        return Ok(vec![Input::Stdin]);
    }
    let mut inputs = Vec::new();
    for arg in args {
        if arg.as_os_str() == "-" {
            inputs.push(Input::Stdin);
            continue;
        }
        let meta = fs::metadata(arg).with_context(|| format!("{}: cannot open", arg.display()))?;
        if meta.is_dir() {
            let mut seen = HashSet::new();
            let mut found = Vec::new();
            walk(arg, &mut seen, &mut found)?;
            found.sort();
            for path in found {
                let relative = path.strip_prefix(arg).unwrap_or(&path).to_path_buf();
                inputs.push(Input::File { path, relative });
            }
        } else {
            let relative = PathBuf::from(arg.file_name().unwrap_or(arg.as_os_str()));
            inputs.push(Input::File { path: arg.clone(), relative });
        }
    }
    Ok(inputs)
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
            Ok(_) if path.extension().is_some_and(|e| e == "txt") => found.push(path),
            Ok(_) => {}
            // A dangling symlink names nothing to clean.
            Err(_) => {}
        }
    }
    Ok(())
}

/// Writes `bytes` to a temporary file beside `target` and renames it into place, so `target` is
/// either absent or complete, never half-written.
pub fn write_atomically(target: &Path, bytes: &[u8]) -> Result<()> {
    let dir = target.parent().unwrap_or(Path::new("."));
    fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let name = target.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let temp = dir.join(format!(".{name}.bersih-{}.tmp", std::process::id()));
    let result = (|| -> std::io::Result<()> {
        let mut file = fs::File::create(&temp)?;
        file.write_all(bytes)?;
        file.sync_data()?;
        fs::rename(&temp, target)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&temp);
    }
    result.with_context(|| "cannot write".to_string())
}
