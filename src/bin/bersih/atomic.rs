//! Outputs that appear under their final name only when complete: each is written to a temporary
//! file beside its target and renamed into place at the end. An interrupted run (an error, a
//! panic, Ctrl-C) leaves the target absent or as it was before, never half-written, and removes
//! its temporary files on the way out.

use anyhow::{Context, Result};
use std::fs::{self, File};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// Temporary files being written now, removed by the Ctrl-C handler.
static PENDING: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

fn pending() -> std::sync::MutexGuard<'static, Vec<PathBuf>> {
    // A panic elsewhere while holding the lock leaves the list itself intact.
    PENDING.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// On Ctrl-C, removes every temporary file and exits with 130, the shell's code for SIGINT.
pub fn remove_temporaries_on_interrupt() {
    // Failing to install the handler (one is already set) only costs the clean-up of temporary
    // files, which never carry a final name anyway.
    let _ = ctrlc::set_handler(|| {
        for path in pending().drain(..) {
            let _ = fs::remove_file(path);
        }
        std::process::exit(130);
    });
}

/// A temporary file that becomes `target` on [`TempOutput::persist`] and disappears otherwise.
pub struct TempOutput {
    temp: PathBuf,
    target: PathBuf,
    persisted: bool,
}

impl TempOutput {
    /// Creates the temporary file (and `target`'s folder) and returns it open for writing.
    pub fn create(target: &Path) -> Result<(TempOutput, File)> {
        let dir = target.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
        fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
        let name = target.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let temp = dir.join(format!(".{name}.bersih-{}.tmp", std::process::id()));
        // Registered before it exists, so Ctrl-C between the two steps cannot miss it.
        pending().push(temp.clone());
        let guard = TempOutput { temp, target: target.to_path_buf(), persisted: false };
        // A fresh file, never one that is there already: a symlink planted under the temporary
        // name would otherwise be followed out of the output folder.
        let _ = fs::remove_file(&guard.temp);
        let file = File::options()
            .write(true)
            .create_new(true)
            .open(&guard.temp)
            .with_context(|| format!("cannot create {}", guard.temp.display()))?;
        Ok((guard, file))
    }

    /// Makes the written file durable and gives it its final name.
    pub fn persist(mut self, file: File) -> Result<()> {
        file.sync_data().with_context(|| format!("cannot write {}", self.temp.display()))?;
        drop(file);
        fs::rename(&self.temp, &self.target).with_context(|| format!("cannot write {}", self.target.display()))?;
        self.persisted = true;
        Ok(())
    }
}

impl Drop for TempOutput {
    fn drop(&mut self) {
        if !self.persisted {
            let _ = fs::remove_file(&self.temp);
        }
        pending().retain(|p| p != &self.temp);
    }
}

/// Writes `bytes` as `target`, which is either absent or complete at every moment.
pub fn write(target: &Path, bytes: &[u8]) -> Result<()> {
    let (temp, mut file) = TempOutput::create(target)?;
    file.write_all(bytes).with_context(|| format!("cannot write {}", target.display()))?;
    temp.persist(file)
}
