//! The progress bar: on standard error, and only when a person is watching it (a terminal), so
//! logs and pipes get nothing but the summary.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::{self, Read};
use std::time::Duration;

/// A handle to the bar, or to nothing when there is no terminal. Cheap to clone across threads.
#[derive(Clone)]
pub struct Progress {
    bar: Option<ProgressBar>,
}

impl Progress {
    /// A bar over `total_bytes` of input (compressed bytes as stored, when a file is compressed),
    /// drawn only when `visible`.
    pub fn new(total_bytes: Option<u64>, visible: bool) -> Progress {
        if !visible {
            return Progress { bar: None };
        }
        let bar = ProgressBar::with_draw_target(total_bytes, ProgressDrawTarget::stderr_with_hz(4));
        let template = if total_bytes.is_some() {
            "{elapsed_precise} [{wide_bar}] {decimal_bytes}/{decimal_total_bytes} {decimal_bytes_per_sec} ETA {eta} {msg}"
        } else {
            "{spinner} {elapsed_precise} {decimal_bytes} {decimal_bytes_per_sec} {msg}"
        };
        bar.set_style(ProgressStyle::with_template(template).expect("valid template").progress_chars("=> "));
        bar.enable_steady_tick(Duration::from_millis(250));
        Progress { bar: Some(bar) }
    }

    pub fn hidden() -> Progress {
        Progress { bar: None }
    }

    pub fn read_bytes(&self, n: u64) {
        if let Some(bar) = &self.bar {
            bar.inc(n);
        }
    }

    pub fn documents(&self, done: u64) {
        if let Some(bar) = &self.bar {
            bar.set_message(format!("{done} docs"));
        }
    }

    pub fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}

/// Counts the bytes read from a file, as stored, into the bar.
pub struct Counting<R> {
    inner: R,
    progress: Progress,
}

impl<R> Counting<R> {
    pub fn new(inner: R, progress: Progress) -> Counting<R> {
        Counting { inner, progress }
    }
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.progress.read_bytes(n as u64);
        Ok(n)
    }
}
