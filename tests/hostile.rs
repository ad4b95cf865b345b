//! Hostile and odd input, to the library and to the command: each is either cleaned into valid
//! output or refused with a message that says what and where. Inputs too big for a test (a 100 MB
//! line, a million documents) are exercised by `benches/bounds.rs`.

mod robust;

use bersih::{Config, Error, Pipeline};
use robust::{clean_and_check, pipeline, spec_violation};
use std::fs;
use std::io::Read;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use tempfile::TempDir;

const ARTICLE: &str = "Judul Berita Hari Ini\n\nJakarta - Pemerintah menyatakan bantuan bagi warga desa yang \
                       terdampak banjir akan terus disalurkan, kata pejabat di kafe itu.\n\nBantuan itu \
                       berupa beras dan obat-obatan senilai Rp1.500.000 per keluarga.\n";

fn clean(bytes: &[u8]) -> String {
    clean_and_check(bytes).unwrap_or_else(|why| panic!("{why}"))
}

// ---- the library ----

#[test]
fn empty_input_is_empty_output() {
    let cleaned = pipeline().clean(b"").unwrap();
    assert_eq!(cleaned.text, "");
    assert!(cleaned.edits.is_empty());
}

#[test]
fn whitespace_only_input_cleans_to_nothing() {
    for input in [" ", "\n\n\n", " \t\r\n \u{a0}\u{3000}\u{200b}\n", "\r\r\r"] {
        assert_eq!(clean(input.as_bytes()), "", "{input:?}");
    }
}

#[test]
fn binary_data_is_refused_as_not_text() {
    let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    png.extend((0..=255u8).cycle().take(4096));
    let err = pipeline().clean(&png).unwrap_err();
    assert!(matches!(err, Error::Binary(_)), "{err}");
    assert!(err.to_string().contains("binary") && err.to_string().contains("bytes"), "the message says why: {err}");
}

#[test]
fn a_stray_nul_in_text_is_removed_not_refused() {
    let input = ARTICLE.replacen("bantuan", "bant\0uan", 1);
    let out = clean(input.as_bytes());
    assert!(!out.contains('\0'));
    assert!(out.contains("bantuan bagi warga"), "{out}");
}

#[test]
fn utf16_with_a_bom_reads_as_the_same_text() {
    let expected = clean(ARTICLE.as_bytes());
    let mut le = vec![0xFF, 0xFE];
    le.extend(ARTICLE.encode_utf16().flat_map(u16::to_le_bytes));
    let mut be = vec![0xFE, 0xFF];
    be.extend(ARTICLE.encode_utf16().flat_map(u16::to_be_bytes));
    for (bytes, encoding) in [(le, "UTF-16LE"), (be, "UTF-16BE")] {
        let cleaned = pipeline().clean(&bytes).unwrap();
        assert_eq!(cleaned.encoding, encoding);
        assert_eq!(cleaned.text, expected);
    }
}

#[test]
fn invalid_utf8_in_the_middle_keeps_the_valid_text_around_it() {
    let mut bytes = ARTICLE.replace("kafe", "café").into_bytes();
    let at = ARTICLE.find("beras").unwrap();
    bytes.splice(at..at, [0xE9, 0xFF, b' ']);
    let out = clean(&bytes);
    assert!(out.contains("café itu"), "the UTF-8 around the bad bytes stays: {out}");
    assert!(out.contains("beras dan obat-obatan"), "{out}");
}

#[test]
fn crlf_and_lone_cr_line_ends_clean_like_lf() {
    let expected = clean(ARTICLE.as_bytes());
    assert_eq!(clean(ARTICLE.replace('\n', "\r\n").as_bytes()), expected);
    assert_eq!(clean(ARTICLE.replace('\n', "\r").as_bytes()), expected);
}

fn rule_file(dir: &Path, pattern: &str) -> std::path::PathBuf {
    let path = dir.join("mine.toml");
    let rule = format!(
        "[[rule]]\ncode = \"X901\"\nname = \"mine\"\nscope = \"block\"\npattern = '{pattern}'\nwhy = \"test\"\n\
         example = \"Share\"\ncounter_example = \"Kata\"\n"
    );
    fs::write(&path, rule).unwrap();
    path
}

fn pipeline_error(rule_file: std::path::PathBuf) -> String {
    let config = Config { rule_files: vec![rule_file], ..Config::default() };
    match Pipeline::new(&config) {
        Ok(_) => panic!("the rule file was accepted"),
        Err(err) => err.to_string(),
    }
}

