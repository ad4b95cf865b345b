//! Sentences glued by a lost line break: `debat nanti.Jakarta`, `hari ini.Saham PT`,
//! `berikut ini:Indeks`. A space is inserted after the punctuation.
//!
//! The decision looks only at the shape of the two words around the mark, never at which words
//! they are:
//! - after the mark comes a capitalised word of two or more letters (`Saham`), or an upper-case
//!   one of four or more (`MOSKOW`); a single capital is an initial (`H.M.`, `S.H.`), a short
//!   acronym may be a title (`Sp.PD`), and a lower-case letter continues a domain (`Kompas.com`)
//!   or a number;
//! - that word is not itself an abbreviation in a chain (`Dr.Ir.`, `D.Dj.`: three letters or
//!   fewer, directly followed by a dot), not the next label of a dotted name (`Bola.Net.id`), not a
//!   domain or file-name suffix (`KOMPAS.COM`, `Laporan.PDF`), and not glued to `@`, `/` or `_`;
//! - before the mark comes the end of a word of two or more letters, a digit, a closing bracket, a
//!   percent sign or a closing quote (`utamanya.`, `6.452,60.`, `(22/1/2019).`, `0,50%.`); a single
//!   letter is an initial (`a.n.`, `M.Nasir`) and a second dot is an ellipsis;
//! - a token that holds an initial anywhere is a chain of abbreviations (`S.Kep.Ns`, `A.Md.Kep`)
//!   and stays whole;
//! - two upper-case words around a dot are an acronym compound or a domain (`ASP.NET`) and stay;
//! - nothing inside a URL, e-mail address, handle or hashtag is touched.

use super::token;
use crate::document::Changes;

pub fn changes(text: &str) -> Changes {
    let mut changes = Changes::new();
    let bytes = text.as_bytes();
    // The marks are rare among the bytes: memchr finds them (the inserts may come in any order).
    for i in memchr::memchr3_iter(b'.', b'!', b'?', bytes).chain(memchr::memchr_iter(b':', bytes)) {
        let b = bytes[i];
        let rule = match b {
            b'.' => "P001",
            b'!' | b'?' => "P002",
            b':' => "P003",
            _ => continue,
        };
        if glued_at(text, i, b) {
            changes.insert(i + 1, " ", rule);
        } else if let Some(at) = glued_quote_at(text, i, b) {
            changes.insert(at, " ", rule);
        }
    }
    changes
}

/// Where the space goes when a sentence's end, a straight quote and a capitalised word are glued
/// (`0,56%."Secara umum`, `sekali."Dia lalu`): before the quote when it opens the next sentence's
/// quotation, after it when it closes this one. Straight quotes look the same both ways, so the
/// count of quotes before it on the line tells: an even count opens. An opening quote must be
/// closed later on the line; one that is not may as well close a quotation that began in an
/// earlier paragraph, and is left alone.
fn glued_quote_at(text: &str, i: usize, b: u8) -> Option<usize> {
    let bytes = text.as_bytes();
    if b == b':' || bytes.get(i + 1) != Some(&b'"') {
        return None;
    }
    let word = i + 2;
    if !token::at(text, word).is_some_and(char::is_uppercase) {
        return None;
    }
    let right = token::word_starting(text, word);
    let prev = token::before(text, i)?;
    let left = token::word_ending(text, i);
    let words_around = token::letters(right) >= 2
        && if prev.is_alphabetic() {
            token::letters(left) >= 2
        } else {
            prev.is_ascii_digit() || matches!(prev, ')' | ']' | '%')
        };
    if !words_around || !in_plain_prose(text, i) {
        return None;
    }
    let line_start = memchr::memrchr(b'\n', &bytes[..i]).map_or(0, |n| n + 1);
    let line_end = memchr::memchr(b'\n', &bytes[word..]).map_or(bytes.len(), |n| word + n);
    let quotes_before = memchr::memchr_iter(b'"', &bytes[line_start..i]).count();
    if quotes_before % 2 == 1 {
        Some(i + 2)
    } else if memchr::memchr(b'"', &bytes[word..line_end]).is_some() {
        Some(i + 1)
    } else {
        None
    }
}

/// True when the mark `b` at byte `i` ends a sentence (or a lead-in, for `:`) and the next one was
/// glued to it.
fn glued_at(text: &str, i: usize, b: u8) -> bool {
    let next = i + 1;
    if !token::at(text, next).is_some_and(char::is_uppercase) {
        return false;
    }
    let right = token::word_starting(text, next);
    if token::letters(right) < 2 || token::is_name_suffix(right) {
        return false;
    }
    if token::is_upper_word(right) && token::letters(right) < 4 {
        // `Sp.PD`, `Sp.THT`: a short acronym after a dot is a title or a name's part as often as a
        // sentence's first word; a missed break costs less than a broken title.
        return false;
    }
    let after = right.len() + next;
    match token::at(text, after) {
        Some('.') => {
            let chained = right.chars().count() <= 3;
            let dotted_name = token::at(text, after + 1).is_some_and(char::is_alphanumeric);
            if chained || dotted_name {
                return false;
            }
        }
        Some('@' | '/' | '\\' | '_' | '=' | '&') => return false,
        _ => {}
    }

    let Some(prev) = token::before(text, i) else { return false };
    let left = token::word_ending(text, i);
    let left_ok = if prev.is_alphabetic() {
        token::letters(left) >= 2 && !(token::is_upper_word(left) && token::is_upper_word(right))
    } else {
        match b {
            b'.' => prev.is_ascii_digit() || matches!(prev, ')' | ']' | '%' | '"' | '\'' | '”' | '’'),
            b':' => matches!(prev, ')' | ']'),
            // A quote before `?` or `!` could open the next sentence as well as close this one.
            _ => prev.is_ascii_digit() || matches!(prev, ')' | ']' | '!' | '?'),
        }
    };
    left_ok && in_plain_prose(text, i)
}

