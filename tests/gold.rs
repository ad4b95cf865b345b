//! Clean text goes through unchanged: cleaning any hand-made gold file gives it back.

mod common;

#[test]
fn gold_files_come_back_unchanged() {
    let Some(shared) = common::shared() else { return };
    let pipeline = common::pipeline();
    let mut changed = Vec::new();
    for dir in ["gold", "dev/gold"] {
        for path in common::txt_files(&shared.join(dir)) {
            let text = std::fs::read_to_string(&path).expect("gold reads");
            let cleaned = pipeline.clean_str(&text);
            if cleaned.text != text {
                let rules: Vec<String> =
                    cleaned.edits.iter().map(|e| format!("{} {:?}->{:?}", e.rule, e.before, e.after)).collect();
                changed.push(format!("{}: {}", path.display(), rules.join("; ")));
            }
        }
    }
    assert!(changed.is_empty(), "gold files changed:\n{}", changed.join("\n"));
}
