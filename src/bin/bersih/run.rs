//! One `bersih clean` run over many inputs: JSONL corpora record by record, plain-text documents
//! file by file, both on every core and written in input order. A failing input or a bad line is
//! reported and counted and the run goes on; only a closed standard output stops it.

use crate::atomic::{self, TempOutput};
use crate::codec::Compression;
use crate::explain;
use crate::inputs::Input;
use crate::jsonl::{self, Line, Outcome};
use crate::ordered::{self, Batching};
use crate::progress::Progress;
use crate::summary::{DocCounts, Summary};
use anyhow::{Context, Result};
use bersih::Pipeline;
use rayon::ThreadPool;
use std::collections::HashSet;
use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

/// How plain-text documents are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Json,
}

pub struct Settings {
    pub output: Option<PathBuf>,
    pub format: Format,
    pub explain: bool,
    pub check: bool,
    pub resume: bool,
    pub jsonl: jsonl::Options,
}

pub struct Run<'a> {
    pipeline: &'a Pipeline,
    pool: ThreadPool,
    batching: Batching,
    settings: Settings,
    progress: Progress,
    rejects: Option<Rejects>,
    pub summary: Summary,
    /// With `--check`: whether some document was not clean.
    pub unclean: bool,
    /// Outputs already claimed by an input of this run.
    claimed: HashSet<PathBuf>,
}

/// The `--rejects` file: every rejected line exactly as it was read, one per line, so it can be
/// fixed and cleaned again. It is complete, or absent, like every output.
struct Rejects {
    temp: TempOutput,
    file: BufWriter<File>,
}

impl<'a> Run<'a> {
    pub fn new(
        pipeline: &'a Pipeline,
        threads: usize,
        settings: Settings,
        progress: Progress,
        rejects: Option<&Path>,
    ) -> Result<Run<'a>> {
        let pool = rayon::ThreadPoolBuilder::new().num_threads(threads).build().context("cannot start threads")?;
        let rejects = match rejects {
            Some(path) => {
                let (temp, file) = TempOutput::create(path)?;
                Some(Rejects { temp, file: BufWriter::new(file) })
            }
            None => None,
        };
        let batching = Batching::for_threads(threads);
        Ok(Run {
            pipeline,
            pool,
            batching,
            settings,
            progress,
            rejects,
            summary: Summary::default(),
            unclean: false,
            claimed: HashSet::new(),
        })
    }

    /// Cleans every input in order. Consecutive plain-text documents are cleaned together, so a
    /// folder of small files keeps every core busy too.
    pub fn clean_all(&mut self, inputs: &[Input]) -> Result<()> {
        let mut i = 0;
        while i < inputs.len() {
            if inputs[i].jsonl {
                self.clean_corpus(&inputs[i])?;
                i += 1;
            } else {
                let run = inputs[i..].iter().take_while(|input| !input.jsonl).count();
                self.clean_documents(&inputs[i..i + run])?;
                i += run;
            }
        }
        Ok(())
    }

    /// Completes the rejects file.
    pub fn finish(mut self) -> Result<(Summary, bool)> {
        self.progress.finish();
        if let Some(Rejects { temp, file }) = self.rejects.take() {
            let file = file.into_inner().map_err(|e| e.into_error()).context("cannot write the rejects file")?;
            temp.persist(file)?;
        }
        Ok((self.summary, self.unclean))
    }

    /// The output file of `input`, or `None` for standard output. `Err` when the input is done
    /// with: already complete (`--resume`) or unable to have an output.
    fn target(&mut self, input: &Input) -> Result<Option<PathBuf>, ()> {
        let Some(dir) = &self.settings.output else { return Ok(None) };
        match input.output_path(dir, self.settings.format == Format::Json) {
            // The output appears under its name only when complete, so existing means done.
            Ok(target) if self.settings.resume && target.exists() => {
                self.summary.inputs_skipped += 1;
                Err(())
            }
            // Two inputs with one relative name (`a/x.txt b/x.txt`) would otherwise overwrite each
            // other's output.
            Ok(target) if !self.claimed.insert(target.clone()) => {
                eprintln!("bersih: {}: output {} is an earlier input's output", input.display(), target.display());
                self.summary.inputs_failed += 1;
                Err(())
            }
            Ok(target) => Ok(Some(target)),
            Err(err) => {
                eprintln!("bersih: {}: {err:#}", input.display());
                self.summary.inputs_failed += 1;
                Err(())
            }
        }
    }

    fn clean_corpus(&mut self, input: &Input) -> Result<()> {
        let Ok(target) = self.target(input) else { return Ok(()) };
        let name = input.display().to_string();
        match self.write_corpus(input, &name, target.as_deref()) {
            Ok(()) => self.summary.inputs += 1,
            Err(err) if is_broken_pipe(&err) => return Err(err),
            Err(err) => {
                eprintln!("bersih: {name}: {err:#}");
                self.summary.inputs_failed += 1;
            }
        }
        Ok(())
    }

    fn write_corpus(&mut self, input: &Input, name: &str, target: Option<&Path>) -> Result<()> {
        let reader = input.open(self.progress.clone()).context("cannot read")?;
        let (temp, mut out) = match target {
            _ if self.settings.check => (None, Output::Nowhere),
            Some(path) => {
                let (temp, file) = TempOutput::create(path)?;
                let encoder = Compression::of(path).writer(file).context("cannot write")?;
                (Some(temp), Output::File(encoder))
            }
            None => (None, Output::Stdout(BufWriter::with_capacity(1 << 16, io::stdout()))),
        };
        let (pipeline, options) = (self.pipeline, &self.settings.jsonl);
        let source = jsonl::lines(reader).map(|line| line.context("cannot read"));
        let work = |line: Line| (line.bytes.len() as u64 + 1, jsonl::process(pipeline, options, name, line));
        let (summary, rejects, progress, unclean) =
            (&mut self.summary, &mut self.rejects, &self.progress, &mut self.unclean);
        let sink = |(bytes_in, outcome): (u64, Outcome)| -> Result<()> {
            summary.bytes_in += bytes_in;
            match outcome {
                Outcome::Cleaned { record, counts, diff } => {
                    summary.add_document(counts);
                    summary.bytes_out += record.len() as u64;
                    out.write_all(&record).context("cannot write")?;
                    if let Some(diff) = diff {
                        *unclean = true;
                        io::stdout().lock().write_all(diff.as_bytes()).context("cannot write")?;
                    }
                }
                Outcome::Dropped { counts } => {
                    summary.add_document(counts);
                    summary.dropped += 1;
                }
                Outcome::Rejected { number, raw, reason } => {
                    eprintln!("bersih: {name}:{number}: {reason}");
                    summary.rejected += 1;
                    if let Some(rejects) = rejects {
                        rejects
                            .file
                            .write_all(&raw)
                            .and_then(|()| rejects.file.write_all(b"\n"))
                            .context("cannot write the rejects file")?;
                    }
                }
            }
            progress.documents(summary.documents);
            Ok(())
        };
        ordered::run(&self.pool, source, |line| line.bytes.len(), self.batching, work, sink)?;
        match (out, temp) {
            (Output::File(encoder), Some(temp)) => temp.persist(encoder.finish().context("cannot write")?),
            (Output::Stdout(mut stdout), _) => stdout.flush().context("cannot write"),
            _ => Ok(()),
        }
    }

    fn clean_documents(&mut self, inputs: &[Input]) -> Result<()> {
        let mut jobs = Vec::new();
        for input in inputs {
            if let Ok(target) = self.target(input) {
                jobs.push((input, target));
            }
        }
        let progress = self.progress.clone();
        let source = jobs.iter().enumerate().map(|(i, (input, _))| Ok((i, input.read(progress.clone()))));
        let weight = |(_, bytes): &(usize, Result<Vec<u8>>)| bytes.as_ref().map_or(0, Vec::len);
        let (pipeline, settings, jobs) = (self.pipeline, &self.settings, &jobs);
        let work = |(i, bytes): (usize, Result<Vec<u8>>)| {
            (i, bytes.and_then(|bytes| render_document(pipeline, settings, jobs[i].0, &bytes)))
        };
        let (summary, progress, unclean) = (&mut self.summary, &self.progress, &mut self.unclean);
        let sink = |(i, rendered): (usize, Result<Document>)| -> Result<()> {
            let (input, target) = &jobs[i];
            let document = match rendered {
                Ok(document) => document,
                Err(err) => {
                    eprintln!("bersih: {}: {err:#}", input.display());
                    summary.inputs_failed += 1;
                    return Ok(());
                }
            };
            summary.inputs += 1;
            summary.bytes_in += document.bytes_in;
            summary.add_document(document.counts);
            progress.documents(summary.documents);
            if document.empty && settings.jsonl.drop_empty {
                summary.dropped += 1;
                return Ok(());
            }
            summary.bytes_out += document.rendered.len() as u64;
            if settings.check {
                *unclean |= !document.rendered.is_empty();
            }
            match target {
                Some(target) => {
                    if let Err(err) = atomic::write(target, &document.rendered) {
                        eprintln!("bersih: {err:#}");
                        summary.inputs_failed += 1;
                    }
                }
                None => io::stdout().lock().write_all(&document.rendered).context("cannot write")?,
            }
            Ok(())
        };
        ordered::run(&self.pool, source, weight, self.batching, work, sink)
    }
}

