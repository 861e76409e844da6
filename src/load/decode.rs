//! A text file's bytes as text: UTF-8; UTF-16 with a byte-order mark; else, when the bytes do not
//! look like damaged UTF-8, the legacy encoding they look like (windows-1252 mostly), named in a
//! warning so the reader knows the text was guessed.

use encoding_rs::Encoding;

/// Decoded text and, when it was not plain UTF-8, a note saying how it was decoded.
#[derive(Debug, PartialEq, Eq)]
pub struct Decoded {
    /// The text.
    pub text: String,
    /// The warning to give, if any.
    pub note: Option<String>,
}

/// Decode `bytes`; `Err` holds the reason to skip the file (binary content).
pub fn decode_text(bytes: &[u8]) -> Result<Decoded, String> {
    const BINARY: &str = "skipped: binary file (contains NUL bytes)";
    if let Some((encoding, bom)) = Encoding::for_bom(bytes)
        && encoding != encoding_rs::UTF_8
    {
        // UTF-16 is full of NUL bytes in ASCII text: decode before looking for binary content.
        let (text, damaged) = encoding.decode_without_bom_handling(bytes.get(bom..).unwrap_or_default());
        if text.contains('\0') {
            return Err(BINARY.into());
        }
        let damaged = if damaged { ", with replacement characters" } else { "" };
        return Ok(Decoded {
            text: text.into_owned(),
            note: Some(format!("decoded from {} (byte-order mark){damaged}", encoding.name())),
        });
    }
    if bytes.contains(&0) {
        return Err(BINARY.into());
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok(Decoded {
            text: text.to_string(),
            note: None,
        });
    }
    if mostly_utf8(bytes) {
        return Ok(Decoded {
            text: String::from_utf8_lossy(bytes).into_owned(),
            note: Some("invalid UTF-8, decoded with replacement characters".into()),
        });
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let encoding = detector.guess(None, chardetng::Utf8Detection::Deny);
    let (text, _) = encoding.decode_without_bom_handling(bytes);
    Ok(Decoded {
        text: text.into_owned(),
        note: Some(format!("invalid UTF-8, decoded as {} (guessed)", encoding.name())),
    })
}

/// Whether invalid bytes are rarer than valid multi-byte UTF-8 characters: then the text is UTF-8
/// with some damage, and a legacy decoding would garble its good characters.
fn mostly_utf8(bytes: &[u8]) -> bool {
    let (mut good, mut bad) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        good += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        bad += usize::from(!chunk.invalid().is_empty());
    }
    good > bad
}

#[cfg(test)]
mod tests {
    use super::*;

    fn note(bytes: &[u8]) -> (String, Option<String>) {
        let d = decode_text(bytes).unwrap();
        (d.text, d.note)
    }

    #[test]
    fn utf8_and_binary() {
        assert_eq!(note("plain “text”".as_bytes()), ("plain “text”".into(), None));
        assert!(decode_text(b"abc\0def").unwrap_err().contains("binary"));
    }

    #[test]
    fn utf16_with_a_byte_order_mark() {
        let le: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("She said “yes”.".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        let (text, n) = note(&le);
        assert_eq!(text, "She said “yes”.");
        assert_eq!(n.as_deref(), Some("decoded from UTF-16LE (byte-order mark)"));
        let be: Vec<u8> = [0xFE, 0xFF]
            .into_iter()
            .chain("Hi".encode_utf16().flat_map(u16::to_be_bytes))
            .collect();
        assert_eq!(note(&be).0, "Hi");
        let nul: Vec<u8> = [0xFF, 0xFE, 0, 0, b'a', 0].to_vec();
        assert!(decode_text(&nul).is_err());
    }

    #[test]
    fn windows_1252_keeps_its_curly_quotes() {
        let (text, n) = note(b"The mayor said \x93we will rebuild\x94 on Monday, caf\xe9 owners agreed.");
        assert_eq!(text, "The mayor said “we will rebuild” on Monday, café owners agreed.");
        assert_eq!(n.as_deref(), Some("invalid UTF-8, decoded as windows-1252 (guessed)"));
    }

    #[test]
    fn damaged_utf8_stays_utf8() {
        let (text, n) = note(&["“Ça va” — très bien ".as_bytes(), b"\xff"].concat());
        assert!(text.starts_with("“Ça va” — très bien"));
        assert!(n.unwrap().contains("replacement characters"));
    }
}
