//! The byte each character stands for when UTF-8 was read as Windows-1252 or Latin-1. Read
//! "sloppily" as browsers and ftfy do: the five bytes Windows-1252 leaves undefined (0x81, 0x8D,
//! 0x8F, 0x90, 0x9D) and every C1 control come through as U+0080..U+009F, so one table covers
//! both encodings and text where they were mixed.

/// Windows-1252's characters for bytes 0x80..=0x9F (`None` where it defines none).
const HIGH: [Option<char>; 32] = [
    Some('€'),
    None,
    Some('‚'),
    Some('ƒ'),
    Some('„'),
    Some('…'),
    Some('†'),
    Some('‡'),
    Some('ˆ'),
    Some('‰'),
    Some('Š'),
    Some('‹'),
    Some('Œ'),
    None,
    Some('Ž'),
    None,
    None,
    Some('‘'),
    Some('’'),
    Some('“'),
    Some('”'),
    Some('•'),
    Some('–'),
    Some('—'),
    Some('˜'),
    Some('™'),
    Some('š'),
    Some('›'),
    Some('œ'),
    None,
    Some('ž'),
    Some('Ÿ'),
];

/// The byte `c` was decoded from, if it can be one byte of Windows-1252 or Latin-1.
pub fn byte(c: char) -> Option<u8> {
    let code = c as u32;
    if code < 0x100 {
        return Some(code as u8);
    }
    HIGH.iter().position(|&h| h == Some(c)).map(|i| 0x80 + i as u8)
}

/// The Windows-1252 character for a C1 control that was read as Latin-1 (`\u{93}` is `“`).
pub fn windows_1252(control: char) -> Option<char> {
    match control as u32 {
        code @ 0x80..=0x9F => HIGH[(code - 0x80) as usize],
        _ => None,
    }
}

/// A UTF-8 continuation byte.
pub fn is_continuation(byte: u8) -> bool {
    (0x80..0xC0).contains(&byte)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bytes_round_trip_through_windows_1252() {
        for b in 0x80..=0xFFu8 {
            let one = [b];
            let (text, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(&one);
            assert_eq!(byte(text.chars().next().unwrap()), Some(b), "{b:#x}");
        }
        assert_eq!(byte('\u{81}'), Some(0x81));
        assert_eq!(byte('ā'), None);
    }

    #[test]
    fn latin1_controls_map_to_windows_1252() {
        assert_eq!(windows_1252('\u{93}'), Some('“'));
        assert_eq!(windows_1252('\u{85}'), Some('…'));
        assert_eq!(windows_1252('\u{9D}'), None);
    }
}
