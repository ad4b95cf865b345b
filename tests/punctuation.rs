//! The punctuation stage through the public API: on text in the shape the `blocks` stage leaves
//! (one paragraph per line, a blank line between paragraphs), and on the hand-made gold files,
//! which are clean and must come back without a single punctuation edit.

use bersih::{replay, Config, Pipeline, StageConfig};
use std::path::{Path, PathBuf};

fn punctuation_only() -> Pipeline {
    let config = Config { stages: vec![StageConfig::Punctuation], ..Config::default() };
    Pipeline::new(&config).expect("the punctuation stage builds")
}

fn clean(text: &str) -> bersih::Cleaned {
    let cleaned = punctuation_only().clean_str(text);
    assert_eq!(replay(&cleaned.input, &cleaned.edits), cleaned.text, "the edit log replays");
    cleaned
}

fn rules_of(cleaned: &bersih::Cleaned) -> Vec<&str> {
    cleaned.edits.iter().filter(|e| e.stage == "punctuation").map(|e| e.rule.as_str()).collect()
}

#[test]
fn a_live_report_with_sentences_glued_by_lost_breaks() {
    let cleaned = clean(
        "IHSG turun pada perdagangan hari ini, Selasa (22/1/2019).Berdasarkan data Bloomberg, IHSG di posisi \
         6.452,60.Sepanjang sesi II.Pergerakan berikut ini:Indeks naik 1,44% pukul 22.00 WIB.\n\n\
         Saham PT Bank Central Asia Tbk. (BBCA) turun, tulis Bisnis.com dan KOMPAS.COM.\n",
    );
    assert_eq!(
        cleaned.text,
        "IHSG turun pada perdagangan hari ini, Selasa (22/1/2019). Berdasarkan data Bloomberg, IHSG di posisi \
         6.452,60. Sepanjang sesi II. Pergerakan berikut ini: Indeks naik 1,44% pukul 22.00 WIB.\n\n\
         Saham PT Bank Central Asia Tbk. (BBCA) turun, tulis Bisnis.com dan KOMPAS.COM.\n"
    );
    assert_eq!(rules_of(&cleaned), ["P001", "P001", "P001", "P003"]);
}

#[test]
fn gaps_from_dropped_links_lose_their_commas_but_no_word_is_invented() {
    let cleaned = clean(
        ", luar negeri wajib memungut PPN.\n\n\
         Beleid tersebut menyebutkan, , luar negeri wajib melapor.\n\n\
         \"Itu penjara kita,\" sebut Damar kepada , Kamis (25/2/2021).\n",
    );
    assert_eq!(
        cleaned.text,
        "luar negeri wajib memungut PPN.\n\n\
         Beleid tersebut menyebutkan, luar negeri wajib melapor.\n\n\
         \"Itu penjara kita,\" sebut Damar kepada, Kamis (25/2/2021).\n"
    );
    assert_eq!(rules_of(&cleaned), ["P011", "P010", "P020"]);
}

#[test]
fn in_a_comma_joined_dump_the_join_commas_go() {
    // The first paragraph still holds two of the scraper's `.,` joins, which mark the dump.
    let cleaned = clean(
        "Ketentuan itu berlaku.,Pertama, pelaku usaha , luar negeri wajib.,Kedua, memiliki traffic.\n\n\
         \",-nya, saya akui,\" ujar Teten.\n\n\
         Menteri mengakui , masih kesulitan mengakses,maupun pembiayaan. Di ,, kita bisa.\n",
    );
    assert_eq!(
        cleaned.text,
        "Ketentuan itu berlaku.,Pertama, pelaku usaha luar negeri wajib.,Kedua, memiliki traffic.\n\n\
         \"-nya, saya akui,\" ujar Teten.\n\n\
         Menteri mengakui masih kesulitan mengakses maupun pembiayaan. Di, kita bisa.\n"
    );
    assert_eq!(rules_of(&cleaned), ["P012", "P013", "P012", "P012", "P010"]);
}

#[test]
fn spacing_around_punctuation() {
    let cleaned = clean("Ia terlibat kasus korupsi .\n\nKepala Desa diperhentikan ( ayat 2 pasal 103 ) , katanya !\n");
    assert_eq!(cleaned.text, "Ia terlibat kasus korupsi.\n\nKepala Desa diperhentikan (ayat 2 pasal 103), katanya!\n");
}

#[test]
fn what_is_not_prose_is_left_as_written() {
    let text = "Editor: D.Dj. Kliwantoro. Jaksa Agung H.M. Prasetyo, S.H., hadir di Jl. Sudirman No.22.\n\n\
                Kirim ke redaksi@kompas.com atau buka https://www.okezone.com/read/2021/Foo.Bar dan laporan.pdf.\n\n\
                Harga Rp129 triliun, naik 1,44% ke 6.452,60 pada pukul 22.00 WIB... lalu :) selesai.\n";
    let cleaned = clean(text);
    assert_eq!(cleaned.text, text);
    assert!(rules_of(&cleaned).is_empty());
}

#[test]
fn every_rule_is_listed_with_the_stage() {
    let codes: Vec<String> = punctuation_only().rules().into_iter().map(|r| r.code).collect();
    for code in ["P001", "P002", "P003", "P010", "P011", "P012", "P013", "P014", "P020", "P021", "P022"] {
        assert!(codes.iter().any(|c| c == code), "{code} missing from {codes:?}");
    }
}

fn gold_files() -> Option<Vec<PathBuf>> {
    let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared");
    if !shared.is_dir() {
        return None;
    }
    let mut files = Vec::new();
    for dir in [shared.join("gold"), shared.join("dev/gold")] {
        let Ok(entries) = std::fs::read_dir(&dir) else { continue };
        files.extend(
            entries
                .map(|e| e.expect("readable directory").path())
                .filter(|p| p.extension().is_some_and(|x| x == "txt")),
        );
    }
    files.sort();
    Some(files)
}

#[test]
fn clean_gold_text_goes_through_untouched() {
    let Some(files) = gold_files() else {
        println!("skipped: ../shared is absent, so there is no gold text to check");
        return;
    };
    assert!(!files.is_empty(), "../shared holds gold files");
    let pipeline = punctuation_only();
    for path in files {
        let text = std::fs::read_to_string(&path).expect("gold is UTF-8");
        let cleaned = pipeline.clean_str(&text);
        let edits: Vec<_> = cleaned.edits.iter().filter(|e| e.stage == "punctuation").collect();
        assert!(edits.is_empty(), "{} was edited: {edits:#?}", path.display());
        assert_eq!(cleaned.text, text, "{}", path.display());
    }
}

/// Curly quotes typed the wrong way round (`” Alhamdulillah ...,” kata`, `tinggi, ” ucapnya`)
/// leave a space just inside the quotation once they are straight: it goes, in a paragraph whose
/// quotes pair up.
#[test]
fn a_quotation_loses_the_spaces_just_inside_its_quotes() {
    let cleaned = clean(
        "\" Alhamdulillah, tradisi ini harus tetap terjaga,\" kata tokoh pemuda setempat.\n\n\
         \"Saya bangun jam 02.00 WIB, air sudah tinggi, \" ucapnya.\n",
    );
    assert_eq!(
        cleaned.text,
        "\"Alhamdulillah, tradisi ini harus tetap terjaga,\" kata tokoh pemuda setempat.\n\n\
         \"Saya bangun jam 02.00 WIB, air sudah tinggi,\" ucapnya.\n"
    );
    assert_eq!(rules_of(&cleaned), ["P023", "P023"]);
}
