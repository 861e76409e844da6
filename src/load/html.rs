//! Web pages: character set, readability extraction of the main text, and the page's metadata.

mod meta;

use dom_smoothie::{Config, Readability, TextMode};
use encoding_rs::Encoding;

use super::Document;

pub use meta::{domain_of, page_metadata};

/// How far into a page `<meta charset>` is looked for, as browsers do.
const PRESCAN: usize = 4096;

/// Decode page bytes: a BOM wins, then the HTTP header's charset, then `<meta charset>` or
/// `http-equiv`, else a guess from the bytes.
pub fn decode(bytes: &[u8], header_charset: Option<&str>) -> String {
    let encoding = Encoding::for_bom(bytes)
        .map(|(enc, _)| enc)
        .or_else(|| header_charset.and_then(|l| Encoding::for_label(l.as_bytes())))
        .or_else(|| meta_charset(bytes))
        .unwrap_or_else(|| {
            // ISO-2022-JP is left out, as browsers do: its escapes can hide markup.
            let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
            detector.feed(bytes, true);
            detector.guess(None, chardetng::Utf8Detection::Allow)
        });
    // A page that calls itself UTF-16 in ASCII-compatible bytes is not UTF-16 (as the HTML spec says).
    let encoding = if encoding == encoding_rs::UTF_16LE || encoding == encoding_rs::UTF_16BE {
        if Encoding::for_bom(bytes).is_some() {
            encoding
        } else {
            encoding_rs::UTF_8
        }
    } else {
        encoding
    };
    encoding.decode(bytes).0.into_owned()
}

/// The charset a `<meta charset=…>` or `<meta http-equiv content="…; charset=…">` in the first
/// bytes names.
fn meta_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = bytes.get(..PRESCAN.min(bytes.len()))?.to_ascii_lowercase();
    let mut from = 0;
    while let Some(pos) = find(&head, b"<meta", from) {
        let end = find(&head, b">", pos).unwrap_or(head.len());
        let tag = head.get(pos..end)?;
        if let Some(at) = find(tag, b"charset", 0) {
            let rest = tag.get(at + 7..)?;
            let rest = rest.strip_prefix(b" ").unwrap_or(rest);
            if let Some(value) = rest.strip_prefix(b"=") {
                let value: Vec<u8> = value
                    .iter()
                    .copied()
                    .skip_while(|b| matches!(b, b' ' | b'"' | b'\''))
                    .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b':' | b'.'))
                    .collect();
                if let Some(enc) = Encoding::for_label(&value) {
                    return Some(enc);
                }
            }
        }
        from = end;
    }
    None
}

fn find(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    hay.get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| p + from)
}

/// Readability settings: formatted text keeps paragraphs apart, which the cleaning relies on.
fn readability_config() -> Config {
    Config {
        text_mode: TextMode::Formatted,
        ..Config::default()
    }
}

/// The main text and metadata of one page. `url` is where it was fetched from, if it was.
pub fn document_from_html(source: String, stem: String, html: &str, url: Option<&str>) -> Result<Document, String> {
    let meta = page_metadata(html, url);
    let mut reader =
        Readability::new(html, url, Some(readability_config())).map_err(|e| format!("cannot read the page: {e}"))?;
    let article = reader.parse().map_err(|e| format!("no article text found ({e})"))?;
    let body = tidy(&article.text_content);
    if body.trim().is_empty() {
        return Err("no article text found".into());
    }
    Ok(Document {
        source,
        stem,
        body,
        meta,
    })
}

/// Plain text of an HTML fragment (a feed item's content), paragraphs kept apart.
pub fn fragment_text(html: &str) -> String {
    let doc = dom_query::Document::fragment(html);
    tidy(&doc.formatted_text())
}

/// Trim each line and collapse runs of blank lines to one, so paragraphs are separated by exactly
/// one blank line as the cleaning expects.
fn tidy(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank = false;
    for line in text.lines().map(str::trim) {
        if line.is_empty() {
            blank = !out.is_empty();
            continue;
        }
        if blank {
            out.push_str("\n\n");
        } else if !out.is_empty() {
            out.push('\n');
        }
        blank = false;
        out.push_str(line);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn charset_sources_in_order() {
        // 0x93/0x94 are curly quotes in windows-1252.
        let page = b"<html><head><meta charset=\"windows-1252\"></head><body>\x93Yes\x94</body></html>";
        assert!(decode(page, None).contains("\u{201c}Yes\u{201d}"));
        let equiv = b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"><p>\x93q\x94";
        assert!(decode(equiv, None).contains("\u{201c}q\u{201d}"));
        // The header wins over the page; a BOM wins over both.
        assert!(decode("<p>é</p>".as_bytes(), Some("utf-8")).contains('é'));
        assert!(decode(b"\xef\xbb\xbf<meta charset=latin1><p>\xc3\xa9", Some("latin1")).contains('é'));
        // Nothing declared: guessed.
        let guessed = decode(b"<p>Il a dit \x93non\x94 \xe0 la r\xe9forme du syst\xe8me.</p>", None);
        assert!(guessed.contains('\u{201c}') && guessed.contains("réforme"), "{guessed}");
    }

    #[test]
    fn tidy_keeps_one_blank_line_between_paragraphs() {
        assert_eq!(tidy("  a \n\n\n\n b\nc\n\n"), "a\n\nb\nc");
        assert_eq!(fragment_text("<p>One.</p><p>Two <b>bold</b>.</p>"), "One.\n\nTwo bold.");
    }
}
