//! Web pages: character set, readability extraction of the main text, and the page's metadata.

mod meta;

use dom_smoothie::{Config, Readability, TextMode};
use encoding_rs::Encoding;

use super::Document;

pub use meta::domain_of;

/// Deepest element nesting read. Real pages stay far below; parsing and extraction time grow
/// with depth times size, so a page built to be deep would take minutes.
const MAX_DEPTH: usize = 512;

/// Elements that never nest (void) or close themselves implicitly (`<p>`, `<li>`, cells…), or are
/// the document's frame: the pre-parse depth count skips them.
const FLAT: &[&[u8]] = &[
    b"area",
    b"base",
    b"br",
    b"col",
    b"embed",
    b"hr",
    b"img",
    b"input",
    b"link",
    b"meta",
    b"param",
    b"source",
    b"track",
    b"wbr",
    b"p",
    b"li",
    b"dt",
    b"dd",
    b"tr",
    b"td",
    b"th",
    b"option",
    b"optgroup",
    b"thead",
    b"tbody",
    b"tfoot",
    b"colgroup",
    b"caption",
    b"rb",
    b"rt",
    b"rtc",
    b"rp",
    b"html",
    b"head",
    b"body",
];

/// Elements whose content is raw text, skipped to their end tag by the depth count.
const RAW: &[&[u8]] = &[b"script", b"style", b"textarea", b"title", b"xmp", b"noscript"];

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
///
/// dom_smoothie was compared on `tests/fixtures/web` with readability 0.3 and rs-trafilatura 0.2:
/// all three kept every article paragraph; readability 0.3 ran the paragraphs into one (and
/// brings an HTTP stack), rs-trafilatura was eight times slower and kept a sidebar list;
/// dom_smoothie kept one newsletter pitch, which the cleaning drops.
fn readability_config() -> Config {
    Config {
        text_mode: TextMode::Formatted,
        ..Config::default()
    }
}

/// The main text and metadata of one page. `url` is where it was fetched from, if it was.
pub fn document_from_html(source: String, stem: String, html: &str, url: Option<&str>) -> Result<Document, String> {
    // Counted on the bytes first: the parser itself slows down with depth.
    if nesting_exceeds(html.as_bytes(), MAX_DEPTH) {
        return Err(format!("page nested too deeply (over {MAX_DEPTH} levels)"));
    }
    let dom = dom_query::Document::from(html);
    if too_deep(&dom) {
        return Err(format!("page nested too deeply (over {MAX_DEPTH} levels)"));
    }
    let meta = meta::metadata_of(&dom, url);
    let mut reader = Readability::with_document(dom, url, Some(readability_config()))
        .map_err(|e| format!("cannot read the page: {e}"))?;
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

/// Whether elements nest deeper than [`MAX_DEPTH`]; walked with a stack, never recursion.
fn too_deep(dom: &dom_query::Document) -> bool {
    let mut stack = vec![(dom.root(), 0usize)];
    while let Some((node, depth)) = stack.pop() {
        if depth > MAX_DEPTH {
            return true;
        }
        let mut child = node.first_element_child();
        while let Some(c) = child {
            child = c.next_element_sibling();
            stack.push((c, depth + 1));
        }
    }
    false
}

/// Whether open elements nest deeper than `limit`, judged from the tags alone as a parser would
/// (an end tag closes back to its open element; stray end tags close nothing).
fn nesting_exceeds(html: &[u8], limit: usize) -> bool {
    let mut open: Vec<Vec<u8>> = Vec::new();
    let mut i = 0;
    while let Some(lt) = html.get(i..).and_then(|rest| rest.iter().position(|&b| b == b'<')) {
        let start = i + lt + 1;
        let closing = html.get(start) == Some(&b'/');
        let name_start = start + usize::from(closing);
        let name: Vec<u8> = html
            .get(name_start..)
            .unwrap_or_default()
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric())
            .map(u8::to_ascii_lowercase)
            .collect();
        if name.is_empty() {
            i = start;
            continue;
        }
        let end = find(html, b">", name_start).unwrap_or(html.len());
        let self_closing = end > 0 && html.get(end - 1) == Some(&b'/');
        i = end + 1;
        if closing {
            if let Some(pos) = open.iter().rposition(|n| *n == name) {
                open.truncate(pos);
            }
            continue;
        }
        if RAW.contains(&name.as_slice()) {
            i = end_tag(html, i, &name).unwrap_or(html.len());
            continue;
        }
        if !self_closing && !FLAT.contains(&name.as_slice()) {
            open.push(name);
            if open.len() > limit {
                return true;
            }
        }
    }
    false
}

/// Where `</name` (any case) next starts at or after `from`.
fn end_tag(html: &[u8], from: usize, name: &[u8]) -> Option<usize> {
    let mut at = from;
    loop {
        let pos = find(html, b"</", at)?;
        let candidate = html.get(pos + 2..pos + 2 + name.len())?;
        if candidate.eq_ignore_ascii_case(name) {
            return Some(pos);
        }
        at = pos + 2;
    }
}

/// Plain text of an HTML fragment (a feed item's content), paragraphs kept apart. A fragment
/// nested too deeply to read in reasonable time gives no text.
pub fn fragment_text(html: &str) -> String {
    if nesting_exceeds(html.as_bytes(), MAX_DEPTH) {
        return String::new();
    }
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
    fn deep_pages_are_refused_quickly() {
        assert!(!nesting_exceeds(
            b"<div><p>a<p>b<br><img src=x><div></span></div></div>",
            2
        ));
        assert!(nesting_exceeds(b"<div><section><div>", 2));
        // Stray end tags do not hide depth; raw text is not markup.
        assert!(nesting_exceeds(b"<div></b><div></i><div>", 2));
        assert!(!nesting_exceeds(b"<script>'<div><div><div>'</script><div>", 2));
        let n = 200_000;
        let html = format!("{}<p>deep</p>{}", "<div>".repeat(n), "</div>".repeat(n));
        let started = std::time::Instant::now();
        let err = document_from_html("d".into(), "d".into(), &html, None).unwrap_err();
        assert!(err.contains("nested too deeply"), "{err}");
        assert!(started.elapsed().as_secs() < 5);
    }

    #[test]
    fn tidy_keeps_one_blank_line_between_paragraphs() {
        assert_eq!(tidy("  a \n\n\n\n b\nc\n\n"), "a\n\nb\nc");
        assert_eq!(fragment_text("<p>One.</p><p>Two <b>bold</b>.</p>"), "One.\n\nTwo bold.");
    }
}
