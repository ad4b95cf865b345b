//! Properties that hold for every input, checked on generated text: odd fragments in any order,
//! the corpus with random damage, and prose that carries URLs, e-mail addresses and numbers.
//!
//! For any input, cleaning does not panic; the output is valid per SPEC.md; the edit log lies
//! inside the input, sorted and disjoint, and replays to the output; cleaning the output again
//! changes nothing. Tokens that SPEC.md says stay as written survive when they sit in body prose.
//!
//! The pipeline reaches idempotence by judging a page again when a stage exposed work to an
//! earlier one (`Pipeline::clean_str`); `tests/regression.rs` holds each case found.

mod robust;

use proptest::prelude::*;
use proptest::test_runner::Config as Cases;
use robust::{clean_and_check, idempotence_violation, pipeline};
use std::path::Path;

/// Pieces of scraped text that stages treat specially, and the characters that break naive code.
const FRAGMENTS: &[&str] = &[
    "kata",
    "Jakarta",
    "dia",
    "yang",
    "Presiden",
    "KCNA",
    "Bagikan",
    "Baca Juga:",
    "Editor",
    "Penulis",
    "(ant)",
    "(REUTERS/KCNA)",
    "Jakarta (ANTARA) -",
    "Kompas.com",
    "D.Dj.",
    " ",
    "  ",
    "   ",
    "\u{a0}",
    "\t",
    "\u{3000}",
    "\u{2009}",
    "\u{200b}",
    "\u{ad}",
    "\u{feff}",
    "\n",
    "\n\n",
    "\n\n\n",
    "\r\n",
    "\r",
    "\n \n",
    " \n",
    ".",
    ",",
    ".,",
    ", ,",
    "!",
    "?",
    "…",
    "\"",
    "“",
    "”",
    "‘",
    "’",
    "'",
    "(",
    ")",
    "[",
    "]",
    "-",
    "–",
    "—",
    ":",
    ";",
    "|",
    "x|close",
    "&amp;",
    "&quot;",
    "&#8220;",
    "&#0;",
    "&#x110000;",
    "&nbsp;",
    "<br>",
    "<b>",
    "</b>",
    "<p>",
    "<",
    ">",
    "&",
    "â€œ",
    "â€",
    "Ã©",
    "Ã",
    "Â",
    "1.000",
    "2025",
    "12,5",
    "https://a.id/x",
    "warga@desa.id",
    "#tagar",
    "\u{0}",
    "\u{7}",
    "\u{1b}",
    "\u{7f}",
    "\u{85}",
    "\u{2028}",
    "\u{202e}",
    "ＡＢ",
    "ﬁ",
    "e\u{301}",
    "\u{301}",
    "한국어",
    "ภาษาไทย",
    "😀",
    "TIdak",
];

fn fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => proptest::sample::select(FRAGMENTS).prop_map(str::to_string),
        1 => any::<char>().prop_map(String::from),
    ]
}

fn odd_text() -> impl Strategy<Value = String> {
    proptest::collection::vec(fragment(), 0..80).prop_map(|parts| parts.concat())
}

/// The repository's corpus: real scraped pages to damage.
fn corpus() -> &'static [String] {
    static CORPUS: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    CORPUS.get_or_init(|| {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .expect("corpus/ is readable")
            .map(|e| e.expect("dir entry").path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .collect();
        files.sort();
        // Some corpus files are in legacy encodings on purpose; damage works on text.
        files.iter().map(|p| String::from_utf8_lossy(&std::fs::read(p).expect("corpus file")).into_owned()).collect()
    })
}

