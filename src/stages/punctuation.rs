//! The `punctuation` stage: sentences glued by a lost line break, commas left by dropped links,
//! and spacing around punctuation. It runs after `blocks` and `boilerplate`, on one paragraph per
//! line.
//!
//! Each family of rules is one pass over the text and one batch of changes: `lost_quotes` first
//! (quotes that became `?`, which the spacing rules read as quotes), then `gaps` (it removes
//! commas the other passes would otherwise space), then `spacing`, then `glued`. Every
//! rule decides from the shape of the characters around a mark, never from a list of a site's
//! words, and leaves alone what is not prose: numbers, times, domains, URLs, e-mail addresses,
//! initials and abbreviations, ellipses and emoticons.

mod gaps;
mod glued;
mod lost_quotes;
mod spacing;
mod token;

use crate::catalog::BuiltinRule;
use crate::document::Document;
use crate::stages::Stage;

pub const RULES: &[BuiltinRule] = &[
    BuiltinRule {
        code: "P001",
        name: "glued-sentence",
        why: "A full stop followed directly by a capitalised word is two sentences whose line break was lost; \
              domains, numbers, initials and abbreviations are told apart by the shape of the words around the dot.",
        example: Some(("bahan debat nanti.Jakarta (ANTARA)", "bahan debat nanti. Jakarta (ANTARA)")),
    },
    BuiltinRule {
        code: "P002",
        name: "glued-question-or-exclamation",
        why: "A question or exclamation mark followed directly by a capitalised word is two sentences glued together.",
        example: Some(("Benarkah?Menurut dia", "Benarkah? Menurut dia")),
    },
    BuiltinRule {
        code: "P003",
        name: "glued-colon",
        why: "A colon followed directly by a capitalised word lost the space that introduces what follows it.",
        example: Some(("berikut ini:Indeks harga", "berikut ini: Indeks harga")),
    },
    BuiltinRule {
        code: "P030",
        name: "quote-lost-to-question-mark",
        why: "A quotation mark that a character set without curly quotes turned into `?`: a question mark never \
              opens a word, nor follows a comma or a full stop, so there it stood for a quote.",
        example: Some(("?Kami siap,? tutur Emil.", "\"Kami siap,\" tutur Emil.")),
    },
    BuiltinRule {
        code: "P010",
        name: "comma-run",
        why: "Two commas in a row are what is left when a link between them was dropped; one may be the \
              sentence's own, so one stays. The lost word is not invented.",
        example: Some(("menyebutkan, , luar negeri", "menyebutkan, luar negeri")),
    },
    BuiltinRule {
        code: "P011",
        name: "leading-comma",
        why: "A paragraph does not open with a comma: the word before it was a dropped link.",
        example: Some((" , luar negeri (perusahaan digital", "luar negeri (perusahaan digital")),
    },
    BuiltinRule {
        code: "P012",
        name: "scraper-join-comma",
        why: "In a dump whose text nodes a scraper joined with commas, a comma with a space before it or \
              glued between two letters is the join at a dropped link, not punctuation.",
        example: Some((
            "bulan.,Ketentuan itu.,Pertama, pelaku usaha , luar negeri",
            "bulan.,Ketentuan itu.,Pertama, pelaku usaha luar negeri",
        )),
    },
    BuiltinRule {
        code: "P013",
        name: "comma-after-opening",
        why:
            "A comma right after an opening quote or bracket separates nothing: the word before it was a dropped link.",
        example: Some(("\",-nya, saya akui", "\"-nya, saya akui")),
    },
    BuiltinRule {
        code: "P014",
        name: "comma-after-sentence-end",
        why: "A comma set apart from a sentence's end, or ending a paragraph after one, is residue of a join.",
        example: Some(("aku Bernard., ,", "aku Bernard.")),
    },
    BuiltinRule {
        code: "P020",
        name: "space-before-punctuation",
        why: "No space goes before a comma, full stop, semicolon, colon, question or exclamation mark.",
        example: Some(("kasus korupsi .", "kasus korupsi.")),
    },
    BuiltinRule {
        code: "P021",
        name: "space-inside-brackets",
        why: "No space goes just inside a bracket.",
        example: Some(("( ayat 2 pasal 10 )", "(ayat 2 pasal 10)")),
    },
    BuiltinRule {
        code: "P023",
        name: "space-inside-quotes",
        why: "No space goes just inside a pair of double quotes, as curly quotes typed the wrong way round leave \
              once they are straight; which opens and which closes is told by their order in the paragraph.",
        example: Some(("\"Air sudah tinggi, \" ucapnya.", "\"Air sudah tinggi,\" ucapnya.")),
    },
    BuiltinRule {
        code: "P024",
        name: "space-after-closing-quote",
        why: "A closing double quote after the quotation's comma or full stop is followed by a space before \
              its speech tag; which quote closes is told by their order in the paragraph.",
        example: Some(("\"Segera dikirim ke Bupati,\"kata Muryono.", "\"Segera dikirim ke Bupati,\" kata Muryono.")),
    },
    BuiltinRule {
        code: "P022",
        name: "space-after-separator",
        why: "A comma or semicolon between two words is followed by a space.",
        example: Some(("mengakses,maupun", "mengakses, maupun")),
    },
];

