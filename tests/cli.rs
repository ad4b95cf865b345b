//! The `bersih` command as a user runs it: exit codes, where outputs go, JSONL corpora, bad
//! lines, compression, resuming, pipes.

use std::fs;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use tempfile::TempDir;

fn bersih() -> Command {
    Command::new(env!("CARGO_BIN_EXE_bersih"))
}

fn run(args: &[&str], dir: &Path) -> Output {
    bersih().args(args).current_dir(dir).output().expect("bersih runs")
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn code(output: &Output) -> i32 {
    output.status.code().expect("exited, not killed")
}

fn seed() -> String {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let mut files: Vec<PathBuf> = fs::read_dir(corpus).unwrap().flatten().map(|e| e.path()).collect();
    files.sort();
    fs::read_to_string(&files[0]).unwrap()
}

/// A JSONL corpus of `n` records, each with an id, a text and a field after the text, as scraped
/// corpora have. The texts are the seed articles' paragraphs: short, so a debug build cleans
/// thousands quickly.
fn corpus(n: usize) -> String {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let mut files: Vec<PathBuf> = fs::read_dir(corpus).unwrap().flatten().map(|e| e.path()).collect();
    files.sort();
    let texts: Vec<String> = files
        .iter()
        .flat_map(|f| {
            String::from_utf8_lossy(&fs::read(f).unwrap()).split("\n\n").map(str::to_string).collect::<Vec<_>>()
        })
        .filter(|p| !p.trim().is_empty())
        .collect();
    let mut out = String::new();
    for i in 0..n {
        let record = serde_json::json!({"id": format!("doc-{i}"), "text": texts[i % texts.len()], "n": i});
        out.push_str(&record.to_string());
        out.push('\n');
    }
    out
}

fn ids(jsonl: &str) -> Vec<String> {
    jsonl
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["id"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn a_clean_run_exits_0_and_a_usage_error_exits_2() {
    let dir = TempDir::new().unwrap();
    fs::write(dir.path().join("a.txt"), seed()).unwrap();
    assert_eq!(code(&run(&["clean", "a.txt"], dir.path())), 0);
    let unknown_stage = run(&["clean", "--stages", "polish", "a.txt"], dir.path());
    assert_eq!(code(&unknown_stage), 2);
    assert!(stderr(&unknown_stage).contains("unknown stage"));
    assert_eq!(code(&run(&["clean", "--no-such-flag", "a.txt"], dir.path())), 2);
}

#[test]
fn a_missing_input_exits_1_after_cleaning_the_others() {
    let dir = TempDir::new().unwrap();
    fs::write(dir.path().join("a.txt"), seed()).unwrap();
    let output = run(&["clean", "-o", "out", "missing.txt", "a.txt"], dir.path());
    assert_eq!(code(&output), 1);
    assert!(stderr(&output).contains("missing.txt"));
    assert!(dir.path().join("out/a.txt").exists());
}

#[test]
fn outputs_keep_relative_paths_under_the_output_folder() {
    let dir = TempDir::new().unwrap();
    fs::create_dir_all(dir.path().join("in/sub")).unwrap();
    fs::write(dir.path().join("in/a.txt"), seed()).unwrap();
    fs::write(dir.path().join("in/sub/b.txt"), seed()).unwrap();
    assert_eq!(code(&run(&["clean", "-o", "out", "in"], dir.path())), 0);
    assert!(dir.path().join("out/a.txt").exists());
    assert!(dir.path().join("out/sub/b.txt").exists());

    assert_eq!(code(&run(&["clean", "--format", "json", "-o", "json", "in"], dir.path())), 0);
    let json = fs::read_to_string(dir.path().join("json/sub/b.json")).unwrap();
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert!(value["text"].is_string() && value["edits"].is_array());
}

#[test]
fn inputs_named_by_parent_or_absolute_paths_land_inside_the_output_folder() {
    let dir = TempDir::new().unwrap();
    fs::create_dir_all(dir.path().join("work")).unwrap();
    fs::write(dir.path().join("up.txt"), seed()).unwrap();
    let absolute = dir.path().join("abs.txt");
    fs::write(&absolute, seed()).unwrap();
    let output = run(&["clean", "-o", "out", "../up.txt", absolute.to_str().unwrap()], &dir.path().join("work"));
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let mut written: Vec<String> = fs::read_dir(dir.path().join("work/out"))
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    written.sort();
    assert_eq!(written, ["abs.txt", "up.txt"]);
}

#[test]
fn an_input_is_never_overwritten() {
    let dir = TempDir::new().unwrap();
    let raw = seed();
    fs::write(dir.path().join("a.txt"), &raw).unwrap();
    let output = run(&["clean", "-o", ".", "a.txt"], dir.path());
    assert_eq!(code(&output), 1);
    assert!(stderr(&output).contains("overwrite its input"));
    assert_eq!(fs::read_to_string(dir.path().join("a.txt")).unwrap(), raw);
}

#[test]
fn jsonl_keeps_order_and_is_the_same_bytes_on_one_or_two_threads() {
    let dir = TempDir::new().unwrap();
    // More records than one batch holds, so batches are cut and reassembled.
    let input = corpus(1500);
    fs::write(dir.path().join("c.jsonl"), &input).unwrap();
    let one = run(&["clean", "-j", "1", "-o", "one", "c.jsonl"], dir.path());
    let two = run(&["clean", "-j", "2", "-o", "two", "c.jsonl"], dir.path());
    assert_eq!((code(&one), code(&two)), (0, 0), "{}", stderr(&two));
    let one = fs::read(dir.path().join("one/c.jsonl")).unwrap();
    let two = fs::read(dir.path().join("two/c.jsonl")).unwrap();
    assert!(one == two, "-j1 and -j2 outputs differ");
    assert_eq!(ids(&String::from_utf8(one).unwrap()), ids(&input));
}

#[test]
fn jsonl_cleans_the_text_field_and_keeps_the_others() {
    let dir = TempDir::new().unwrap();
    let line = serde_json::json!({"id": "x", "body": seed(), "score": 0.5});
    fs::write(dir.path().join("c.jsonl"), format!("{line}\n")).unwrap();
    let output = run(&["clean", "--text-field", "body", "--metadata", "summary", "c.jsonl"], dir.path());
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let record: serde_json::Value = serde_json::from_str(stdout(&output).trim_end()).unwrap();
    let keys: Vec<&String> = record.as_object().unwrap().keys().collect();
    assert_eq!(keys, ["id", "body", "score", "bersih"]);
    assert_eq!(record["score"], 0.5);
    assert!(record["bersih"]["edit_counts"].is_object());
    let expected = bersih::Pipeline::new(&bersih::Config::default()).unwrap().clean_str(&seed()).text;
    assert_eq!(record["body"], expected.as_str());
}

#[test]
fn bad_lines_are_reported_with_their_line_and_kept_in_the_rejects_file() {
    let dir = TempDir::new().unwrap();
    let mut input = corpus(2).into_bytes();
    input.extend_from_slice(b"{\"id\": \"n\", \"text\": null}\n");
    input.extend_from_slice(b"{\"id\": broken\n");
    input.extend_from_slice(b"{\"id\": \"u\", \"text\": \"caf\xe9\"}\n");
    input.extend_from_slice(b"{\"id\": \"t\"}\n");
    input.extend_from_slice(corpus(1).as_bytes());
    fs::write(dir.path().join("c.jsonl"), &input).unwrap();
    let output = run(&["clean", "-o", "out", "--rejects", "rejects.jsonl", "c.jsonl"], dir.path());
    assert_eq!(code(&output), 1);
    let err = stderr(&output);
    assert!(err.contains("c.jsonl:3: field \"text\" is null"), "{err}");
    assert!(err.contains("c.jsonl:4: invalid JSON"), "{err}");
    assert!(err.contains("c.jsonl:5: invalid UTF-8"), "{err}");
    assert!(err.contains("c.jsonl:6: no field \"text\""), "{err}");
    let rejects = fs::read(dir.path().join("rejects.jsonl")).unwrap();
    assert_eq!(
        rejects,
        input.split(|&b| b == b'\n').skip(2).take(4).flat_map(|l| [l, b"\n"].concat()).collect::<Vec<u8>>()
    );
    let cleaned = fs::read_to_string(dir.path().join("out/c.jsonl")).unwrap();
    assert_eq!(ids(&cleaned), ["doc-0", "doc-1", "doc-0"]);
}

#[test]
fn compressed_corpora_come_out_compressed_the_same_way() {
    let dir = TempDir::new().unwrap();
    let input = corpus(20);
    fs::write(dir.path().join("plain.jsonl"), &input).unwrap();
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(input.as_bytes()).unwrap();
    fs::write(dir.path().join("c.jsonl.gz"), gz.finish().unwrap()).unwrap();
    fs::write(dir.path().join("c.jsonl.zst"), zstd::encode_all(input.as_bytes(), 3).unwrap()).unwrap();
    let output = run(&["clean", "-o", "out", "plain.jsonl", "c.jsonl.gz", "c.jsonl.zst"], dir.path());
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let plain = fs::read_to_string(dir.path().join("out/plain.jsonl")).unwrap();
    let mut from_gz = String::new();
    flate2::read::GzDecoder::new(fs::File::open(dir.path().join("out/c.jsonl.gz")).unwrap())
        .read_to_string(&mut from_gz)
        .unwrap();
    let from_zst = zstd::decode_all(fs::File::open(dir.path().join("out/c.jsonl.zst")).unwrap()).unwrap();
    assert_eq!(from_gz, plain);
    assert_eq!(String::from_utf8(from_zst).unwrap(), plain);
}

#[test]
fn resume_skips_outputs_that_are_complete() {
    let dir = TempDir::new().unwrap();
    fs::write(dir.path().join("a.jsonl"), corpus(3)).unwrap();
    fs::write(dir.path().join("b.jsonl"), corpus(3)).unwrap();
    assert_eq!(code(&run(&["clean", "-o", "out", "a.jsonl"], dir.path())), 0);
    // A marker shows whether the finished output is written again.
    fs::write(dir.path().join("out/a.jsonl"), "done before\n").unwrap();
    let output = run(&["clean", "--resume", "--stats", "stats.json", "-o", "out", "a.jsonl", "b.jsonl"], dir.path());
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    assert_eq!(fs::read_to_string(dir.path().join("out/a.jsonl")).unwrap(), "done before\n");
    assert_eq!(ids(&fs::read_to_string(dir.path().join("out/b.jsonl")).unwrap()).len(), 3);
    let stats: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(dir.path().join("stats.json")).unwrap()).unwrap();
    assert_eq!((stats["inputs"].as_u64(), stats["inputs_skipped"].as_u64()), (Some(1), Some(1)));
    assert_eq!(stats["documents"].as_u64(), Some(3));
}

#[test]
fn drop_empty_leaves_out_and_counts_documents_that_clean_to_nothing() {
    let dir = TempDir::new().unwrap();
    let input = format!("{}{}\n", corpus(1), serde_json::json!({"id": "empty", "text": "   \n\n  "}));
    fs::write(dir.path().join("c.jsonl"), input).unwrap();
    let output = run(&["clean", "--drop-empty", "--stats", "s.json", "c.jsonl"], dir.path());
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    assert_eq!(ids(&stdout(&output)), ["doc-0"]);
    let stats: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(dir.path().join("s.json")).unwrap()).unwrap();
    assert_eq!((stats["documents"].as_u64(), stats["dropped"].as_u64()), (Some(2), Some(1)));
}

#[test]
fn check_exits_1_with_a_diff_until_the_text_is_clean() {
    let dir = TempDir::new().unwrap();
    fs::write(dir.path().join("raw.txt"), seed()).unwrap();
    let check = run(&["clean", "--check", "raw.txt"], dir.path());
    assert_eq!(code(&check), 1);
    assert!(stdout(&check).contains("--- raw.txt\n+++ raw.txt (clean)"), "{}", stdout(&check));
    let cleaned = run(&["clean", "raw.txt"], dir.path());
    fs::write(dir.path().join("clean.txt"), &cleaned.stdout).unwrap();
    let recheck = run(&["clean", "--check", "clean.txt"], dir.path());
    assert_eq!(code(&recheck), 0, "{}", stdout(&recheck));
    assert_eq!(stdout(&recheck), "");
}

#[test]
fn explain_lists_every_edit_with_its_rule_and_reason() {
    let dir = TempDir::new().unwrap();
    fs::write(dir.path().join("a.txt"), seed()).unwrap();
    let output = run(&["clean", "--explain", "a.txt"], dir.path());
    assert_eq!(code(&output), 0);
    let out = stdout(&output);
    let cleaned = bersih::Pipeline::new(&bersih::Config::default()).unwrap().clean_str(&seed());
    assert!(out.starts_with(&cleaned.text));
    assert!(out.contains(&format!("---- {} edits ----", cleaned.edits.len())));
    for edit in &cleaned.edits {
        assert!(out.contains(&format!("{} ", edit.rule)), "{} missing", edit.rule);
    }
    // A rule the pipeline lists comes with its reason.
    let listed: Vec<String> =
        bersih::Pipeline::new(&bersih::Config::default()).unwrap().rules().into_iter().map(|r| r.code).collect();
    let explained = cleaned.edits.iter().filter(|e| listed.contains(&e.rule)).count();
    assert_eq!(out.matches("       why: ").count(), explained);
}

#[test]
fn rules_are_listed_and_explained() {
    let dir = TempDir::new().unwrap();
    let list = run(&["rules"], dir.path());
    assert_eq!(code(&list), 0);
    assert!(stdout(&list).lines().any(|l| l.starts_with("C001 ")));
    let one = run(&["rule", "c001"], dir.path());
    assert_eq!(code(&one), 0);
    assert!(stdout(&one).starts_with("C001 "));
    assert!(stdout(&one).contains("Example:"));
    assert_eq!(code(&run(&["rule", "Z999"], dir.path())), 2);
}

#[test]
fn ctrl_c_leaves_no_output_and_no_temporary_file() {
    let dir = TempDir::new().unwrap();
    let mut child = bersih()
        .args(["clean", "--jsonl", "-o", "out", "-"])
        .current_dir(dir.path())
        .stdin(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Standard input stays open, so bersih is mid-run, its temporary output created, when the
    // signal comes.
    child.stdin.as_mut().unwrap().write_all(corpus(10).as_bytes()).unwrap();
    let out = dir.path().join("out");
    let started = std::time::Instant::now();
    while fs::read_dir(&out).map_or(true, |d| d.count() == 0) {
        assert!(started.elapsed().as_secs() < 20, "no temporary output appeared");
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let killed = Command::new("kill").args(["-INT", &child.id().to_string()]).status().unwrap();
    assert!(killed.success());
    let output = child.wait_with_output().unwrap();
    assert_eq!(code(&output), 130);
    assert_eq!(fs::read_dir(&out).unwrap().count(), 0, "something was left in out/");
}

#[test]
fn a_corpus_run_ends_with_a_summary_and_no_progress_bar_off_a_terminal() {
    let dir = TempDir::new().unwrap();
    fs::write(dir.path().join("c.jsonl"), corpus(4)).unwrap();
    let output = run(&["clean", "-o", "out", "--metadata", "none", "c.jsonl"], dir.path());
    assert_eq!(code(&output), 0);
    let err = stderr(&output);
    assert!(err.starts_with("bersih: 4 documents from 1 input in"), "{err}");
    assert!(err.contains("MB/s") && err.contains("repairs"), "{err}");
    assert!(!err.contains('\r'), "a progress bar was drawn: {err:?}");
    let cleaned = fs::read_to_string(dir.path().join("out/c.jsonl")).unwrap();
    assert!(!cleaned.contains("\"bersih\""));
    let quiet = run(&["clean", "-q", "-o", "quiet", "c.jsonl"], dir.path());
    assert_eq!(stderr(&quiet), "");
}

#[test]
fn two_inputs_with_one_name_do_not_overwrite_each_other() {
    let dir = TempDir::new().unwrap();
    for sub in ["a", "b"] {
        fs::create_dir_all(dir.path().join(sub)).unwrap();
        fs::write(dir.path().join(sub).join("x.jsonl"), corpus(2)).unwrap();
    }
    let output = run(&["clean", "-o", "out", "a/x.jsonl", "b/x.jsonl"], dir.path());
    assert_eq!(code(&output), 1);
    assert!(
        stderr(&output).contains("b/x.jsonl: output out/x.jsonl is an earlier input's output"),
        "{}",
        stderr(&output)
    );
    assert_eq!(ids(&fs::read_to_string(dir.path().join("out/x.jsonl")).unwrap()), ["doc-0", "doc-1"]);
}

#[test]
fn a_folder_of_documents_prints_in_name_order_on_any_number_of_threads() {
    let dir = TempDir::new().unwrap();
    fs::create_dir_all(dir.path().join("in")).unwrap();
    let corpus = corpus(40);
    for (i, line) in corpus.lines().enumerate() {
        let record: serde_json::Value = serde_json::from_str(line).unwrap();
        fs::write(dir.path().join(format!("in/{i:03}.txt")), record["text"].as_str().unwrap()).unwrap();
    }
    let one = run(&["clean", "-j", "1", "in"], dir.path());
    let two = run(&["clean", "-j", "2", "in"], dir.path());
    assert_eq!((code(&one), code(&two)), (0, 0));
    assert!(one.stdout == two.stdout, "-j1 and -j2 outputs differ");
    let pipeline = bersih::Pipeline::new(&bersih::Config::default()).unwrap();
    let expected: String = corpus
        .lines()
        .map(|l| {
            pipeline.clean_str(serde_json::from_str::<serde_json::Value>(l).unwrap()["text"].as_str().unwrap()).text
        })
        .collect();
    assert_eq!(stdout(&one), expected);
}
