//! The `normalize` stage: one canonical spelling for text that means the same, so later stages
//! and readers see one form. It owns Unicode normalization (NFC), spaces, line ends, control and
//! invisible characters, curly quotes, fullwidth forms, Latin ligatures, and HTML left in the
//! text (character references and stray tags).
//!
//! The space contract with the `blocks` stage, which reads double spaces after a sentence end as
//! paragraph breaks that a scraper flattened (dev/raw/008):
//! - every space character (tab, NBSP, thin, ideographic, ...) becomes one ASCII space, one for
//!   one, so `ini.` + NBSP + space is two spaces like `ini.` + two spaces;
//! - spaces at the start or end of a line are removed; line breaks are kept as they are (`\r\n`
//!   and lone `\r` become `\n`), since paragraph structure is the `blocks` stage's;
//! - a run of spaces inside a line becomes one space, except a run of two or more directly after
//!   `.`, `!`, `?` or `…` (or one closing quote or bracket after them), which becomes exactly two.
//!
//! Dashes, ellipses, guillemets and other punctuation stay as written. The stage works in three
//! passes, each a single scan: characters and HTML, then NFC where the quick check says it is
//! needed, then space runs. Pure ASCII text without `&`, `<`, tabs or control characters costs
//! one byte scan in the first pass.

mod chars;
mod html;
mod literal;
mod residue;
mod spacing;

use crate::catalog::BuiltinRule;
use crate::document::{Changes, Document};
use crate::stages::Stage;
use chars::fold;
use std::ops::Range;
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

pub const RULES: &[BuiltinRule] = &[
    BuiltinRule {
        code: chars::NFC,
        name: "nfc",
        why: "Clean text is in Unicode NFC: an accent typed as a combining mark is composed with its letter.",
        example: Some(("Jose\\u0301", "José")),
    },
    BuiltinRule {
        code: chars::SPACE,
        name: "space-character",
        why: "Every kind of space (tab, NBSP, thin space, ideographic space) becomes one ASCII space.",
        example: Some(("Rp\\u00a010.000", "Rp 10.000")),
    },
    BuiltinRule {
        code: chars::SPACE_RUN,
        name: "space-run",
        why: "No spaces at line start or end and no runs of spaces; two spaces after a sentence end stay, as a paragraph break for the blocks stage.",
        example: Some(("  PT  Bank ", "PT Bank")),
    },
    BuiltinRule {
        code: chars::LINE_BREAK,
        name: "line-break",
        why: "Lines end with \\n: \\r\\n, a lone \\r and the Unicode line and paragraph separators become \\n.",
        example: Some(("satu\\r\\ndua", "satu\\ndua")),
    },
    BuiltinRule {
        code: chars::CONTROL,
        name: "control-character",
        why: "Control characters (and terminal colour codes) are never part of an article.",
        example: Some(("kata\\u0007", "kata")),
    },
    BuiltinRule {
        code: chars::QUOTE,
        name: "straight-quote",
        why: "Curly quotes become straight ones, as ftfy does by default: “ ” „ ‟ to \", ‘ ’ ‚ ‛ to '.",
        example: Some(("“Sudah,” katanya", "\"Sudah,\" katanya")),
    },
    BuiltinRule {
        code: chars::INVISIBLE,
        name: "invisible-character",
        why: "Zero-width characters, soft hyphens, a BOM inside the text and bidirectional marks are invisible noise that breaks search and matching.",
        example: Some(("pe\\u00admerintah", "pemerintah")),
    },
    BuiltinRule {
        code: chars::FULLWIDTH,
        name: "fullwidth-form",
        why: "Fullwidth ASCII letters, digits and signs are folded to ASCII.",
        example: Some(("ＫＣＮＡ", "KCNA")),
    },
    BuiltinRule {
        code: chars::LIGATURE,
        name: "latin-ligature",
        why: "Latin ligatures and digraph letters, mostly left by PDF extraction, are spelled out.",
        example: Some(("signiﬁkan", "signifikan")),
    },
    BuiltinRule {
        code: chars::ENTITY,
        name: "html-entity",
        why: "HTML character references left in the text are decoded (a reference needs its semicolon).",
        example: Some(("Energi &amp; Emisi", "Energi & Emisi")),
    },
    BuiltinRule {
        code: chars::TAG,
        name: "html-tag",
        why: "Stray HTML tags are dropped; tags that break lines (<br>, <p>, <div>, <li>) become a line break.",
        example: Some(("<b>kata</b><br>lain", "kata\\nlain")),
    },
    BuiltinRule {
        code: residue::ATTRIBUTE,
        name: "html-attribute-residue",
        why: "A link's attributes printed in the text go, with the copy of its words the title attribute left before them.",
        example: Some(("PSM Makassar\" href=\"https://x.id/t\">PSM Makassar menang", "PSM Makassar menang")),
    },
    BuiltinRule {
        code: literal::LITERAL,
        name: "python-literal",
        why: "A text a dataset stored as a Python list of its paragraphs or as the repr of its bytes gives back its paragraphs and the characters its escapes stand for.",
        example: Some(("['Satu.', 'Dua\\\\xa0tiga.']", "Satu.\\n\\nDua tiga.")),
    },
    BuiltinRule {
        code: residue::ESCAPED_QUOTE,
        name: "escaped-quote",
        why: "The backslash a JSON or SQL string put before a quote, written out into the text with it, goes.",
        example: Some(("\\\\\"Kami siap,\\\\\" ujar dia.", "\"Kami siap,\" ujar dia.")),
    },
    BuiltinRule {
        code: residue::LOST_CHARACTER,
        name: "lost-character",
        why: "A question mark between two small letters of one word stands for a character an export could not write (an invisible one): it goes.",
        example: Some(("mempe?rlihatkan", "memperlihatkan")),
    },
];

