//! The edit log is honest: replaying it on the decoded input gives the output, byte for byte,
//! and its edits are sorted, disjoint and inside the input.

mod common;

use std::path::PathBuf;

fn check(path: &std::path::Path, pipeline: &bersih::Pipeline) {
    let bytes = std::fs::read(path).expect("file reads");
    let cleaned = pipeline.clean(&bytes).expect("file cleans");
    assert_eq!(bersih::replay(&cleaned.input, &cleaned.edits), cleaned.text, "{}", path.display());
    let mut end = 0;
    for edit in &cleaned.edits {
        assert!(edit.input.start >= end, "{}: overlapping edit {edit:?}", path.display());
        assert!(edit.input.end <= cleaned.input.len(), "{}: edit past the input {edit:?}", path.display());
        assert_eq!(&cleaned.input[edit.input.clone()], edit.before, "{}", path.display());
        end = edit.input.end;
    }
}

#[test]
fn replaying_the_log_gives_the_output_for_the_corpus() {
    let pipeline = common::pipeline();
    let corpus = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("corpus");
    for path in common::txt_files(&corpus) {
        check(&path, &pipeline);
    }
}

#[test]
fn replaying_the_log_gives_the_output_for_the_dev_set() {
    let Some(shared) = common::shared() else { return };
    let pipeline = common::pipeline();
    for path in common::txt_files(&shared.join("dev/raw")) {
        check(&path, &pipeline);
    }
}
