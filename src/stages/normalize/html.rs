//! HTML left in scraped text: character references (`&amp;`, `&#8220;`, `&#x201C;`, every
//! HTML5 named reference) and stray tags (`<br>`, `<b>kata</b>`). Both are recognised strictly, so
//! prose that merely contains `&` or `<` stays as written: a reference needs its `;` (`AT&T`,
//! `&copy2024` stay) and a tag needs a real HTML element name and its `>` (`a < b`, `x<y`,
//! `x<y dan y>z` stay).

use std::collections::HashMap;
use std::sync::OnceLock;

/// The named references, from `src/rules/html_entities.tsv`.
fn named() -> &'static HashMap<&'static str, String> {
    static TABLE: OnceLock<HashMap<&'static str, String>> = OnceLock::new();
    TABLE.get_or_init(|| {
        include_str!("../../rules/html_entities.tsv")
            .lines()
            .filter(|line| !line.starts_with('#') && !line.is_empty())
            .filter_map(|line| {
                let (name, points) = line.split_once('\t')?;
                let text: Option<String> =
                    points.split(' ').map(|hex| u32::from_str_radix(hex, 16).ok().and_then(char::from_u32)).collect();
                Some((name, text?))
            })
            .collect()
    })
}

/// The character reference starting at `text[at..]` (which starts with `&`): its length in bytes
/// and what it stands for.
pub fn reference(text: &str, at: usize) -> Option<(usize, String)> {
    let rest = &text.as_bytes()[at + 1..];
    if rest.first() == Some(&b'#') {
        let (digits, radix, skip) = match rest.get(1) {
            Some(b'x' | b'X') => (&rest[2..], 16, 2),
            _ => (&rest[1..], 10, 1),
        };
        let len =
            digits.iter().take(8).take_while(|b| b.is_ascii_hexdigit() && (radix == 16 || b.is_ascii_digit())).count();
        if len == 0 || digits.get(len) != Some(&b';') {
            return None;
        }
        let number = u32::from_str_radix(std::str::from_utf8(&digits[..len]).ok()?, radix).ok()?;
        let c = numeric(number)?;
        return Some((1 + skip + len + 1, c.to_string()));
    }
    let len = rest.iter().take(40).take_while(|b| b.is_ascii_alphanumeric()).count();
    if len == 0 || rest.get(len) != Some(&b';') {
        return None;
    }
    let name = std::str::from_utf8(&rest[..len]).ok()?;
    named().get(name).map(|s| (1 + len + 1, s.clone()))
}

/// A numeric reference's character. As HTML5 reads them: 128 to 159 are the Windows-1252
/// characters that pages meant (`&#147;` is `“`); NUL, surrogates and numbers past Unicode are
/// not characters, and such a reference is left as written.
fn numeric(number: u32) -> Option<char> {
    if (0x80..0xA0).contains(&number) {
        let byte = [number as u8];
        let (text, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(&byte);
        return text.chars().next();
    }
    if number == 0 {
        return None;
    }
    char::from_u32(number)
}

/// How a tag is replaced.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tag {
    /// A tag that breaks the line (`<br>`, `<p>`, `</div>`, `<li>`): becomes `\n`.
    Block,
    /// Inline markup or a comment: dropped.
    Inline,
}

