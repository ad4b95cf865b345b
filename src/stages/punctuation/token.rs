//! What the punctuation rules need to know about the text around a byte position: the characters
//! and words on either side, whether the surrounding token is an address rather than prose, and
//! whether the document was comma-joined by a scraper.
//!
//! All functions work on slices of the text; none allocates.

/// The character that ends just before byte `at`.
pub fn before(text: &str, at: usize) -> Option<char> {
    text[..at].chars().next_back()
}

/// The character that starts at byte `at`.
pub fn at(text: &str, at: usize) -> Option<char> {
    text[at..].chars().next()
}

/// The run of alphanumeric characters that ends at byte `end`.
pub fn word_ending(text: &str, end: usize) -> &str {
    let start =
        text[..end].char_indices().rev().find(|(_, c)| !c.is_alphanumeric()).map_or(0, |(i, c)| i + c.len_utf8());
    &text[start..end]
}

/// The run of alphanumeric characters that starts at byte `start`.
pub fn word_starting(text: &str, start: usize) -> &str {
    let end = text[start..].find(|c: char| !c.is_alphanumeric()).map_or(text.len(), |i| start + i);
    &text[start..end]
}

/// Tokens longer than this are not prose words but blobs (encoded data, minified code, a URL with
/// its query): they are never edited, and the cap keeps the scan linear on text without spaces.
const MAX_TOKEN: usize = 256;

/// The whitespace-delimited token that holds byte `at`, or `None` when it is longer than
/// [`MAX_TOKEN`].
pub fn token_around(text: &str, at: usize) -> Option<&str> {
    let bytes = text.as_bytes();
    let lo = at.saturating_sub(MAX_TOKEN);
    let start = match bytes[lo..at].iter().rposition(u8::is_ascii_whitespace) {
        Some(i) => lo + i + 1,
        None if lo == 0 => 0,
        None => return None,
    };
    let hi = (at + MAX_TOKEN).min(bytes.len());
    let end = match bytes[at..hi].iter().position(u8::is_ascii_whitespace) {
        Some(i) => at + i,
        None if hi == bytes.len() => hi,
        None => return None,
    };
    Some(&text[start..end])
}

/// True when the token around byte `at` is prose: not an address and not a blob.
pub fn in_prose(text: &str, at: usize) -> bool {
    token_around(text, at).is_some_and(|token| !is_address(token))
}

pub fn letters(word: &str) -> usize {
    word.chars().filter(|c| c.is_alphabetic()).count()
}

/// No lower-case letter: `ANTARA`, `II`, `BBCA`.
pub fn is_upper_word(word: &str) -> bool {
    !word.chars().any(char::is_lowercase)
}

/// A token that is an address, not prose: a URL (`https://…`, `www.…`, `okezone.com/read/…`), an
/// e-mail address or a social handle (`@nama.Belakang`), a hashtag. Punctuation inside such a token
/// is part of the address, so no rule touches it.
pub fn is_address(token: &str) -> bool {
    // A window compare, not `str::contains`: this runs on every token, and a searcher's set-up
    // costs more than a token.
    if token.as_bytes().windows(3).any(|w| w == b"://") || token.contains('@') || token.starts_with('#') {
        return true;
    }
    let bare = token.trim_start_matches(['(', '[', '"', '\'']);
    if bare.get(..4).is_some_and(|p| p.eq_ignore_ascii_case("www.")) {
        return true;
    }
    // A host with a path: the part before the first slash contains a dot followed by a letter.
    // Dates such as `(22/1/2019)` have slashes but no dotted host before them.
    match bare.find('/') {
        Some(slash) => {
            let host = &bare[..slash];
            host.match_indices('.').any(|(i, _)| host[i + 1..].starts_with(|c: char| c.is_ascii_alphabetic()))
        }
        None => false,
    }
}

/// True when the token holds an initial: a single letter that starts the token or follows a
/// non-alphanumeric character, directly followed by a dot (`S.Kep.Ns`, `A.Md.Kep`, `(H.M.Prasetyo`).
/// Such a token is a chain of abbreviations (Indonesian academic titles are written this way), so
/// its capitalised parts are not sentences.
pub fn has_initial(token: &str) -> bool {
    let mut prev: Option<char> = None;
    let mut chars = token.chars().peekable();
    while let Some(c) = chars.next() {
        let starts_word = !prev.is_some_and(char::is_alphanumeric);
        if c.is_alphabetic() && starts_word && chars.peek() == Some(&'.') {
            return true;
        }
        prev = Some(c);
    }
    false
}