pub struct Normalize;

impl Normalize {
    pub fn new() -> Self {
        Normalize
    }
}

impl Default for Normalize {
    fn default() -> Self {
        Self::new()
    }
}

impl Stage for Normalize {
    fn name(&self) -> &'static str {
        "normalize"
    }

    fn apply(&self, doc: &mut Document) {
        // A Python literal's escapes stand for characters the passes below then fold.
        let changes = literal::changes(doc.text());
        doc.apply("normalize", changes);
        let (changes, may_need_nfc) = characters(doc.text());
        doc.apply("normalize", changes);
        if may_need_nfc {
            let changes = composition(doc.text());
            doc.apply("normalize", changes);
        }
        let changes = residue::changes(doc.text());
        doc.apply("normalize", changes);
        let changes = spacing::changes(doc.text());
        doc.apply("normalize", changes);
    }

    fn builtin_rules(&self) -> &'static [BuiltinRule] {
        RULES
    }
}

/// Bytes that may start something to fold. Everything else is printable ASCII (or `\n`), which
/// the scan skips a byte at a time without decoding.
const fn special_bytes() -> [bool; 256] {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = (b < 0x20 && b != b'\n' as usize) || b >= 0x7F || b == b'&' as usize || b == b'<' as usize;
        b += 1;
    }
    table
}
const SPECIAL: [bool; 256] = special_bytes();

/// How many bytes at the start of `bytes` are plain (not [`SPECIAL`]). Whole 16-byte chunks are
/// tested with comparisons and no early exit, which the compiler turns into vector instructions:
/// most news text is plain ASCII from one special byte to the next.
fn plain_prefix(bytes: &[u8]) -> usize {
    let special = |b: u8| ((b < 0x20) & (b != b'\n')) | (b >= 0x7F) | (b == b'&') | (b == b'<');
    let mut plain = 0;
    for chunk in bytes.chunks_exact(16) {
        if chunk.iter().fold(false, |any, &b| any | special(b)) {
            break;
        }
        plain += 16;
    }
    plain + bytes[plain..].iter().take_while(|&&b| !SPECIAL[b as usize]).count()
}

