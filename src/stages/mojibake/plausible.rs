//! Which characters a repair may produce, and which mojibake characters are also ordinary
//! punctuation. This is bersih's version of ftfy's "badness" idea: a byte pattern alone is not
//! enough, the result must be a character that real text is made of, and a sequence whose
//! trailing characters are common punctuation needs more evidence than one whose trailing
//! characters are never written after a letter.

/// A character that text plausibly contains where mojibake stood: letters of the scripts whose
/// UTF-8 is most often misread (Latin, Greek, Cyrillic, Hebrew, Arabic, the Indic and Southeast
/// Asian scripts, CJK, Hangul), punctuation and symbols, emoji. Left out on purpose: IPA and
/// phonetic letters, Armenian, Syriac, Thaana and N'Ko, and the rarer corners of
/// Latin Extended-B, which is what legitimate text such as `NESTLÉ®`, `QUEM É¿` or `SÓ…` would
/// turn into.
pub fn produces(c: char) -> bool {
    matches!(c as u32,
        0xA0..=0x17F
        | 0x1A0 | 0x1A1 | 0x1AF | 0x1B0 // Vietnamese horned O and U
        | 0x1C4..=0x1DC // Croatian digraphs, pinyin tone letters
        | 0x1F1..=0x1F3
        | 0x218..=0x21B // Romanian S and T with comma
        | 0x259 // schwa (Azerbaijani)
        | 0x2C6 | 0x2C7 | 0x2D8..=0x2DD // spacing accents (ˆ ˇ ˘ ˙ ˚ ˛ ˜ ˝)
        | 0x300..=0x36F // combining accents, graded apart (`is_combining`)
        | 0x386..=0x3CE // Greek
        | 0x400..=0x45F | 0x490 | 0x491 // Cyrillic
        | 0x5D0..=0x5EA // Hebrew letters
        | 0x60C..=0x6FF // Arabic
        | 0x900..=0xDFF // Indic scripts
        | 0xE00..=0xEFF // Thai, Lao
        | 0x10A0..=0x10FF // Georgian
        | 0x1100..=0x11FF // Hangul jamo
        | 0x1E00..=0x1FFF // Latin Extended Additional (Vietnamese), Greek Extended
        | 0x2000..=0x2BFF // punctuation, symbols, arrows, dingbats
        | 0x2E00..=0x2E7F
        | 0x3000..=0x9FFF // CJK
        | 0xAC00..=0xD7A3 // Hangul syllables
        | 0xF900..=0xFAFF
        | 0xFE30..=0xFE4F
        | 0xFF00..=0xFFEF // fullwidth forms
        | 0xFFFD
        | 0x1_0000..=0x10_FFFF)
}

/// Characters of Latin script (or fullwidth forms) that one mojibake sequence can stand for inside
/// a Latin word, unlike a lone CJK or Indic character, which comes in runs.
pub fn fits_latin_word(c: char) -> bool {
    matches!(c as u32, 0xA0..=0x24F | 0x1E00..=0x1EFF | 0xFF00..=0xFFEF | 0xFFFD)
}

/// A combining accent: text uses them, but one misread alone sits next to anything.
pub fn is_combining(c: char) -> bool {
    ('\u{300}'..='\u{36F}').contains(&c)
}

/// Punctuation that legitimately follows an accented letter (`Brontë…”`, `JOSÉ’s`), so it is weak
/// evidence when it is the continuation of a sequence.
pub fn is_common_punctuation(c: char) -> bool {
    matches!(c, '…' | '’' | '‘' | '”' | '“' | '–' | '—' | '•')
}

/// Signs that legitimately end a word (`AHÅ™`, `NESTLÉ®`), besides common punctuation. Not `°`:
/// a degree sign after a capital accented letter is mojibake (`Ä°stanbul`).
pub fn ends_words(c: char) -> bool {
    is_common_punctuation(c) || matches!(c, '™' | '®' | '©' | '»' | '›' | '¡' | '¿' | '·')
}

/// A C1 control: never written on purpose, so a sure sign of a wrong decoding.
pub fn is_c1(c: char) -> bool {
    ('\u{80}'..='\u{9F}').contains(&c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_of_misread_scripts_are_plausible() {
        for c in ['é', 'ş', 'γ', 'Р', 'ב', 'ع', 'ภ', 'ạ', '“', '❤', '日', '한', '，', '😍'] {
            assert!(produces(c), "{c}");
        }
    }

    #[test]
    fn what_legitimate_text_would_turn_into_is_not() {
        // NESTLÉ® -> ɮ, QUEM É¿ -> ɿ, SÓ… -> Ӆ, HUHLL Õ… -> Յ, 4288×… -> ׅ, lá´´ -> ᴴ.
        for c in ['ɮ', 'ɿ', 'Ӆ', 'Յ', '\u{5C5}', 'ᴴ'] {
            assert!(!produces(c), "{c}");
        }
    }
}