/// The tag or comment starting at `text[at..]` (which starts with `<`): its length in bytes and
/// kind.
pub fn tag(text: &str, at: usize) -> Option<(usize, Tag)> {
    let bytes = &text.as_bytes()[at..];
    if bytes.starts_with(b"<!--") {
        let end = memchr::memmem::find(&bytes[4..bytes.len().min(4 + MAX_TAG)], b"-->")?;
        return Some((4 + end + 3, Tag::Inline));
    }
    let mut i = 1;
    if bytes.get(i) == Some(&b'/') {
        i += 1;
    }
    let name_len = bytes[i..].iter().take(12).take_while(|b| b.is_ascii_alphanumeric()).count();
    let name = std::str::from_utf8(&bytes[i..i + name_len]).ok()?.to_ascii_lowercase();
    let kind = element(&name)?;
    i += name_len;
    match bytes.get(i) {
        Some(b'>' | b'/') => {}
        Some(b) if b.is_ascii_whitespace() => {}
        _ => return None,
    }
    // Attributes run to the first `>` outside quotes on the same line; a `<` before it means
    // this was prose.
    let mut quote = None;
    while i < bytes.len().min(MAX_TAG) {
        let b = bytes[i];
        match quote {
            Some(q) if b == q => quote = None,
            Some(_) if b == b'\n' => return None,
            Some(_) => {}
            None if b == b'"' || b == b'\'' => quote = Some(b),
            None if b == b'>' => return Some((i + 1, kind)),
            None if b == b'<' || b == b'\n' => return None,
            None => {}
        }
        i += 1;
    }
    None
}

/// Tags longer than this are not stray markup but something else.
const MAX_TAG: usize = 2000;

fn element(name: &str) -> Option<Tag> {
    const BLOCK: &[&str] = &[
        "address",
        "article",
        "aside",
        "blockquote",
        "br",
        "caption",
        "dd",
        "div",
        "dl",
        "dt",
        "figcaption",
        "figure",
        "footer",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
    ];
    const INLINE: &[&str] = &[
        "a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "del", "dfn", "em", "font", "i", "iframe", "img", "ins",
        "kbd", "mark", "noscript", "picture", "q", "s", "samp", "small", "source", "span", "strike", "strong", "sub",
        "sup", "time", "tt", "u", "var", "video", "wbr",
    ];
    if BLOCK.contains(&name) {
        Some(Tag::Block)
    } else if INLINE.contains(&name) {
        Some(Tag::Inline)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decoded(text: &str) -> Option<String> {
        reference(text, 0).map(|(len, s)| {
            assert!(len <= text.len());
            s
        })
    }

    #[test]
    fn references_are_decoded_with_their_semicolon() {
        assert_eq!(decoded("&amp;").as_deref(), Some("&"));
        assert_eq!(decoded("&quot;").as_deref(), Some("\""));
        assert_eq!(decoded("&#8220;").as_deref(), Some("“"));
        assert_eq!(decoded("&#x201C;").as_deref(), Some("“"));
        assert_eq!(decoded("&#147;").as_deref(), Some("“"));
        assert_eq!(decoded("&nbsp;").as_deref(), Some("\u{A0}"));
        assert_eq!(decoded("&eacute;").as_deref(), Some("é"));
        assert_eq!(reference("&amp;lt;", 0).map(|(len, _)| len), Some(5));
    }

    #[test]
    fn ampersands_in_prose_stay() {
        for text in ["& b", "AT&T", "&copy2024", "&nosuchname;", "&#;", "&#0;", "&#x110000;", "&amp"] {
            assert_eq!(decoded(text), None, "{text}");
        }
    }

    #[test]
    fn tags_are_recognised_by_element_name() {
        assert_eq!(tag("<br>", 0), Some((4, Tag::Block)));
        assert_eq!(tag("<br/>", 0), Some((5, Tag::Block)));
        assert_eq!(tag("<P class=\"x>y\">", 0), Some((15, Tag::Block)));
        assert_eq!(tag("</b>", 0), Some((4, Tag::Inline)));
        assert_eq!(tag("<a href='/x'>", 0), Some((13, Tag::Inline)));
        assert_eq!(tag("<!-- iklan -->", 0), Some((14, Tag::Inline)));
    }

    #[test]
    fn less_than_signs_in_prose_stay() {
        for text in ["< b", "<y", "<y dan y>z", "<bukan>", "<b", "<b <i>", "<Jakarta>", "<a\nb>"] {
            assert_eq!(tag(text, 0), None, "{text}");
        }
    }
}
