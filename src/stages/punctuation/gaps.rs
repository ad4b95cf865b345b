//! Commas left behind when a scraper dropped a link: `menyebutkan, , luar negeri`, `kepada ,
//! Kamis`, a paragraph opening with `, `, `Di ,, kita`, `",-nya`. The lost word is never invented:
//! the rules only take away what cannot be punctuation, and put the one comma that may be the
//! sentence's own in its place.
//!
//! Every maximal run of commas and spaces inside a paragraph is judged once, as a whole:
//! - at the start of a paragraph, or right after an opening quote or bracket, a comma has nothing
//!   to separate: the run goes (P011, P013);
//! - after the end of a sentence (`nilai. ,` or a paragraph ending `Bernard.,`) a comma is residue
//!   of a join: the run goes (P014);
//! - two or more commas (`, ,`, `,,`) become one, attached to the word before (P010). One of them
//!   may be the sentence's own (`Di ,, kita` -> `Di, kita`), so one stays;
//! - one comma with a space before it loses that space (`kepada , Kamis` -> `kepada, Kamis`,
//!   P020), and one glued between two letters gets a space after it (`kata,dia` -> `kata, dia`,
//!   P022).
//!
//! Comma-joined dumps (see [`token::comma_joined`]) change the last rule. A scraper that joins text
//! nodes with `,` leaves a comma wherever a link was cut out of a sentence: `pelaku usaha , luar
//! negeri` (the link's text between two spaces, dropped), `menanggung ,sebesar` and `kepada ,
//! (RS)` (the link's text before the comma) and `mengakses,maupun` (no spaces at all). Edited
//! text never writes a comma with a space before it or with none between two letters, so in such
//! a document those commas are the joins, not punctuation, and are replaced by one space (P012). A comma written the ordinary way (`UMKM, mengakui`) is kept even there: it
//! may be the author's.

use super::token;
use crate::document::Changes;

pub fn changes(text: &str, comma_joined: bool) -> Changes {
    let mut changes = Changes::new();
    let bytes = text.as_bytes();
    // Only a run that holds a comma is judged, so the scan goes from comma to comma; the run is
    // the spaces before the first one and the commas and spaces after it.
    let mut end = 0;
    for comma in memchr::memchr_iter(b',', bytes) {
        if comma < end {
            continue;
        }
        let mut start = comma;
        while start > 0 && bytes[start - 1] == b' ' {
            start -= 1;
        }
        let mut commas = 0;
        end = comma;
        while end < bytes.len() && (bytes[end] == b' ' || bytes[end] == b',') {
            commas += usize::from(bytes[end] == b',');
            end += 1;
        }
        judge(text, start, end, commas, comma_joined, &mut changes);
    }
    changes
}

fn judge(text: &str, start: usize, end: usize, commas: usize, comma_joined: bool, changes: &mut Changes) {
    let run = &text[start..end];
    let line_start = start == 0 || text.as_bytes()[start - 1] == b'\n';
    let line_end = end == text.len() || text.as_bytes()[end] == b'\n';
    if line_start && line_end {
        // A line of lone punctuation is a block of its own, which the boilerplate stage drops.
        return;
    }
    if line_start {
        changes.delete(start..end, "P011");
        return;
    }
    let prev = token::before(text, start).expect("not at the start of the text");
    let next = token::at(text, end);
    let space_before = run.starts_with(' ');
    let space_after = run.ends_with(' ');

    if opens(text, start, prev) {
        changes.delete(start..end, "P013");
        return;
    }
    if matches!(prev, '.' | '!' | '?') && (line_end || (space_before && !after_initial(text, start))) {
        // `S.H., M.H.`: a comma glued to an abbreviation's dot is the author's; one set apart from a
        // sentence's end, or ending the paragraph, is not.
        changes.replace(start..end, if line_end { "" } else { " " }, "P014");
        return;
    }
    if line_end {
        if matches!(prev, '"' | '\'' | ')' | '”' | '’') && sentence_ended_before(text, start) {
            changes.delete(start..end, "P014");
        } else if run != "," {
            changes.replace(start..end, ",", if commas > 1 { "P010" } else { "P020" });
        }
        return;
    }
    let next = next.expect("not at the end of a line");
    let spaced_next = next.is_alphanumeric() || matches!(next, '"' | '\'' | '(' | '[' | '“' | '‘');
    let one_comma = if spaced_next { ", " } else { "," };
    if commas > 1 {
        changes.replace(start..end, one_comma, "P010");
        return;
    }
    let between_letters = prev.is_alphabetic() && next.is_alphabetic();
    // What follows a dropped link may open a bracket or a quotation (`kepada , (RS)`).
    let joins_words = (prev.is_alphanumeric() || matches!(prev, ')' | ']'))
        && (next.is_alphanumeric() || matches!(next, '(' | '[' | '"' | '“'));
    if comma_joined && space_before && joins_words {
        changes.replace(start..end, " ", "P012");
        return;
    }
    if !space_before && !space_after && between_letters {
        if !token::in_prose(text, start) {
            return;
        }
        if comma_joined {
            changes.replace(start..end, " ", "P012");
        } else {
            changes.insert(end, " ", "P022");
        }
        return;
    }
    if space_before && run != one_comma {
        changes.replace(start..end, one_comma, "P020");
    }
}