/// Where a corpus's records go.
enum Output {
    File(crate::codec::Encoder),
    Stdout(BufWriter<io::Stdout>),
    Nowhere,
}

impl Write for Output {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Output::File(w) => w.write(buf),
            Output::Stdout(w) => w.write(buf),
            Output::Nowhere => Ok(buf.len()),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            Output::File(w) => w.flush(),
            Output::Stdout(w) => w.flush(),
            Output::Nowhere => Ok(()),
        }
    }
}

/// A cleaned plain-text document, rendered as it will be written.
struct Document {
    bytes_in: u64,
    counts: DocCounts,
    empty: bool,
    /// The text, the JSON, or with `--check` the diff (empty when already clean).
    rendered: Vec<u8>,
}

fn render_document(pipeline: &Pipeline, settings: &Settings, input: &Input, bytes: &[u8]) -> Result<Document> {
    let cleaned = pipeline.clean(bytes)?;
    let counts = DocCounts::new(cleaned.input.len(), cleaned.text.len(), &cleaned.edits);
    let empty = cleaned.text.trim().is_empty();
    let rendered = if settings.check {
        if cleaned.edits.is_empty() {
            Vec::new()
        } else {
            let name = input.display().to_string();
            let diff = similar::TextDiff::from_lines(cleaned.input.as_str(), cleaned.text.as_str());
            diff.unified_diff().header(&name, &format!("{name} (clean)")).to_string().into_bytes()
        }
    } else {
        let mut rendered = match settings.format {
            Format::Text => cleaned.text.clone().into_bytes(),
            Format::Json => (serde_json::to_string_pretty(&cleaned)? + "\n").into_bytes(),
        };
        if settings.explain {
            explain::write_edits(&mut rendered, pipeline, &cleaned)?;
        }
        rendered
    };
    Ok(Document { bytes_in: bytes.len() as u64, counts, empty, rendered })
}

/// A closed pipe on standard output (`bersih clean big | head`) is the reader's choice, not an
/// error.
pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|e| e.downcast_ref::<io::Error>().is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe))
}