/// Whether the token around byte `i` is prose: not an address, and no chain of abbreviations
/// with an initial (`S.Kep.Ns`).
fn in_plain_prose(text: &str, i: usize) -> bool {
    token::token_around(text, i).is_some_and(|t| !token::is_address(t) && !token::has_initial(t))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str) -> String {
        crate::stages::testing::run_changes("punctuation", text, changes)
    }

    #[test]
    fn sentences_glued_by_a_lost_break_are_split() {
        assert_eq!(run("bahan debat nanti.Jakarta (ANTARA) -"), "bahan debat nanti. Jakarta (ANTARA) -");
        assert_eq!(run("hari ini.Saham PT Bank"), "hari ini. Saham PT Bank");
        assert_eq!(run("Selasa (22/1/2019).Berdasarkan data"), "Selasa (22/1/2019). Berdasarkan data");
        assert_eq!(run("di posisi 6.452,60.Sepanjang perdagangan"), "di posisi 6.452,60. Sepanjang perdagangan");
        assert_eq!(run("naik 0,50%.Sebanyak 168 saham"), "naik 0,50%. Sebanyak 168 saham");
        assert_eq!(run("awal perdagangan sesi II.Pergerakan IHSG"), "awal perdagangan sesi II. Pergerakan IHSG");
        assert_eq!(run("ditolak mereka.MOSKOW, iNews.id"), "ditolak mereka. MOSKOW, iNews.id");
    }

    #[test]
    fn a_glued_quote_goes_with_the_sentence_it_belongs_to() {
        // An even count of quotes before it on the line: it opens the next sentence's quotation.
        assert_eq!(
            run("dan 0,56%.\"Secara umum inflasi terkendali,\" ujar dia."),
            "dan 0,56%. \"Secara umum inflasi terkendali,\" ujar dia."
        );
        assert_eq!(
            run("\"Ini murah,\" katanya.\"Saya senang,\" tambahnya."),
            "\"Ini murah,\" katanya. \"Saya senang,\" tambahnya."
        );
        // An odd count: it closes this sentence's quotation.
        assert_eq!(
            run("kata dia. \"Ini murah sekali.\"Dia lalu pulang."),
            "kata dia. \"Ini murah sekali.\" Dia lalu pulang."
        );
        assert_eq!(run("\"Benarkah?\"Menurut dia, tidak."), "\"Benarkah?\" Menurut dia, tidak.");
    }

    #[test]
    fn a_glued_quote_that_could_close_an_earlier_paragraph_stays() {
        // No quote closes it later on the line: it may end a quotation opened a paragraph before.
        for text in ["harga naik 0,56%.\"Dia lalu pulang.", "kata Dr.\"Budi", "tahun 2019.\"a"] {
            assert_eq!(run(text), text);
        }
    }

    #[test]
    fn a_colon_or_question_mark_before_a_capitalised_word_gets_its_space() {
        assert_eq!(run("berikut ini:Indeks harga"), "berikut ini: Indeks harga");
        assert_eq!(run("Benarkah?Menurut dia"), "Benarkah? Menurut dia");
        assert_eq!(run("Luar biasa!Semua hadir"), "Luar biasa! Semua hadir");
    }

    #[test]
    fn domains_urls_and_addresses_stay() {
        for text in [
            "Kompas.com melaporkan",
            "dikutip dari Bisnis.com, JAKARTA",
            "TRIBUNNEWS.COM, MEDAN",
            "situs Kompas.Com dan Tempo.Co",
            "buka www.Example.co.id hari ini",
            "lihat okezone.com/read/2021/Foo.Bar",
            "kirim ke budi.Santoso@gmail.com",
            "berkas LAPORAN.PDF dan laporan.pdf",
            "ikuti https://x.com:Kata",
            "teknologi ASP.NET",
        ] {
            assert_eq!(run(text), text);
        }
    }

    #[test]
    fn numbers_initials_and_abbreviations_stay() {
        for text in [
            "Rp 1.000 dan 6.452,60 serta 3.5 dan pukul 22.00",
            "Editor: D.Dj. Kliwantoro",
            "Jaksa Agung H.M. Prasetyo",
            "Budi Santoso, S.H., M.H.",
            "Prof. Dr.Ir. Budi",
            "a.n. Budi",
            "U.S. Army",
            "Jalan No.22",
            "gelar S.Kom dan S.Pd.I, S.Kep.Ns dan A.Md.Kep, dr. Sari, Sp.PD",
            "kata M.Nasir",
            "menunggu...Lalu",
            "Netflix, Spotify dll.",
            "tertawa :D dan :P",
        ] {
            assert_eq!(run(text), text);
        }
    }
}