/// True when `prev`, the character before byte `start`, opens a quotation or a bracket: a bracket,
/// or a quote at the start of the paragraph or after a space.
fn opens(text: &str, start: usize, prev: char) -> bool {
    match prev {
        '(' | '[' | '“' | '‘' => true,
        '"' | '\'' => {
            let quote_at = start - prev.len_utf8();
            matches!(token::before(text, quote_at), None | Some('\n' | ' ' | '('))
        }
        _ => false,
    }
}

/// True when the dot just before `at` follows a single letter, as in the initials `S.H.`, where a
/// spaced comma may still be the author's list comma.
fn after_initial(text: &str, at: usize) -> bool {
    token::letters(token::word_ending(text, at - 1)) == 1
}

/// True when the closing quotes and brackets just before `at` follow a sentence's end (`nanti."`).
fn sentence_ended_before(text: &str, at: usize) -> bool {
    text[..at].trim_end_matches(['"', '\'', ')', '”', '’']).ends_with(['.', '!', '?'])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run_with(text: &str, comma_joined: bool) -> String {
        crate::stages::testing::run_changes("punctuation", text, |t| changes(t, comma_joined))
    }

    fn run(text: &str) -> String {
        run_with(text, false)
    }

    #[test]
    fn a_gap_left_by_a_dropped_link_keeps_one_comma() {
        assert_eq!(
            run("Beleid tersebut menyebutkan, , luar negeri wajib"),
            "Beleid tersebut menyebutkan, luar negeri wajib"
        );
        assert_eq!(run("sebut Damar kepada , Kamis (25/2/2021)."), "sebut Damar kepada, Kamis (25/2/2021).");
        assert_eq!(run("terpotong. Di ,, kita bisa"), "terpotong. Di, kita bisa");
    }

    #[test]
    fn a_paragraph_does_not_open_with_a_comma() {
        assert_eq!(run(" , luar negeri (perusahaan digital)"), "luar negeri (perusahaan digital)");
        assert_eq!(run("Satu.\n\n, luar negeri"), "Satu.\n\nluar negeri");
        assert_eq!(run("\",-nya, saya akui,\" ujar Teten."), "\"-nya, saya akui,\" ujar Teten.");
        assert_eq!(run("kata dia ( , dan lain)"), "kata dia (dan lain)");
    }

    #[test]
    fn a_comma_after_a_sentence_end_is_residue() {
        assert_eq!(run("aku Bernard., ,\n\nLalu"), "aku Bernard.\n\nLalu");
        assert_eq!(run("nilai. ,Artikel ini"), "nilai. Artikel ini");
        assert_eq!(run("kata dia.\",\n\nLalu"), "kata dia.\"\n\nLalu");
    }

    #[test]
    fn a_comma_glued_between_letters_gets_its_space() {
        assert_eq!(run("masih kesulitan mengakses,maupun pembiayaan"), "masih kesulitan mengakses, maupun pembiayaan");
    }

    #[test]
    fn in_a_comma_joined_dump_spaced_and_glued_commas_are_joins() {
        let joined = |t| run_with(t, true);
        assert_eq!(joined("Pertama, pelaku usaha , luar negeri yang"), "Pertama, pelaku usaha luar negeri yang");
        assert_eq!(
            joined("Menteri Koperasi dan UMKM, mengakui , masih kesulitan mengakses,maupun pembiayaan."),
            "Menteri Koperasi dan UMKM, mengakui masih kesulitan mengakses maupun pembiayaan."
        );
        assert_eq!(joined("seharusnya , di perbankan. Di ,, kita"), "seharusnya di perbankan. Di, kita");
        assert_eq!(joined("Beleid tersebut menyebutkan, , luar negeri"), "Beleid tersebut menyebutkan, luar negeri");
        assert_eq!(
            joined("menanggung ,sebesar Rp6,5 triliun kepada , (RS)."),
            "menanggung sebesar Rp6,5 triliun kepada (RS)."
        );
    }

    #[test]
    fn commas_that_are_punctuation_stay() {
        for text in [
            "Budi Santoso, S.H., M.H., hadir.",
            "naik 1,44% atau 6.452,60 poin, kata dia.",
            "Rp129 triliun atau 67,8 persen",
            "\"Kami siap,\" kata dia, \"besok.\"",
            "pembiayaan),\" ujar Teten",
            "tulis KCNA,",
            "lihat https://x.com/a,b dan budi,a@x.com",
        ] {
            assert_eq!(run(text), text);
            assert_eq!(run_with(text, true), text);
        }
    }
}
