//! The `bersih` command: a thin layer over the library. Errors become messages here, with the
//! path or rule they concern; a failing input is reported and the batch goes on.

mod explain;
mod inputs;

use anyhow::{Context, Result};
use bersih::{Config, Pipeline, StageConfig};
use clap::{Parser, Subcommand, ValueEnum};
use std::io::{self, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

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
  bersih clean --format json article.txt    text, metadata and the edit log as JSON
  bersih clean --explain article.txt        every edit with its rule and reason
  bersih clean --check corpus/              exit 1 with a diff if anything is not clean (CI)
  bersih clean --stages decode,normalize f  only fix mojibake and normalize Unicode
  bersih rules                              list every rule
  bersih rule B012                          explain one rule";

#[derive(Subcommand)]
enum Command {
    /// Clean files, folders (every *.txt below them) or standard input.
    Clean(CleanArgs),
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
    /// Files or folders to clean; `-` or nothing reads standard input.
    #[arg(value_name = "INPUT")]
    inputs: Vec<PathBuf>,

    /// Write one output file per input under DIR, keeping relative paths (never overwrites an
    /// input). Without it, output goes to standard output.
    #[arg(short = 'o', long = "output", value_name = "DIR")]
    output: Option<PathBuf>,

    /// Output format.
    #[arg(long, value_enum, default_value = "text")]
    format: Format,

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

/// A closed pipe on standard output (`bersih clean big | head`) is the reader's choice, not an
/// error.
fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|e| e.downcast_ref::<io::Error>().is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe))
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

/// Cleans every input. Returns whether every input was cleaned (and, with `--check`, was
/// already clean).
fn clean(args: &CleanArgs) -> Result<bool> {
    let config = args.config()?;
    let pipeline = Pipeline::new(&config).context("cannot build the pipeline")?;
    let inputs = inputs::collect(&args.inputs)?;
    let mut all_ok = true;
    let stdout = io::stdout();
    for input in &inputs {
        let bytes = match input.read() {
            Ok(bytes) => bytes,
            Err(err) => {
                eprintln!("bersih: {}: {err:#}", input.display());
                all_ok = false;
                continue;
            }
        };
        let cleaned = match pipeline.clean(&bytes) {
            Ok(cleaned) => cleaned,
            Err(err) => {
                eprintln!("bersih: {}: {err}", input.display());
                all_ok = false;
                continue;
            }
        };
        if args.check {
            if cleaned.edits.is_empty() {
                continue;
            }
            all_ok = false;
            let before = String::from_utf8_lossy(&bytes);
            let diff = similar::TextDiff::from_lines(before.as_ref(), cleaned.text.as_str());
            let name = input.display().to_string();
            write!(stdout.lock(), "{}", diff.unified_diff().header(&name, &format!("{name} (clean)")))?;
            continue;
        }
        let rendered = match args.format {
            Format::Text => cleaned.text.clone(),
            Format::Json => serde_json::to_string_pretty(&cleaned)? + "\n",
        };
        match &args.output {
            Some(dir) => {
                let target = input.output_path(dir, args.format == Format::Json)?;
                if let Err(err) = inputs::write_atomically(&target, rendered.as_bytes()) {
                    eprintln!("bersih: {}: {err:#}", target.display());
                    all_ok = false;
                }
            }
            None => {
                let mut out = stdout.lock();
                out.write_all(rendered.as_bytes())?;
                if args.explain {
                    explain::write_edits(&mut out, &pipeline, &cleaned)?;
                }
            }
        }
    }
    Ok(all_ok)
}

/// Reads all of standard input.
pub fn read_stdin() -> io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    io::stdin().lock().read_to_end(&mut bytes)?;
    Ok(bytes)
}
