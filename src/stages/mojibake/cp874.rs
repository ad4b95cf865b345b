//! UTF-8 read as Windows-874 (Thai): the two bytes of a Latin-1 character come out as two Thai
//! characters, `ยท` for `·` (`C2 B7`) and `ร©`... for `é` (`C3 A9`, `Cafรฉ`). Sites that print
//! a middle dot between the writer's name and the date leave `Stepanus Purba ยท Jumat, ...` when
//! a scraper guessed the page Thai. A pair is read back only where no Thai stands beside it, and
//! a letter only inside a Latin word: Thai text itself is never touched.

/// The byte Windows-874 reads as `c`, when it can be the second byte of a two-byte UTF-8 sequence
/// (0x80..=0xBF).
fn continuation_byte(c: char) -> Option<u8> {
    match c {
        // ก..ฟ are 0xA1..=0xBF.
        '\u{0E01}'..='\u{0E1F}' => u8::try_from(c as u32 - 0x0D60).ok(),
        '€' => Some(0x80),
        '…' => Some(0x85),
        '‘' => Some(0x91),
        '’' => Some(0x92),
        '“' => Some(0x93),
        '”' => Some(0x94),
        '•' => Some(0x95),
        '–' => Some(0x96),
        '—' => Some(0x97),
        '\u{A0}' => Some(0xA0),
        _ => None,
    }
}

/// Whether `text` may hold a misread pair: its first character, `ย` or `ร`, is `E0 B8 A2` or
/// `E0 B8 A3` in UTF-8, and one search for `E0 B8` passes the text without decoding it (this runs
/// on every document).
pub fn might_hold_thai(text: &str) -> bool {
    memchr::memmem::find(text.as_bytes(), b"\xE0\xB8").is_some()
}

fn is_thai(c: char) -> bool {
    ('\u{0E00}'..='\u{0E7F}').contains(&c)
}

/// Every misread pair in `text`: its byte range and the character it was.
pub fn pairs(text: &str) -> Vec<(std::ops::Range<usize>, char)> {
    let mut found = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (k, window) in chars.windows(2).enumerate() {
        let [(start, lead), (at, trail)] = [window[0], window[1]];
        let first = match lead {
            'ย' => 0xC2,
            'ร' => 0xC3,
            _ => continue,
        };
        let Some(second) = continuation_byte(trail) else { continue };
        let Ok(decoded) = std::str::from_utf8(&[first, second]).map(|s| s.chars().next().expect("one char")) else {
            continue;
        };
        let before = k.checked_sub(1).map(|i| chars[i].1);
        let after = chars.get(k + 2).map(|&(_, c)| c);
        if before.is_some_and(is_thai) || after.is_some_and(is_thai) {
            continue;
        }
        // A letter is read back only inside or at the edge of a Latin word, and of the other
        // characters only the signs Latin text prints: a two-letter Thai word standing alone
        // (`ยก`, which would be `¡`) stays.
        let latin = |c: Option<char>| c.is_some_and(|c| c.is_alphabetic() && !is_thai(c));
        let sign = matches!(decoded, '·' | '©' | '®' | '°' | '±' | '«' | '»' | '×' | '÷' | '²' | '³' | '½' | '¼');
        if !(sign || (decoded.is_alphabetic() && (latin(before) || latin(after)))) {
            continue;
        }
        found.push((start..at + trail.len_utf8(), decoded));
    }
    found
}

#[cfg(test)]
mod tests {
    use crate::stages::mojibake::Mojibake;

    fn fix(text: &str) -> String {
        crate::stages::testing::run_stage(&Mojibake::new(), text).text().to_string()
    }

    #[test]
    fn a_middle_dot_and_a_latin_letter_read_as_thai_are_read_back() {
        assert_eq!(fix("Stepanus Purba ยท Jumat, 14 September 2018"), "Stepanus Purba · Jumat, 14 September 2018");
        assert_eq!(fix("Cafรฉ di Bandung"), "Café di Bandung");
    }

    #[test]
    fn thai_text_is_left_alone() {
        for thai in ["ภาษาไทย ยก ราคา", "Harga (ราคา) naik", "ยก"] {
            assert_eq!(fix(thai), thai);
        }
    }
}