/// The first pass: every character fold, HTML reference and tag, as changes against `text`.
/// Adjacent changes of one rule are joined into one edit (`ＫＣＮＡ` is one edit, not four).
/// Also tells whether the text holds characters NFC may change, so that the usual news text
/// (ASCII, Latin-1 letters, quotes and dashes) skips the NFC pass.
fn characters(text: &str) -> (Changes, bool) {
    let bytes = text.as_bytes();
    let mut batch = Batch::default();
    let mut may_need_nfc = false;
    let mut i = 0;
    while i < bytes.len() {
        if !SPECIAL[bytes[i] as usize] {
            i += 1 + plain_prefix(&bytes[i + 1..]);
            continue;
        }
        match bytes[i] {
            b'&' => {
                if let Some((len, decoded)) = html::reference(text, i) {
                    let mut with = String::new();
                    for c in decoded.chars() {
                        match fold(c) {
                            Some((folded, _)) => folded.push_to(&mut with),
                            None => with.push(c),
                        }
                    }
                    batch.push(i..i + len, &with, chars::ENTITY);
                    i += len;
                } else {
                    i += 1;
                }
            }
            b'<' => {
                if let Some((len, kind)) = html::tag(text, i) {
                    let with = if kind == html::Tag::Block { "\n" } else { "" };
                    batch.push(i..i + len, with, chars::TAG);
                    i += len;
                } else {
                    i += 1;
                }
            }
            b'\r' if bytes.get(i + 1) == Some(&b'\n') => {
                batch.push(i..i + 1, "", chars::LINE_BREAK);
                i += 1;
            }
            0x1B => {
                let len = terminal_escape(&bytes[i..]);
                batch.push(i..i + len, "", chars::CONTROL);
                i += len;
            }
            _ => {
                let c = text[i..].chars().next().expect("i is on a char boundary");
                let len = c.len_utf8();
                may_need_nfc |= c >= '\u{300}' && !('\u{2000}'..='\u{20CF}').contains(&c);
                if let Some((folded, rule)) = fold(c) {
                    let mut with = String::new();
                    folded.push_to(&mut with);
                    batch.push(i..i + len, &with, rule);
                }
                i += len;
            }
        }
    }
    (batch.into_changes(), may_need_nfc)
}

/// Length of the terminal escape starting with ESC at `bytes[0]`: a colour code such as
/// `\x1b[31;1m` goes whole, a lone ESC alone.
fn terminal_escape(bytes: &[u8]) -> usize {
    if bytes.get(1) != Some(&b'[') {
        return 1;
    }
    let params = bytes[2..].iter().take(16).take_while(|b| b.is_ascii_digit() || **b == b';').count();
    match bytes.get(2 + params) {
        Some(b) if b.is_ascii_alphabetic() => 2 + params + 1,
        _ => 1,
    }
}

/// The second pass: NFC, word by word, only in words with characters from U+0300 on (whose
/// UTF-8 starts with a byte from 0xCC) that the quick check does not pass.
fn composition(text: &str) -> Changes {
    let mut changes = Changes::new();
    let bytes = text.as_bytes();
    let mut i = 0;
    while let Some(offset) = bytes[i..].iter().position(|&b| b >= 0xCC) {
        let at = i + offset;
        let start = bytes[..at].iter().rposition(|&b| b == b' ' || b == b'\n').map_or(0, |p| p + 1);
        let end = memchr::memchr2(b' ', b'\n', &bytes[at..]).map_or(bytes.len(), |p| at + p);
        let word = &text[start..end];
        if is_nfc_quick(word.chars()) != IsNormalized::Yes {
            let composed: String = word.nfc().collect();
            if composed != word {
                changes.replace(start..end, composed, chars::NFC);
            }
        }
        i = end;
    }
    changes
}

