//! The metadata lifted from each seed is the hand-made gold metadata.

mod common;

#[test]
fn seeds_give_their_gold_metadata() {
    let Some(shared) = common::shared() else { return };
    let pipeline = common::pipeline();
    let mut wrong = Vec::new();
    for path in common::txt_files(&shared.join("seeds")) {
        let stem = path.file_stem().expect("name").to_string_lossy().into_owned();
        let gold: bersih::Metadata = serde_json::from_str(
            &std::fs::read_to_string(shared.join("gold").join(format!("{stem}.meta.json"))).expect("meta reads"),
        )
        .expect("meta parses");
        let cleaned = pipeline.clean(&std::fs::read(&path).expect("seed reads")).expect("seed cleans");
        if cleaned.metadata != gold {
            wrong.push(format!("{stem}:\n  got  {:?}\n  gold {gold:?}", cleaned.metadata));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
