//! The `bersih` command: a thin layer over the library. Errors become messages here, with the
//! path or rule they concern; a failing input is reported and the batch goes on.

mod atomic;
mod codec;
mod explain;
mod inputs;
mod jsonl;
mod ordered;
mod progress;
mod run;
mod summary;

use anyhow::{Context, Result};
use bersih::{Config, Hunspell, Pipeline, StageConfig};
use clap::{Parser, Subcommand, ValueEnum};
use jsonl::MetadataLevel;
use progress::Progress;
use run::{is_broken_pipe, Run, Settings};
use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

/// Clean text scraped from news pages and blogs into canonical text, with every edit recorded.
///
/// bersih removes what the page wrapped around the article (headers, share widgets, related
/// links, credits, captions), repairs what the scrape broke (mojibake, HTML, glued sentences,
/// typos, stray scripts) and writes one paragraph per line, paragraphs separated by a blank line.
/// What it removes that is data (title, site, date, authors, captions, related headlines) goes to
/// the JSON output's metadata.
#[derive(Parser)]
#[command(name = "bersih", version, about, long_about, after_help = EXAMPLES)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

const EXAMPLES: &str = "\
Examples:
  bersih clean article.txt                  clean one file to standard output
  bersih clean -o out/ corpus/              clean a folder, one output file per input
  bersih clean -o out/ shard-*.jsonl.zst    clean JSONL corpora (the `text` field of each line)
  bersih clean -j 8 --stats s.json c.jsonl  8 threads, a JSON summary of the run
  bersih clean --format json article.txt    text, metadata and the edit log as JSON
  bersih clean --explain article.txt        every edit with its rule and reason
  bersih clean --check corpus/              exit 1 with a diff if anything is not clean (CI)
  bersih clean --stages decode,normalize f  only fix mojibake and normalize Unicode
  bersih rules                              list every rule
  bersih rule B012                          explain one rule";

#[derive(Subcommand)]
enum Command {
    /// Clean files, folders (every *.txt and *.jsonl below them) or standard input.
    Clean(Box<CleanArgs>),
    /// List every rule with its code, stage and name.
    Rules(RuleArgs),
    /// Explain one rule: what it does, why, and an example.
    Rule {
        /// The rule's code, such as B012 or R001.
        code: String,
        #[command(flatten)]
        rules: RuleArgs,
    },
}

#[derive(clap::Args)]
struct RuleArgs {
    /// Also load the rules of this TOML file (repeatable).
    #[arg(long = "rules", value_name = "FILE")]
    rule_files: Vec<PathBuf>,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    /// The clean text.
    Text,
    /// A JSON object: text, metadata fields and the edit log.
    Json,
}

#[derive(clap::Args)]
pub struct CleanArgs {
    /// Files or folders to clean; `-` or nothing reads standard input. A file named `*.jsonl`
    /// (optionally `.gz` or `.zst`) is a corpus: one JSON object per line, whose text field is
    /// cleaned.
    #[arg(value_name = "INPUT")]
    inputs: Vec<PathBuf>,

    /// Write one output file per input under DIR, keeping relative paths and compression (never
    /// overwrites an input). Without it, output goes to standard output.
    #[arg(short = 'o', long = "output", value_name = "DIR")]
    output: Option<PathBuf>,

    /// Output format of plain-text documents (a JSONL corpus stays JSONL).
    #[arg(long, value_enum, default_value = "text")]
    format: Format,

    /// Clean on N threads (default: every core). The output is the same whatever N.
    #[arg(short = 'j', long = "jobs", value_name = "N")]
    jobs: Option<usize>,

    /// Read standard input as a JSONL corpus.
    #[arg(long)]
    jsonl: bool,

    /// JSONL: the field that holds each document's text.
    #[arg(long, value_name = "NAME", default_value = "text")]
    text_field: String,

    /// JSONL: what to add under each record's `bersih` key: nothing, the metadata and edit
    /// counts by rule, or also every edit.
    #[arg(long, value_enum, value_name = "LEVEL", default_value = "summary")]
    metadata: MetadataLevel,

    /// Leave out documents that are empty once clean (counted in the summary).
    #[arg(long)]
    drop_empty: bool,

    /// Write JSONL lines that are not documents (invalid JSON or UTF-8, no text field) to FILE,
    /// exactly as read. They are reported on standard error either way.
    #[arg(long, value_name = "FILE")]
    rejects: Option<PathBuf>,

    /// Skip inputs whose output already exists (outputs appear only when complete).
    #[arg(long, requires = "output")]
    resume: bool,

    /// Write the run's summary (documents, bytes, edits by rule, time) as JSON to FILE.
    #[arg(long, value_name = "FILE")]
    stats: Option<PathBuf>,

    /// Print no summary on standard error.
    #[arg(short, long)]
    quiet: bool,

    /// Run only these stages, comma-separated, in pipeline order:
    /// decode,normalize,blocks,boilerplate,dedupe,punctuation,repair,reflow.
    #[arg(long, value_name = "LIST", value_delimiter = ',')]
    stages: Option<Vec<String>>,

    /// Print every edit with its rule code, name and reason (to standard output, after the
    /// text).
    #[arg(long, conflicts_with_all = ["check", "output"])]
    explain: bool,

    /// Write nothing; exit 1 and print a unified diff for every input that is not already clean.
    #[arg(long, conflicts_with = "output")]
    check: bool,

    /// Read input in this encoding (a WHATWG label such as windows-1252) instead of detecting it.
    #[arg(long, value_name = "LABEL")]
    encoding: Option<String>,

    /// Load the boilerplate rules of this TOML file on top of the embedded ones (repeatable).
    #[arg(long = "rules", value_name = "FILE")]
    rule_files: Vec<PathBuf>,

