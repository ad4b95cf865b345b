//! A writer's credit glued to a paragraph of the body in brackets, as a site and a name
//! (`... kata dia. (Tribunnews.com/Reza Deni)`) or as a name and a desk's code
//! (`... tambahnya. (Bob/P-3)`), or an advertorial's mark (`(ADV/DisdikbudKukar)`), told apart
//! from a photo caption's credit of the same form by the paragraph it ends.

use crate::ruleset::RuleSet;
use regex::Regex;
use std::sync::OnceLock;

/// Where a writer's credit at the end of `s` starts, and the writer's name when the credit names
/// one in full, when `s` is a paragraph of the body and not a photo caption. The article's last
/// paragraph, below others (`closes_article`), is the body's whatever it reads as: a photo's
/// caption stands above the paragraphs it illustrates, and the writer signs below the last.
pub fn writer_credit<'a>(s: &'a str, rules: &RuleSet, closes_article: bool) -> Option<(usize, Option<&'a str>)> {
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
    if let Some(caps) = credit.captures(s) {
        let start = caps.get(0).expect("group 0").start();
        return (closes_article || reads_as_body(&s[..start], rules))
            .then(|| (start, Some(caps.name("author").expect("group").as_str())));
    }
    // Any other credit of a caption's shape that names no site (`(Bob/P-3)`, `(ANTARA/Nama)`; a
    // gloss in lower case, `(year-on-year/yoy)`, is none):
    // a caption may run to two sentences, so only reported speech or a paragraph's length says
    // it is the body's.
    static ANY: OnceLock<Regex> = OnceLock::new();
    let any =
        ANY.get_or_init(|| Regex::new(r"\s*[\(\[]\p{Lu}[^()\[\]\n/.]*/[^()\[\]\n]+[\)\]]\.?$").expect("valid pattern"));
    let start = any.find(s)?.start();
    // An advertorial's mark names the desk that sold it (`(ADV/DisdikbudKukar)`): no picture is
    // credited so.
    let advertorial = s[start..].trim_start().get(1..5).is_some_and(|head| head.eq_ignore_ascii_case("adv/"));
    (advertorial
        || closes_article
        || reports_speech(&s[..start], rules)
        || s[..start].split_whitespace().nth(59).is_some())
    .then_some((start, None))
}

/// Whether a paragraph reports speech: a quotation closed by a comma or a stop, and a verb of
/// saying after it in lower case (`...," kata dia`), or a speech tag without the quotation
/// (`Selanjutnya, tambah dia, ...`).
pub fn reports_speech(s: &str, rules: &RuleSet) -> bool {
    static SPEECH: OnceLock<Regex> = OnceLock::new();
    SPEECH.get_or_init(|| Regex::new(r#"[,.!?]["”’]\s+\p{Ll}"#).expect("valid pattern")).is_match(s)
        || rules.has_speech_tag(s)
}

/// A caption says what a photo shows in a sentence or two. A paragraph that reports speech
/// (`...," kata dia`), holds several sentences or runs long is the article's.
fn reads_as_body(s: &str, rules: &RuleSet) -> bool {
    static SENTENCES: OnceLock<Regex> = OnceLock::new();
    let sentences = SENTENCES.get_or_init(|| Regex::new(r#"[.!?]["”’]?\s+["“]?\p{Lu}"#).expect("valid pattern"));
    reports_speech(s, rules) || sentences.find_iter(s).nth(1).is_some() || s.split_whitespace().nth(39).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;

    fn writer_credit(s: &str) -> Option<(usize, Option<&str>)> {
        static RULES: OnceLock<RuleSet> = OnceLock::new();
        let rules = RULES.get_or_init(|| RuleSet::load(&Config::default()).expect("embedded rules load"));
        super::writer_credit(s, rules, false)
    }

    #[test]
    fn a_writers_credit_after_reported_speech_is_found() {
        let s = "\"Kami masih menunggu hasil laboratorium,\" kata dia, Senin (3/3/2025). (Tribunnews.com/Reza Deni)";
        let (at, author) = writer_credit(s).expect("a credit");
        assert_eq!(author, Some("Reza Deni"));
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
        assert_eq!(
            writer_credit("Petugas memadamkan api di gudang Cakung. Api padam setelah dua jam. (ANTARA/Reza Deni)"),
            None
        );
    }

    #[test]
    fn a_credit_after_a_speech_tag_without_a_quotation_is_a_writers_credit() {
        let s =
            "Selanjutnya, tambah dia, Kampung Koya Tengah dan Kampung Moso. (Elsye Sanyi /Sumber Harian Pagi Papua)";
        assert_eq!(writer_credit(s), Some((s.find(" (Elsye").expect("credit"), None)));
    }

    #[test]
    fn an_advertorials_mark_after_the_last_sentence_is_no_photo_credit() {
        let s = "Festival ini diharapkan menjadi wadah untuk melestarikan budaya kesultanan. (ADV/DisdikbudKukar)";
        assert_eq!(writer_credit(s), Some((s.find(" (ADV").expect("credit"), None)));
    }

    #[test]
    fn a_desks_code_after_reported_speech_is_a_writers_credit_too() {
        let s = "\"Pertanyaan itu relevan,\" tambahnya. (Bob/P-3)";
        assert_eq!(writer_credit(s), Some((s.len() - " (Bob/P-3)".len(), None)));
    }
}
