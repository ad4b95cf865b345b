//! What `normalize` does to single characters: the table behind rules N002 and N004 to N009.
//! Kept apart from the scanning so the table reads as the specification it is.

/// What a character becomes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fold {
    Char(char),
    Str(&'static str),
    Delete,
}

impl Fold {
    pub fn push_to(self, out: &mut String) {
        match self {
            Fold::Char(c) => out.push(c),
            Fold::Str(s) => out.push_str(s),
            Fold::Delete => {}
        }
    }
}

/// The fold for `c` and the rule that makes it, or `None` when `c` stays as written. A carriage
/// return is folded here as a lone one; the scanner handles `\r\n` before asking.
pub fn fold(c: char) -> Option<(Fold, &'static str)> {
    let folded = match c {
        '\n' => return None,
        '\t' => (Fold::Char(' '), SPACE),
        '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}' => (Fold::Char('\n'), LINE_BREAK),
        '\0'..='\u{1F}' | '\u{7F}'..='\u{9F}' => (Fold::Delete, CONTROL),
        // Every Unicode space separator (NBSP, the typographic spaces, the ideographic space).
        '\u{A0}' | '\u{1680}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' => {
            (Fold::Char(' '), SPACE)
        }
        // Invisible format characters: soft hyphen, zero-width space/joiners, word joiner and
        // invisible operators, BOM, bidirectional marks and embeddings, the Mongolian vowel
        // separator (a space in Unicode 4, a format character since 6.3).
        '\u{AD}'
        | '\u{180E}'
        | '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{206F}'
        | '\u{FEFF}' => (Fold::Delete, INVISIBLE),
        // As ftfy's `uncurl_quotes`: the single quotes (and the modifier apostrophe that word
        // processors substitute for them) and the double quotes, including the low-9 forms.
        '\u{2BC}' | '\u{2018}'..='\u{201B}' => (Fold::Char('\''), QUOTE),
        '\u{201C}'..='\u{201F}' => (Fold::Char('"'), QUOTE),
        '\u{FF01}'..='\u{FF5E}' => (Fold::Char(char::from_u32(c as u32 - 0xFEE0).unwrap_or(c)), FULLWIDTH),
        '\u{FFE0}' => (Fold::Char('¢'), FULLWIDTH),
        '\u{FFE1}' => (Fold::Char('£'), FULLWIDTH),
        '\u{FFE2}' => (Fold::Char('¬'), FULLWIDTH),
        '\u{FFE3}' => (Fold::Char('¯'), FULLWIDTH),
        '\u{FFE4}' => (Fold::Char('¦'), FULLWIDTH),
        '\u{FFE5}' => (Fold::Char('¥'), FULLWIDTH),
        '\u{FFE6}' => (Fold::Char('₩'), FULLWIDTH),
        _ => return ligature(c).map(|s| (Fold::Str(s), LIGATURE)),
    };
    Some(folded)
}

/// Latin ligatures and digraph letters, spelled out as their compatibility decomposition does
/// (the apostrophe of `ŉ` already straightened).
fn ligature(c: char) -> Option<&'static str> {
    Some(match c {
        '\u{FB00}' => "ff",
        '\u{FB01}' => "fi",
        '\u{FB02}' => "fl",
        '\u{FB03}' => "ffi",
        '\u{FB04}' => "ffl",
        '\u{FB05}' | '\u{FB06}' => "st",
        'Ĳ' => "IJ",
        'ĳ' => "ij",
        'ŉ' => "'n",
        'Ǆ' => "DŽ",
        'ǅ' => "Dž",
        'ǆ' => "dž",
        'Ǉ' => "LJ",
        'ǈ' => "Lj",
        'ǉ' => "lj",
        'Ǌ' => "NJ",
        'ǋ' => "Nj",
        'ǌ' => "nj",
        'Ǳ' => "DZ",
        'ǲ' => "Dz",
        'ǳ' => "dz",
        _ => return None,
    })
}

pub const NFC: &str = "N001";
pub const SPACE: &str = "N002";
pub const SPACE_RUN: &str = "N003";
pub const LINE_BREAK: &str = "N004";
pub const CONTROL: &str = "N005";
pub const QUOTE: &str = "N006";
pub const INVISIBLE: &str = "N007";
pub const FULLWIDTH: &str = "N008";
pub const LIGATURE: &str = "N009";
pub const ENTITY: &str = "N010";
pub const TAG: &str = "N011";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_characters_stay() {
        for c in ['a', 'é', '—', '–', '…', '«', '©', '°', '€', 'ภ', '한', '\n', ' '] {
            assert_eq!(fold(c), None, "{c:?}");
        }
    }

    #[test]
    fn spaces_quotes_widths_and_ligatures_fold() {
        assert_eq!(fold('\u{A0}'), Some((Fold::Char(' '), SPACE)));
        assert_eq!(fold('\u{3000}'), Some((Fold::Char(' '), SPACE)));
        assert_eq!(fold('„'), Some((Fold::Char('"'), QUOTE)));
        assert_eq!(fold('’'), Some((Fold::Char('\''), QUOTE)));
        assert_eq!(fold('Ａ'), Some((Fold::Char('A'), FULLWIDTH)));
        assert_eq!(fold('～'), Some((Fold::Char('~'), FULLWIDTH)));
        assert_eq!(fold('ﬁ'), Some((Fold::Str("fi"), LIGATURE)));
        assert_eq!(fold('\u{200B}'), Some((Fold::Delete, INVISIBLE)));
        assert_eq!(fold('\u{7}'), Some((Fold::Delete, CONTROL)));
        assert_eq!(fold('\u{2028}'), Some((Fold::Char('\n'), LINE_BREAK)));
    }
}