pub struct Punctuation;

impl Punctuation {
    pub fn new() -> Self {
        Punctuation
    }
}

impl Default for Punctuation {
    fn default() -> Self {
        Self::new()
    }
}

impl Stage for Punctuation {
    fn name(&self) -> &'static str {
        "punctuation"
    }

    fn apply(&self, doc: &mut Document) {
        let comma_joined = token::comma_joined(doc.input());
        let batch = lost_quotes::changes(doc.text());
        doc.apply("punctuation", batch);
        let batch = gaps::changes(doc.text(), comma_joined);
        doc.apply("punctuation", batch);
        let batch = spacing::changes(doc.text());
        doc.apply("punctuation", batch);
        let batch = glued::changes(doc.text());
        doc.apply("punctuation", batch);
    }

    fn builtin_rules(&self) -> &'static [BuiltinRule] {
        RULES
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edit::replay;

    fn clean(text: &str) -> Document {
        let mut doc = Document::new(text.to_string());
        Punctuation::new().apply(&mut doc);
        doc
    }

    #[test]
    fn every_rule_example_does_what_it_says() {
        for rule in RULES {
            let (before, after) = rule.example.expect("every punctuation rule has an example");
            let doc = clean(before);
            assert_eq!(doc.text(), after, "{}", rule.code);
            assert!(doc.edits().iter().all(|e| e.rule == rule.code), "{}: {:#?}", rule.code, doc.edits());
        }
    }

    #[test]
    fn codes_are_unique() {
        let mut codes: Vec<&str> = RULES.iter().map(|r| r.code).collect();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), RULES.len());
    }

    #[test]
    fn the_families_work_together_and_the_log_replays() {
        let input = "Menurut dia , ada ( kata ) baru.Saham PT naik 1,44% ke 6.452,60 pada pukul 22.00.\n\n\
                     , Kompas.com melaporkan: H.M. Prasetyo hadir , , kata dia .";
        let doc = clean(input);
        assert_eq!(
            doc.text(),
            "Menurut dia, ada (kata) baru. Saham PT naik 1,44% ke 6.452,60 pada pukul 22.00.\n\n\
             Kompas.com melaporkan: H.M. Prasetyo hadir, kata dia."
        );
        assert_eq!(replay(doc.input(), doc.edits()), doc.text());
    }

    #[test]
    fn a_comma_joined_dump_is_recognised_from_the_input() {
        let input = "Pertama.,Kedua.,\"Ketiga, pelaku usaha , luar negeri.\"";
        assert!(clean(input).text().contains("pelaku usaha luar negeri"));
        assert!(clean("Pertama, pelaku usaha , luar negeri.").text().contains("pelaku usaha, luar negeri"));
    }
}