    /// Run only rules whose code starts with one of these (comma-separated).
    #[arg(long, value_delimiter = ',', value_name = "CODES")]
    select: Vec<String>,

    /// Never run rules whose code starts with one of these (comma-separated).
    #[arg(long, value_delimiter = ',', value_name = "CODES")]
    ignore: Vec<String>,

    /// Add the words of this file to the repair stage's lexicon (one word per line,
    /// optionally `word<TAB>count`; repeatable).
    #[arg(long = "lexicon", value_name = "FILE")]
    lexicon_files: Vec<PathBuf>,

    /// Never repair a word this hunspell dictionary accepts: `auto` (the system's Indonesian
    /// one, /usr/share/hunspell/id_ID.dic, when installed), `off`, or a .dic file (its .aff beside it).
    #[arg(long, value_name = "auto|off|FILE", default_value = "auto")]
    hunspell: String,
}

impl CleanArgs {
    fn config(&self) -> Result<Config> {
        let mut config = Config { encoding: self.encoding.clone(), ..Config::default() };
        if let Some(names) = &self.stages {
            let mut stages = Vec::new();
            for name in names {
                let stage = StageConfig::named(name.trim())
                    .with_context(|| format!("unknown stage {name:?}; stages are {}", StageConfig::NAMES.join(", ")))?;
                stages.push(stage);
            }
            // Pipeline order, whatever order they were named in.
            stages.sort_by_key(|s| StageConfig::NAMES.iter().position(|n| *n == s.name()));
            stages.dedup();
            config.stages = stages;
        }
        config.rule_files = self.rule_files.clone();
        config.select = self.select.clone();
        config.ignore = self.ignore.clone();
        config.lexicon_files = self.lexicon_files.clone();
        config.hunspell = Hunspell::from(self.hunspell.clone());
        Ok(config)
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Clean(args) => clean(&args),
        Command::Rules(args) => list_rules(&args).map(|()| true),
        Command::Rule { code, rules } => explain_rule(&code, &rules).map(|()| true),
    };
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(err) if is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("bersih: {err:#}");
            ExitCode::from(2)
        }
    }
}

fn pipeline_for_rules(args: &RuleArgs) -> Result<Pipeline> {
    let config = Config { rule_files: args.rule_files.clone(), ..Config::default() };
    Pipeline::new(&config).context("cannot build the pipeline")
}

fn list_rules(args: &RuleArgs) -> Result<()> {
    let pipeline = pipeline_for_rules(args)?;
    let mut out = io::stdout().lock();
    for rule in pipeline.rules() {
        writeln!(out, "{:6} {:12} {}", rule.code, rule.stage, rule.name)?;
    }
    Ok(())
}

fn explain_rule(code: &str, args: &RuleArgs) -> Result<()> {
    let pipeline = pipeline_for_rules(args)?;
    let rules = pipeline.rules();
    let rule = rules
        .iter()
        .find(|r| r.code.eq_ignore_ascii_case(code))
        .with_context(|| format!("no rule {code:?}; `bersih rules` lists them"))?;
    let mut out = io::stdout().lock();
    writeln!(out, "{} {} ({} stage, from {})\n", rule.code, rule.name, rule.stage, rule.origin)?;
    writeln!(out, "{}", rule.why)?;
    if let Some(example) = &rule.example {
        writeln!(out, "\nExample:\n  {example}")?;
    }
    if let Some(counter) = &rule.counter_example {
        writeln!(out, "\nLeft alone:\n  {counter}")?;
    }
    Ok(())
}

/// Cleans every input. Returns whether every input was cleaned, no line was rejected and, with
/// `--check`, everything was already clean.
fn clean(args: &CleanArgs) -> Result<bool> {
    let started = Instant::now();
    let config = args.config()?;
    let pipeline = Pipeline::new(&config).context("cannot build the pipeline")?;
    let (inputs, missing) = inputs::collect(&args.inputs, args.jsonl);
    if args.explain && inputs.iter().any(|input| input.jsonl) {
        anyhow::bail!("--explain shows one document's edits; for JSONL use --metadata full");
    }
    atomic::remove_temporaries_on_interrupt();
    let threads =
        args.jobs.filter(|&n| n > 0).unwrap_or_else(|| std::thread::available_parallelism().map_or(1, usize::from));
    let settings = Settings {
        output: args.output.clone(),
        format: match args.format {
            Format::Text => run::Format::Text,
            Format::Json => run::Format::Json,
        },
        explain: args.explain,
        check: args.check,
        resume: args.resume,
        jsonl: jsonl::Options {
            text_field: args.text_field.clone(),
            metadata: args.metadata,
            drop_empty: args.drop_empty,
            check: args.check,
        },
    };
    // A bar drawn over text on the same terminal would garble it.
    let visible = io::stderr().is_terminal() && (args.output.is_some() || !io::stdout().is_terminal());
    let total = inputs.iter().map(|input| input.stored_size()).sum::<Option<u64>>();
    let progress = if visible { Progress::new(total, true) } else { Progress::hidden() };
    let mut run = Run::new(&pipeline, threads, settings, progress, args.rejects.as_deref())?;
    run.clean_all(&inputs)?;
    let (mut summary, unclean) = run.finish()?;
    summary.inputs_failed += missing;
    summary.finish(started.elapsed());
    let corpus = args.output.is_some() || inputs.iter().any(|input| input.jsonl);
    if corpus && !args.quiet {
        eprint!("{summary}");
    }
    if let Some(path) = &args.stats {
        let json = serde_json::to_string_pretty(&summary)? + "\n";
        atomic::write(path, json.as_bytes())?;
    }
    Ok(summary.inputs_failed == 0 && summary.rejected == 0 && !unclean)
}
