//! Bytes to text. UTF-8 first (after a BOM, which wins); a legacy encoding detected with
//! chardetng when the bytes are not UTF-8; or the encoding the caller forces. Mojibake left inside
//! text that decoded fine is the `decode` stage's job (`stages/mojibake.rs`), not this module's.

use crate::error::{Error, Result};
use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};

/// Decoded text and the name of the encoding it was read as.
#[derive(Debug, Clone)]
pub struct Decoded {
    pub text: String,
    pub encoding: &'static str,
}

/// Looks up an encoding label (`utf-8`, `latin1`, `windows-1252`, `utf-16le`, ...).
pub fn encoding_for_label(label: &str) -> Result<&'static Encoding> {
    Encoding::for_label_no_replacement(label.trim().as_bytes()).ok_or_else(|| Error::UnknownEncoding(label.to_string()))
}

/// Decodes `bytes`, as `forced` when given.
pub fn decode(bytes: &[u8], forced: Option<&'static Encoding>) -> Result<Decoded> {
    if let Some(encoding) = forced {
        let (text, _) = encoding.decode_with_bom_removal(bytes);
        return finish(text.into_owned(), encoding.name());
    }
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        let (text, _) = encoding.decode_without_bom_handling(&bytes[bom_len..]);
        return finish(text.into_owned(), encoding.name());
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return finish(text.to_string(), UTF_8.name());
    }
    // Not UTF-8 throughout. Scraped files are often UTF-8 with a few bytes of another encoding
    // pasted in; reading the whole file as a legacy encoding would then garble every accented
    // letter. When most multi-byte sequences are valid UTF-8, keep them and read only the invalid
    // bytes as Windows-1252, as browsers read a Latin-1 page.
    let (valid_multibyte, invalid) = utf8_profile(bytes);
    if valid_multibyte > 0 && valid_multibyte >= invalid {
        let mut text = String::with_capacity(bytes.len());
        for chunk in bytes.utf8_chunks() {
            text.push_str(chunk.valid());
            if !chunk.invalid().is_empty() {
                let (legacy, _) = WINDOWS_1252.decode_without_bom_handling(chunk.invalid());
                text.push_str(&legacy);
            }
        }
        return finish(text, "utf-8+windows-1252");
    }
    let mut detector = chardetng::EncodingDetector::new();
    detector.feed(bytes, true);
    let encoding = detector.guess(None, true);
    let (text, _) = encoding.decode_without_bom_handling(bytes);
    finish(text.into_owned(), encoding.name())
}

fn utf8_profile(bytes: &[u8]) -> (usize, usize) {
    let (mut multibyte, mut invalid) = (0, 0);
    for chunk in bytes.utf8_chunks() {
        multibyte += chunk.valid().chars().filter(|c| c.len_utf8() > 1).count();
        invalid += chunk.invalid().len();
    }
    (multibyte, invalid)
}

/// Refuses what is clearly not text: NUL bytes are never part of an article, and a file with
/// many of them is binary (or UTF-16 without a BOM, which `--encoding utf-16le` reads). Compressed
/// data (an image, an archive) has few NULs but about one byte in nine a C0 control, which text,
/// even damaged text, does not have.
fn finish(text: String, encoding: &'static str) -> Result<Decoded> {
    let nul = memchr::memchr_iter(0, text.as_bytes()).count();
    if nul > 0 && nul * 100 >= text.len().max(1) {
        return Err(Error::Binary(format!("{nul} NUL bytes in {} bytes", text.len())));
    }
    let controls = text.bytes().filter(|&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c)).count();
    if controls >= 16 && controls * 20 >= text.len() {
        return Err(Error::Binary(format!("{controls} control bytes in {} bytes", text.len())));
    }
    Ok(Decoded { text, encoding })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_is_read_as_utf8() {
        let d = decode("Selasa, 29 April — Kursk".as_bytes(), None).unwrap();
        assert_eq!(d.text, "Selasa, 29 April — Kursk");
        assert_eq!(d.encoding, "UTF-8");
    }

    #[test]
    fn a_bom_picks_the_encoding_and_is_dropped() {
        let bytes = [0xFF, 0xFE, b'h', 0, b'i', 0];
        let d = decode(&bytes, None).unwrap();
        assert_eq!(d.text, "hi");
        assert_eq!(d.encoding, "UTF-16LE");
        let d = decode(b"\xEF\xBB\xBFhalo", None).unwrap();
        assert_eq!(d.text, "halo");
    }

    #[test]
    fn latin1_bytes_in_utf8_text_are_read_as_windows_1252() {
        let d = decode(b"caf\xc3\xa9 and caf\xe9", None).unwrap();
        assert_eq!(d.text, "café and café");
    }

    #[test]
    fn a_legacy_file_is_detected() {
        let d = decode(b"Ekonomi Indonesia tumbuh pada kuartal \x93pertama\x94 tahun ini.", None).unwrap();
        assert!(d.text.contains("“pertama”"), "{}", d.text);
    }

    #[test]
    fn binary_is_refused_and_unknown_labels_named() {
        assert!(matches!(decode(&[0u8; 64], None), Err(Error::Binary(_))));
        // Compressed data: every byte value alike, few of them NUL.
        let noise: Vec<u8> = (0..4096u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8).collect();
        assert!(matches!(decode(&noise, None), Err(Error::Binary(_))));
        assert!(decode(b"Kata\x07 dengan bel dan\x0b tab vertikal.", None).is_ok());
        assert!(matches!(encoding_for_label("klingon"), Err(Error::UnknownEncoding(_))));
    }
}