/// Changes in text order, joining a change to the previous one when they touch and share a rule.
#[derive(Default)]
struct Batch {
    items: Vec<(Range<usize>, String, &'static str)>,
}

impl Batch {
    fn push(&mut self, range: Range<usize>, with: &str, rule: &'static str) {
        if let Some((last, last_with, last_rule)) = self.items.last_mut() {
            if last.end == range.start && *last_rule == rule {
                last.end = range.end;
                last_with.push_str(with);
                return;
            }
        }
        self.items.push((range, with.to_string(), rule));
    }

    fn into_changes(self) -> Changes {
        let mut changes = Changes::new();
        for (range, with, rule) in self.items {
            changes.replace(range, with, rule);
        }
        changes
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn normalized(text: &str) -> String {
        crate::stages::testing::run_stage(&Normalize::new(), text).text().to_string()
    }

    fn rules(text: &str) -> Vec<String> {
        crate::stages::testing::run_stage(&Normalize::new(), text).edits().iter().map(|e| e.rule.clone()).collect()
    }

    #[test]
    fn every_space_becomes_one_ascii_space() {
        assert_eq!(normalized("Rp\u{a0}10.000,\tkata\u{2009}dia\u{3000}lagi"), "Rp 10.000, kata dia lagi");
        assert_eq!(normalized("PT\u{a0} Bank"), "PT Bank");
        assert_eq!(rules("Rp\u{a0}10"), ["N002"]);
    }

    #[test]
    fn a_sentence_end_keeps_its_double_space_for_the_blocks_stage() {
        assert_eq!(normalized("pagi ini.\u{a0} Jumat lalu.\u{a0}Kedua"), "pagi ini.  Jumat lalu. Kedua");
    }

    #[test]
    fn line_breaks_stay_and_line_ends_are_unix() {
        assert_eq!(normalized("satu \r\n\r\n dua\rtiga\u{2029}empat"), "satu\n\ndua\ntiga\nempat");
    }

    #[test]
    fn control_and_invisible_characters_go() {
        assert_eq!(
            normalized("\u{feff}Ke\u{200b}pala\u{7} dae\u{ad}rah \u{1b}[31mmerah\u{1b}[0m"),
            "Kepala daerah merah"
        );
        assert_eq!(normalized("kata \u{200b} lain"), "kata lain");
    }

    #[test]
    fn curly_quotes_become_straight_and_dashes_stay() {
        assert_eq!(normalized("“Sudah,” kata ‘Gibran’ — „ja‟ – ‚x‛"), "\"Sudah,\" kata 'Gibran' — \"ja\" – 'x'");
    }

    #[test]
    fn fullwidth_forms_and_ligatures_fold() {
        assert_eq!(normalized("ＫＣＮＡ２０２５！ signiﬁkan ﬂora"), "KCNA2025! signifikan flora");
        assert_eq!(rules("ＫＣＮＡ"), ["N008"]);
    }

    #[test]
    fn nfc_composes_accents() {
        assert_eq!(normalized("Jose\u{301} Mourinho"), "José Mourinho");
        assert_eq!(rules("Jose\u{301}"), ["N001"]);
    }

    #[test]
    fn html_references_are_decoded_and_folded() {
        assert_eq!(
            normalized("Energi &amp; Emisi &quot;x&quot; &#8220;y&#x201D; a&nbsp;b caf&eacute;"),
            "Energi & Emisi \"x\" \"y\" a b café"
        );
        assert_eq!(normalized("AT&T &copy2024 &amp;lt;"), "AT&T &copy2024 &lt;");
    }

    #[test]
    fn html_tags_are_dropped_and_line_tags_break_lines() {
        assert_eq!(normalized("<p>Satu <b>kata</b> saja.<br>Dua</p>"), "\nSatu kata saja.\nDua\n");
        assert_eq!(normalized("jika a < b dan x<y maka y>x"), "jika a < b dan x<y maka y>x");
    }

    #[test]
    fn clean_text_is_left_alone() {
        let text = "Judul\n\nIsi berita – dengan \"kutipan\", café, dan 25°C.\n";
        assert_eq!(rules(text), Vec::<String>::new());
    }

    #[test]
    fn every_rule_example_holds() {
        crate::stages::testing::check_examples(&Normalize);
    }
}