/// Top-level domains and file extensions that follow a dot in a name (`Kompas.Com`, `TEMPO.CO`,
/// `LAPORAN.PDF`). A capitalised word after a dot that is one of these continues a name; it does
/// not start a sentence. The list is of internet and file-name conventions, not of any document's
/// words.
const NAME_SUFFIXES: &[&str] = &[
    // generic and Indonesian second-level domains
    "com", "net", "org", "info", "biz", "id", "co", "go", "ac", "or", "sch", "web", "my", "mil", "edu", "gov", "int",
    "tv", "io", "me", "news", "online", "site", "xyz", "travel", "asia", "app", "dev", "ai", "club", "live", "media",
    "tech", "store", "blog", "top", "pro", "mobi", "today", "ly", "gl", "cc", "uk", "us", "au", "sg", "jp", "in", "to",
    // file extensions
    "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "txt", "csv", "jpg", "jpeg", "png", "gif", "webp", "svg", "mp3",
    "mp4", "avi", "zip", "rar", "html", "htm", "php", "asp", "aspx", "js", "exe", "apk",
];

pub fn is_name_suffix(word: &str) -> bool {
    NAME_SUFFIXES.iter().any(|s| s.eq_ignore_ascii_case(word))
}

fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '!' | '?')
}

fn is_quote(c: char) -> bool {
    matches!(c, '"' | '\'' | '“' | '”' | '‘' | '’')
}

/// True when the decoded input looks like a scraper's dump in which text nodes were joined with
/// commas: paragraphs glued as `…bulan.,Ketentuan` or `…Rp190 triliun.,"…` more than once. In such
/// a document a comma can be the join character at a dropped link rather than punctuation, which
/// changes what the gap rules do (see `gaps`). One such join may be a typo; two are a pattern.
pub fn comma_joined(input: &str) -> bool {
    let mut joins = 0;
    for i in memchr::memchr_iter(b',', input.as_bytes()) {
        let mut back = input[..i].chars().rev();
        let ended = match back.next() {
            Some(c) if is_terminal(c) => true,
            Some(c) if is_quote(c) => back.next().is_some_and(is_terminal),
            _ => false,
        };
        if !ended {
            continue;
        }
        let mut ahead = input[i + 1..].chars();
        let opens = match ahead.next() {
            Some(c) if c.is_uppercase() => true,
            Some(c) if is_quote(c) => ahead.next().is_some_and(char::is_alphanumeric),
            _ => false,
        };
        if opens {
            joins += 1;
            if joins >= 2 {
                return true;
            }
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_are_recognised() {
        for token in
            ["https://a.b/c", "www.Kompas.com", "okezone.com/read/2021/Foo.Bar", "budi.Santoso@gmail.com", "#Kata.Kata"]
        {
            assert!(is_address(token), "{token}");
        }
        for token in ["(22/1/2019).Berdasarkan", "dan/atau", "ini.Saham", "barang/jasa"] {
            assert!(!is_address(token), "{token}");
        }
    }

    #[test]
    fn initials_mark_abbreviation_chains() {
        for token in ["S.Kep.Ns", "A.Md.Kep", "(H.M.Prasetyo", "a.n.", "D.Dj."] {
            assert!(has_initial(token), "{token}");
        }
        for token in ["ini.Saham", "II.Pergerakan", "(22/1/2019).Berdasarkan", "Tbk."] {
            assert!(!has_initial(token), "{token}");
        }
    }

    #[test]
    fn words_around_a_position() {
        let t = "kata 6.452,60.Sepanjang hari";
        let dot = t.find(".S").unwrap();
        assert_eq!(word_ending(t, dot), "60");
        assert_eq!(word_starting(t, dot + 1), "Sepanjang");
        assert_eq!(token_around(t, dot), Some("6.452,60.Sepanjang"));
        assert!(in_prose(t, dot));
        let blob = "a.B".repeat(200);
        assert!(!in_prose(&blob, 300));
    }

    #[test]
    fn comma_joined_dumps_are_told_from_ordinary_text() {
        assert!(comma_joined("per tiga bulan.,Ketentuan tersebut. Lalu.,\"Kata dia.\""));
        assert!(!comma_joined("Budi, S.H., M.H. datang. Lalu dll.,Ketentuan"));
    }
}
