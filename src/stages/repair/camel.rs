//! Words joined at a change of case where a link's spaces were lost (`ProjectFerry Irwandi`,
//! `TNImasih`, `MotoGPLebih lanjut`). A brand is written so on purpose (`YouTube`, `GrabFood`,
//! `BeritaSatu`), so a token is parted only when the document itself writes each part as a word
//! of its own elsewhere, or the part is a common word of the language in lower case.

/// The fewest letters a part may have: shorter ones are prefixes of brands (`iPhone`, `eKTP`).
const MIN_PART: usize = 3;

/// The most places a joined token may offer to be cut at.
const MAX_CUTS: usize = 3;

/// Where a token of ASCII letters may be two words joined: after a small letter before a capital
/// (`Project|Ferry`), before the last of a run of capitals followed by small letters
/// (`CNN|Indonesia`, `MotoGP|Lebih`), or after a run of capitals followed by a word in small
/// letters (`TNI|masih`). Every place is offered (`Moto|GPLebih`, `MotoGP|Lebih`), for the
/// document to decide between; a token with more is a name or a code, and is left alone.
pub fn cuts(word: &str) -> Vec<usize> {
    let b = word.as_bytes();
    if b.len() < 2 * MIN_PART || !b.iter().all(u8::is_ascii_alphabetic) {
        return Vec::new();
    }
    let (up, low) = (|c: u8| c.is_ascii_uppercase(), |c: u8| c.is_ascii_lowercase());
    let found: Vec<usize> = (1..b.len())
        .filter(|&i| {
            (low(b[i - 1]) && up(b[i]))
                || (i >= 2 && up(b[i - 1]) && up(b[i]) && b.get(i + 1).is_some_and(|&c| low(c)))
                || (b[..i].iter().all(|&c| up(c)) && b[i..].iter().all(|&c| low(c)))
        })
        .collect();
    if found.len() > MAX_CUTS {
        return Vec::new();
    }
    // A two-letter acronym before a word in small letters (`HP|khusus`, `TV|malam`) is a part
    // too: its capitals tell it from a brand's prefix (`iPhone`, `eKTP`).
    let acronym = |at: usize| at == 2 && b[..2].iter().all(|&c| up(c)) && low(b[2]) && b.len() - at >= 4;
    found.into_iter().filter(|&at| (at >= MIN_PART || acronym(at)) && b.len() - at >= MIN_PART).collect()
}

/// The ways to read `word` as words joined at the places `cuts` found: two parts at each, and
/// three where the second part is itself two joined (`anggota|DPRD|dikaji`: a link's text lost
/// its spaces on both sides of an acronym), the first readings first.
pub fn readings<'w>(word: &'w str, cuts: &[usize]) -> Vec<Vec<&'w str>> {
    let mut all: Vec<Vec<&str>> = cuts.iter().map(|&at| vec![&word[..at], &word[at..]]).collect();
    for &at in cuts {
        let (first, rest) = word.split_at(at);
        all.extend(self::cuts(rest).into_iter().map(|cut| vec![first, &rest[..cut], &rest[cut..]]));
    }
    all
}

/// How many times `part` stands as a whole word in `text`, outside `skip` (the token itself).
pub fn occurrences(text: &str, part: &str, skip: std::ops::Range<usize>) -> usize {
    let word_char = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    text.match_indices(part)
        .filter(|(at, _)| !skip.contains(at))
        .filter(|&(at, _)| {
            !word_char(text[..at].chars().next_back()) && !word_char(text[at + part.len()..].chars().next())
        })
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_joined_at_a_change_of_case_are_cut_there() {
        assert_eq!(cuts("ProjectFerry"), [7]);
        assert_eq!(cuts("TNImasih"), [3], "TN|Imasih has a part too short");
        assert_eq!(cuts("MotoGPLebih"), [4, 6]);
        assert_eq!(cuts("CNNIndonesia"), [3, 4], "CNN|Indonesia or CNNI|ndonesia");
        assert_eq!(cuts("KPUDbanyak"), [3, 4], "KPU|Dbanyak or KPUD|banyak");
        assert_eq!(cuts("HPkhusus"), [2]);
        assert_eq!(cuts("TVmalam"), [2]);
    }

    #[test]
    fn an_acronym_glued_between_two_words_reads_as_three() {
        let word = "anggotaDPRDdikaji";
        let readings = readings(word, &cuts(word));
        assert!(readings.contains(&vec!["anggota", "DPRD", "dikaji"]), "{readings:?}");
        assert!(readings.contains(&vec!["anggota", "DPRDdikaji"]), "{readings:?}");
    }

    #[test]
    fn short_parts_and_many_cuts_are_left_alone() {
        for word in ["iPhone", "LinkedIn", "McDonald", "eKTP", "KEMENKUMHAM", "Jakarta", "AbcDefGhiJklMno", "TVku"] {
            assert!(cuts(word).is_empty(), "{word}");
        }
    }

    #[test]
    fn a_part_counts_only_as_a_whole_word_outside_the_token() {
        let text = "Ferry Irwandi dan ProjectFerry lagi; Ferrytown.";
        assert_eq!(occurrences(text, "Ferry", 18..30), 1);
    }
}