/// One kind of damage a scrape or a transfer does to a page.
#[derive(Debug, Clone)]
enum Damage {
    Delete {
        at: f64,
        len: usize,
    },
    Insert {
        at: f64,
        what: String,
    },
    Duplicate {
        at: f64,
        len: usize,
    },
    /// Every line end of the page becomes this.
    LineEnds(&'static str),
    Flatten,
}

fn damage() -> impl Strategy<Value = Damage> {
    prop_oneof![
        (0.0..1.0, 1..200usize).prop_map(|(at, len)| Damage::Delete { at, len }),
        (0.0..1.0, fragment()).prop_map(|(at, what)| Damage::Insert { at, what }),
        (0.0..1.0, 1..400usize).prop_map(|(at, len)| Damage::Duplicate { at, len }),
        proptest::sample::select(&["\r\n", "\r", "\n\n", " \n "][..]).prop_map(Damage::LineEnds),
        Just(Damage::Flatten),
    ]
}

fn boundary(text: &str, at: f64) -> usize {
    let mut i = ((text.len() as f64) * at) as usize;
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn damaged(text: &str, damage: &Damage) -> String {
    let span = |at: f64, len: usize| {
        let start = boundary(text, at);
        let mut end = (start + len).min(text.len());
        while !text.is_char_boundary(end) {
            end += 1;
        }
        start..end
    };
    match damage {
        Damage::Delete { at, len } => {
            let r = span(*at, *len);
            [&text[..r.start], &text[r.end..]].concat()
        }
        Damage::Insert { at, what } => {
            let i = boundary(text, *at);
            [&text[..i], what, &text[i..]].concat()
        }
        Damage::Duplicate { at, len } => {
            let r = span(*at, *len);
            [&text[..r.end], &text[r.clone()], &text[r.end..]].concat()
        }
        Damage::LineEnds(end) => text.replace('\n', end),
        Damage::Flatten => text.replace('\n', "  "),
    }
}

fn damaged_page() -> impl Strategy<Value = String> {
    (0..corpus().len(), proptest::collection::vec(damage(), 1..6))
        .prop_map(|(i, damages)| damages.iter().fold(corpus()[i].clone(), |text, d| damaged(&text, d)))
}

const WORDS: &[&str] = &[
    "pemerintah",
    "akan",
    "melanjutkan",
    "program",
    "bantuan",
    "bagi",
    "warga",
    "desa",
    "yang",
    "terdampak",
    "banjir",
    "di",
    "wilayah",
    "itu",
    "menurut",
    "keterangan",
    "pejabat",
    "setempat",
    "pada",
    "rapat",
    "bersama",
    "dengan",
    "anggota",
    "dewan",
    "dan",
    "perwakilan",
    "masyarakat",
    "selama",
    "tahun",
    "ini",
];

/// A long sentence of ordinary prose with `token` in its middle.
fn prose_with(token: impl Strategy<Value = String>) -> impl Strategy<Value = (String, String)> {
    let words = || proptest::collection::vec(proptest::sample::select(WORDS), 12..30);
    (words(), token, words()).prop_map(|(before, token, after)| {
        let sentence = format!("Menurut data, {} {token} {}.", before.join(" "), after.join(" "));
        let lead = "Pemerintah daerah menyatakan bahwa bantuan bagi warga desa yang terdampak banjir akan \
                    terus disalurkan selama musim hujan tahun ini.";
        (format!("Judul Berita Hari Ini\n\n{lead}\n\n{sentence}\n\n{lead} Itu kata dia.\n"), token)
    })
}

fn url() -> impl Strategy<Value = String> {
    ("[a-z]{3,10}", "[a-z]{2,8}", "[0-9]{1,6}", "(co\\.id|com|go\\.id|org)")
        .prop_map(|(host, path, id, tld)| format!("https://www.{host}.{tld}/{path}/{id}-{path}?id={id}"))
}

fn email() -> impl Strategy<Value = String> {
    ("[a-z]{2,8}", "[a-z]{2,8}", "[a-z]{3,10}", "(co\\.id|com|id)")
        .prop_map(|(a, b, host, tld)| format!("{a}.{b}@{host}.{tld}"))
}

fn number() -> impl Strategy<Value = String> {
    prop_oneof![
        "[1-9][0-9]{0,2}(\\.[0-9]{3}){1,3}",
        "[0-9]{1,3},[0-9]{1,2}",
        "[1-9][0-9]{0,5}",
        "[0-9]{1,2}/[0-9]{1,2}/20[0-9]{2}",
        "Rp[1-9][0-9]{0,2}(\\.[0-9]{3}){1,3}",
        "[0-9]{1,2},[0-9] persen",
    ]
}

/// `default` cases, or `PROPTEST_CASES` when set, for a longer search.
fn cases(default: u32) -> Cases {
    let cases = std::env::var("PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(default);
    Cases { cases, ..Cases::default() }
}

fn check(bytes: &[u8]) -> Result<String, TestCaseError> {
    clean_and_check(bytes).map_err(TestCaseError::fail)
}

fn check_idempotent(bytes: &[u8]) -> Result<String, TestCaseError> {
    let out = check(bytes)?;
    match idempotence_violation(&out) {
        Some(why) => Err(TestCaseError::fail(why)),
        None => Ok(out),
    }
}

fn check_survives((page, token): (String, String)) -> Result<(), TestCaseError> {
    let out = check_idempotent(page.as_bytes())?;
    prop_assert!(out.contains(&format!(" {token} ")), "{token:?} lost from {out:?}");
    Ok(())
}

proptest! {
    #![proptest_config(cases(2048))]

    #[test]
    fn odd_text_cleans_into_valid_idempotent_output_with_a_faithful_log(text in odd_text()) {
        check_idempotent(text.as_bytes())?;
    }


    #[test]
    fn arbitrary_bytes_are_refused_or_cleaned_validly_and_idempotently(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        check_idempotent(&bytes)?;
    }
}

proptest! {
    #![proptest_config(cases(256))]

    #[test]
    fn damaged_pages_clean_into_valid_idempotent_output_with_a_faithful_log(page in damaged_page()) {
        check_idempotent(page.as_bytes())?;
    }


    #[test]
    fn urls_in_prose_survive(case in prose_with(url())) {
        check_survives(case)?;
    }

    #[test]
    fn email_addresses_in_prose_survive(case in prose_with(email())) {
        check_survives(case)?;
    }

    #[test]
    fn numbers_in_prose_survive(case in prose_with(number())) {
        check_survives(case)?;
    }
}

#[test]
fn cleaning_a_corpus_page_again_changes_nothing() {
    for page in corpus() {
        let out = clean_and_check(page.as_bytes()).unwrap_or_else(|why| panic!("{why}"));
        assert_eq!(idempotence_violation(&out), None);
    }
    assert!(pipeline().stage_names().contains(&"reflow"), "the full pipeline ran");
}