#[test]
fn a_rule_whose_regex_does_not_compile_is_refused_with_its_file_and_code() {
    let dir = TempDir::new().unwrap();
    let err = pipeline_error(rule_file(dir.path(), "Share(this"));
    assert!(err.contains("mine.toml") && err.contains("X901") && err.contains("does not compile"), "{err}");
}

#[test]
fn an_enormous_regex_is_refused_by_the_size_limit_quickly() {
    let dir = TempDir::new().unwrap();
    let started = std::time::Instant::now();
    let err = pipeline_error(rule_file(dir.path(), r"Share|(?:\w{100}){100}"));
    assert!(err.contains("mine.toml") && err.contains("X901") && err.contains("size limit"), "{err}");
    assert!(started.elapsed().as_secs() < 30, "refusing took {:?}", started.elapsed());
}

#[test]
fn a_rule_file_that_is_not_toml_is_refused_with_its_name() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("broken.toml");
    fs::write(&path, "[[rule]\ncode = ").unwrap();
    let err = pipeline_error(path);
    assert!(err.contains("broken.toml"), "{err}");
}

#[test]
fn deep_nesting_and_long_runs_are_cleaned_validly() {
    let nested = format!("Kata {}isi{} akhir.", "(\"“[".repeat(2000), "]”\")".repeat(2000));
    let run = format!("Awal {} akhir.", "!".repeat(50_000));
    let words = "kata ".repeat(20_000);
    for input in [nested, run, words] {
        let out = clean(input.as_bytes());
        assert_eq!(spec_violation(&out), None);
    }
}

// ---- the command ----

fn bersih(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_bersih")).args(args).current_dir(dir).output().expect("bersih runs")
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// Every regular file below `dir`, relative to it, sorted; symlinks are not followed.
fn files_below(dir: &Path) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in fs::read_dir(&d).unwrap().flatten() {
            let path = entry.path();
            let kind = entry.file_type().unwrap();
            if kind.is_dir() {
                stack.push(path);
            } else if kind.is_file() {
                out.push(path.strip_prefix(dir).unwrap().to_string_lossy().into_owned());
            }
        }
    }
    out.sort();
    out
}

#[test]
fn a_binary_file_is_reported_by_name_and_the_others_are_cleaned() {
    let dir = TempDir::new().unwrap();
    fs::write(dir.path().join("a.txt"), ARTICLE).unwrap();
    fs::write(dir.path().join("b.txt"), [0u8; 1000]).unwrap();
    let output = bersih(dir.path(), &["clean", "-o", "out", "a.txt", "b.txt"]);
    assert_eq!(output.status.code(), Some(1));
    let err = stderr(&output);
    assert!(err.contains("b.txt") && err.contains("binary"), "{err}");
    assert!(dir.path().join("out/a.txt").is_file());
    assert!(!dir.path().join("out/b.txt").exists());
}

