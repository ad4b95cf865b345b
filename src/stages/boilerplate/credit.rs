//! A writer's credit glued to a paragraph of the body as a site and a name in brackets
//! (`... kata dia. (Tribunnews.com/Reza Deni)`), told apart from a photo caption's credit of the
//! same form by the paragraph it ends.

use regex::Regex;
use std::sync::OnceLock;

/// Where a writer's credit at the end of `s` starts, and the writer's name, when `s` is a
/// paragraph of the body and not a photo caption.
pub fn writer_credit(s: &str) -> Option<(usize, &str)> {
    // Nearly every paragraph ends otherwise; this runs on all of them.
    if !s.trim_end_matches('.').ends_with(')') {
        return None;
    }
    static CREDIT: OnceLock<Regex> = OnceLock::new();
    // A site's domain, then a name in title case: photo credits of the same sites are printed
    // in capitals (`KOMPAS.com/KRISTIANTO PURNOMO`) or with an agency's name.
    let credit = CREDIT.get_or_init(|| {
        Regex::new(
            r"\s*\([A-Za-z0-9-]+\.(?i:com|co\.id|id|net|co|tv|news)(?:\.(?i:id))?\s*/\s*(?P<author>\p{Lu}\p{Ll}[\p{L}.' -]*)\)\.?$",
        )
        .expect("valid pattern")
    });
    let caps = credit.captures(s)?;
    let start = caps.get(0).expect("group 0").start();
    reads_as_body(&s[..start]).then(|| (start, caps.name("author").expect("group").as_str()))
}

/// A caption says what a photo shows in a sentence or two. A paragraph that reports speech
/// (`...," kata dia`), holds several sentences or runs long is the article's.
fn reads_as_body(s: &str) -> bool {
    static SPEECH: OnceLock<Regex> = OnceLock::new();
    static SENTENCES: OnceLock<Regex> = OnceLock::new();
    let speech = SPEECH.get_or_init(|| Regex::new(r#"[,.!?]["”’]\s+\p{Ll}"#).expect("valid pattern"));
    let sentences = SENTENCES.get_or_init(|| Regex::new(r#"[.!?]["”’]?\s+["“]?\p{Lu}"#).expect("valid pattern"));
    speech.is_match(s) || sentences.find_iter(s).nth(1).is_some() || s.split_whitespace().nth(39).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_writers_credit_after_reported_speech_is_found() {
        let s = "\"Kami masih menunggu hasil laboratorium,\" kata dia, Senin (3/3/2025). (Tribunnews.com/Reza Deni)";
        let (at, author) = writer_credit(s).expect("a credit");
        assert_eq!(author, "Reza Deni");
        assert_eq!(&s[..at], "\"Kami masih menunggu hasil laboratorium,\" kata dia, Senin (3/3/2025).");
    }

    #[test]
    fn a_photo_captions_credit_is_not() {
        assert_eq!(
            writer_credit("Petugas memadamkan api di gudang Cakung, Senin (3/3/2025). (Tribunnews.com/Reza Deni)"),
            None
        );
        assert_eq!(
            writer_credit(
                "Warga membawa poster bertuliskan \"Tolak Tambang\" di Jakarta. (KOMPAS.com/Nirmala Maulana)"
            ),
            None
        );
        assert_eq!(writer_credit("\"Kami menunggu,\" kata dia. (KOMPAS.com/KRISTIANTO PURNOMO)"), None);
    }
}