#[test]
fn a_folder_with_a_symlink_loop_is_walked_once() {
    let dir = TempDir::new().unwrap();
    let input = dir.path().join("in");
    fs::create_dir_all(input.join("sub")).unwrap();
    fs::write(input.join("sub/a.txt"), ARTICLE).unwrap();
    std::os::unix::fs::symlink("..", input.join("sub/loop")).unwrap();
    std::os::unix::fs::symlink(&input, input.join("sub/home")).unwrap();
    let output = bersih(dir.path(), &["clean", "-o", "out", "in"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(files_below(&dir.path().join("out")), ["sub/a.txt"]);
}

#[test]
fn an_input_that_cannot_be_read_is_reported_and_the_others_are_cleaned() {
    // Tests run as root here, where permissions do not stop reading; a process's own memory
    // file fails to read at offset 0 for everyone.
    let unreadable = Path::new("/proc/self/mem");
    if !unreadable.exists() {
        eprintln!("skipped: no /proc/self/mem to fail reading");
        return;
    }
    let dir = TempDir::new().unwrap();
    fs::write(dir.path().join("a.txt"), ARTICLE).unwrap();
    let output = bersih(dir.path(), &["clean", "-o", "out", "/proc/self/mem", "a.txt"]);
    assert_eq!(output.status.code(), Some(1));
    let err = stderr(&output);
    assert!(err.contains("/proc/self/mem") && err.contains("cannot read"), "{err}");
    assert!(dir.path().join("out/a.txt").is_file());
    assert!(!dir.path().join("out/mem").exists());
}

#[test]
fn a_folder_named_like_a_text_file_is_walked_as_a_folder() {
    let dir = TempDir::new().unwrap();
    fs::create_dir_all(dir.path().join("x.txt/inner")).unwrap();
    fs::write(dir.path().join("x.txt/inner/a.txt"), ARTICLE).unwrap();
    let output = bersih(dir.path(), &["clean", "-o", "out", "x.txt"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(files_below(&dir.path().join("out")), ["inner/a.txt"]);
}

#[test]
fn a_fifo_in_a_folder_is_passed_over_instead_of_blocking_the_run() {
    let dir = TempDir::new().unwrap();
    fs::create_dir(dir.path().join("in")).unwrap();
    fs::write(dir.path().join("in/a.txt"), ARTICLE).unwrap();
    let fifo = dir.path().join("in/pipe.txt");
    let made = Command::new("mkfifo").arg(&fifo).status().expect("mkfifo runs");
    assert!(made.success());
    let mut child = Command::new(env!("CARGO_BIN_EXE_bersih"))
        .args(["clean", "-o", "out", "in"])
        .current_dir(dir.path())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Opening a FIFO with no writer blocks for ever; give the run ample time, then fail.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if std::time::Instant::now() > deadline {
            child.kill().unwrap();
            panic!("bersih blocked on a FIFO");
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    };
    assert_eq!(status.code(), Some(0));
    assert_eq!(files_below(&dir.path().join("out")), ["a.txt"]);
}

#[test]
fn an_output_folder_that_is_a_file_is_reported_clearly() {
    let dir = TempDir::new().unwrap();
    fs::write(dir.path().join("a.txt"), ARTICLE).unwrap();
    fs::write(dir.path().join("out"), "not a folder").unwrap();
    let output = bersih(dir.path(), &["clean", "-o", "out", "a.txt"]);
    assert_ne!(output.status.code(), Some(0));
    let err = stderr(&output);
    assert!(err.contains("out") && err.contains("cannot create"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
    assert_eq!(fs::read_to_string(dir.path().join("out")).unwrap(), "not a folder");
}

#[test]
fn standard_output_closed_after_one_line_ends_the_run_quietly() {
    let dir = TempDir::new().unwrap();
    let line = serde_json::json!({"text": ARTICLE}).to_string() + "\n";
    fs::write(dir.path().join("big.jsonl"), line.repeat(3000)).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_bersih"))
        .args(["clean", "big.jsonl"])
        .current_dir(dir.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // `| head -1`: read one line, then close the pipe.
    let mut stdout = child.stdout.take().unwrap();
    let mut first = Vec::new();
    let mut byte = [0u8; 1];
    while stdout.read_exact(&mut byte).is_ok() && byte[0] != b'\n' {
        first.push(byte[0]);
    }
    drop(stdout);
    let output = child.wait_with_output().unwrap();
    assert!(serde_json::from_slice::<serde_json::Value>(&first).is_ok(), "the first line is a whole record");
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(stderr(&output), "");
}

#[test]
fn outputs_never_leave_the_output_folder() {
    let dir = TempDir::new().unwrap();
    let root = dir.path();
    let outside = root.join("outside");
    fs::create_dir_all(root.join("work/in/sub")).unwrap();
    fs::create_dir_all(&outside).unwrap();
    fs::write(root.join("up.txt"), ARTICLE).unwrap();
    fs::write(root.join("work/in/sub/a.txt"), ARTICLE).unwrap();
    // An input folder holding a symlink to a file elsewhere, and one to a folder elsewhere.
    fs::write(outside.join("far.txt"), ARTICLE).unwrap();
    std::os::unix::fs::symlink(outside.join("far.txt"), root.join("work/in/link.txt")).unwrap();
    std::os::unix::fs::symlink(&outside, root.join("work/in/away")).unwrap();
    // An output folder that already holds a symlink where an input's folder would go.
    fs::create_dir_all(root.join("work/out")).unwrap();
    std::os::unix::fs::symlink(&outside, root.join("work/out/sub")).unwrap();
    fs::write(root.join("abs.txt"), ARTICLE).unwrap();
    let absolute = root.join("abs.txt");
    let before = files_below(&outside);

    let output = bersih(&root.join("work"), &["clean", "-o", "out", "../up.txt", absolute.to_str().unwrap(), "in"]);
    let err = stderr(&output);
    assert!(!err.contains("panicked"), "{err}");
    assert_eq!(files_below(&outside), before, "nothing was written outside the output folder: {err}");
    for name in files_below(&root.join("work/out")) {
        let path = fs::canonicalize(root.join("work/out").join(&name)).unwrap();
        assert!(path.starts_with(fs::canonicalize(root.join("work/out")).unwrap()), "{name} resolves outside");
    }
    assert!(root.join("work/out/up.txt").is_file());
    assert!(root.join("work/out/link.txt").is_file(), "a symlinked input is read, its output written inside");
    assert!(err.contains("sub/a.txt") || err.contains("sub"), "the refused output is named: {err}");
}
