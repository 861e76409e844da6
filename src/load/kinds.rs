//! What an input's bytes hold (text, a web page, a feed, a newsboat cache) and the documents in them.

use super::feed::{Item, ItemFilter, looks_like_feed, parse_feed};
use super::fetch::Page;
use super::html::{decode, document_from_html, domain_of};
use super::newsboat::SQLITE_MAGIC;
use super::{Metadata, document_from_bytes};

/// The kind of an input, told by its content first and its file ending second.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Plain text or Markdown.
    Text,
    /// An HTML page.
    Html,
    /// An RSS, Atom or JSON feed.
    Feed,
    /// An SQLite database (a newsboat cache, if it has the tables).
    Database,
}

/// File endings read as web pages.
pub const HTML_EXTENSIONS: &[&str] = &["html", "htm", "xhtml"];

/// File endings that may hold a feed, read when walking a directory.
pub const FEED_EXTENSIONS: &[&str] = &["xml", "rss", "atom", "json", "feed"];

/// Tell what `bytes` hold; `ext` is the lowercased file ending ("" for fetched pages).
pub fn sniff(bytes: &[u8], ext: &str) -> Kind {
    if bytes.starts_with(SQLITE_MAGIC) {
        return Kind::Database;
    }
    if looks_like_feed(bytes) {
        return Kind::Feed;
    }
    if HTML_EXTENSIONS.contains(&ext) || looks_like_html(bytes) {
        return Kind::Html;
    }
    Kind::Text
}

/// Where the first character of `head` that is neither a byte-order mark nor whitespace starts,
/// and that character, as read from `String::from_utf8_lossy(head)` with byte-order marks and
/// then whitespace trimmed from its start (an invalid sequence reads as U+FFFD).
///
/// Every file is sniffed for several formats, each opened by a mark (`<`, `{`) or a heading:
/// looking at this one character first spares a plain article decoding and lower-casing its
/// first kilobytes once per format.
pub(super) fn opening(head: &[u8]) -> Option<(usize, char)> {
    const MARK: &[u8] = "\u{feff}".as_bytes();
    let mut at = 0;
    while head.get(at..).is_some_and(|rest| rest.starts_with(MARK)) {
        at += MARK.len();
    }
    loop {
        let rest = head.get(at..)?;
        // Decode one character only: validating the whole head would cost as much as copying it.
        let one = rest.get(..rest.len().min(4)).unwrap_or(rest);
        let chunk = one.utf8_chunks().next()?;
        let Some(c) = chunk.valid().chars().next() else {
            return Some((at, char::REPLACEMENT_CHARACTER));
        };
        if !c.is_whitespace() {
            return Some((at, c));
        }
        at += c.len_utf8();
    }
}

/// Whether the first non-blank bytes open an HTML document.
fn looks_like_html(bytes: &[u8]) -> bool {
    let head = bytes.get(..1024.min(bytes.len())).unwrap_or(bytes);
    if opening(head).is_none_or(|(_, c)| c != '<') {
        return false;
    }
    let head = String::from_utf8_lossy(head).to_ascii_lowercase();
    let head = head.trim_start_matches('\u{feff}').trim_start();
    head.starts_with("<!doctype html")
        || head.starts_with("<html")
        || (head.starts_with("<?xml") && head.contains("<html"))
        || (head.starts_with("<!--") && head.contains("<html"))
}

/// A stem for a fetched address: its host and last path segment ("example.org-flood-warning").
pub fn url_stem(url: &str) -> String {
    let host = domain_of(url).unwrap_or_else(|| "page".into());
    let path = url.split_once("://").map_or("", |(_, r)| r);
    let path = path.split(['?', '#']).next().unwrap_or("");
    let last = path.split('/').skip(1).filter(|s| !s.is_empty()).last().unwrap_or("");
    let slug: String = last
        .chars()
        .map(|c| if c.is_alphanumeric() || c == '-' { c } else { '-' })
        .take(60)
        .collect();
    let slug = slug.trim_matches('-');
    if slug.is_empty() {
        host
    } else {
        format!("{host}-{slug}")
    }
}

/// The documents of a fetched page or feed. `asked` is the address as given.
pub fn page_items(asked: &str, page: &Page, filter: ItemFilter) -> Result<Vec<Item>, String> {
    let mime = page.mime().unwrap_or_default();
    let body = page.body.as_slice();
    if body.iter().all(u8::is_ascii_whitespace) {
        return Err("empty response".into());
    }
    let feed_type = mime.contains("rss") || mime.contains("atom") || mime.contains("feed+json");
    let html_type = mime == "text/html" || mime == "application/xhtml+xml";
    // Servers label feeds as text/xml, application/xml, text/plain or JSON: trust the bytes there.
    let loose_type = mime.is_empty() || mime.ends_with("/xml") || mime == "text/plain" || mime == "application/json";
    if feed_type || (!html_type && loose_type && looks_like_feed(body)) {
        let (_, items) = parse_feed(asked, body, Some(&page.url), filter)?;
        if items.is_empty() {
            return Err("feed has no items (or none recent enough)".into());
        }
        return Ok(items);
    }
    let text_type = mime == "text/plain" || mime == "text/markdown";
    if text_type && !looks_like_html(body) {
        // Plain text or Markdown served as such: read like a local .txt or .md file.
        let mut warnings = Vec::new();
        let meta = Metadata {
            url: Some(page.url.clone()),
            ..Metadata::default()
        };
        let doc = document_from_bytes(asked.to_string(), url_stem(&page.url), body, &meta, &mut warnings);
        return match doc {
            Some(doc) => Ok(vec![Item { doc, fetch_page: None }]),
            None => Err(warnings
                .into_iter()
                .next()
                .map_or_else(|| "no text".to_string(), |w| w.message)),
        };
    }
    if !(html_type || (loose_type && looks_like_html(body))) {
        let shown = if mime.is_empty() { "none".to_string() } else { mime };
        return Err(format!("not HTML or a feed (content type {shown})"));
    }
    if body.iter().take(4096).any(|&b| b == 0) {
        return Err("binary body, not an HTML page".into());
    }
    let html = decode(body, page.header_charset());
    let doc = document_from_html(asked.to_string(), url_stem(&page.url), &html, Some(&page.url))?;
    Ok(vec![Item { doc, fetch_page: None }])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn opening_is_the_first_character_of_the_trimmed_lossy_text() {
        for head in [
            &b""[..],
            b"   \n\t",
            b"<html>",
            b"\xef\xbb\xbf  {\"a\": 1}",
            b"\xef\xbb\xbf\xef\xbb\xbf\n Title",
            b" \xef\xbb\xbf<html>",
            b"\xc2\xa0\xe2\x80\x83<rss>",
            b"\n\xff\xfe text",
            b"\xe2\x80",
        ] {
            let lossy = String::from_utf8_lossy(head);
            let trimmed = lossy.trim_start_matches('\u{feff}').trim_start();
            let expected = trimmed.chars().next();
            assert_eq!(opening(head).map(|(_, c)| c), expected, "{head:?}");
            if let Some((at, c)) = opening(head).filter(|&(_, c)| c != char::REPLACEMENT_CHARACTER) {
                assert!(String::from_utf8_lossy(&head[at..]).starts_with(c), "{head:?}");
            }
        }
    }

    #[test]
    fn sniffing_by_content_then_ending() {
        assert_eq!(sniff(b"SQLite format 3\0rest", "db"), Kind::Database);
        assert_eq!(
            sniff(b"  <?xml version='1.0'?>\n<rss version='2.0'>", "txt"),
            Kind::Feed
        );
        assert_eq!(sniff(b"<feed xmlns='http://www.w3.org/2005/Atom'>", ""), Kind::Feed);
        assert_eq!(sniff(b"<!DOCTYPE html><html>", "txt"), Kind::Html);
        assert_eq!(sniff(b"Just words", "htm"), Kind::Html);
        assert_eq!(sniff(b"Just words", "txt"), Kind::Text);
    }

    #[test]
    fn stems_from_addresses() {
        assert_eq!(
            url_stem("https://www.example.org/news/flood-warning.html?x=1"),
            "example.org-flood-warning-html"
        );
        assert_eq!(url_stem("http://example.org/"), "example.org");
    }

    #[test]
    fn pages_that_are_not_articles() {
        let page = |ct: &str, body: &[u8]| Page {
            url: "https://example.org/a".into(),
            status: 200,
            content_type: Some(ct.into()),
            fetched_at: 0,
            etag: None,
            last_modified: None,
            body: body.to_vec(),
        };
        let f = ItemFilter::default();
        assert!(
            page_items("u", &page("image/png", b"\x89PNG"), f)
                .unwrap_err()
                .contains("image/png")
        );
        assert!(
            page_items("u", &page("text/html", b"<html>\0\0\0"), f)
                .unwrap_err()
                .contains("binary")
        );
        assert!(
            page_items("u", &page("application/rss+xml", b"<rss><chan"), f)
                .unwrap_err()
                .contains("invalid feed")
        );
        assert!(
            page_items("u", &page("text/html", b"  "), f)
                .unwrap_err()
                .contains("empty")
        );
        assert!(
            page_items("u", &page("text/plain", b"a\0b"), f)
                .unwrap_err()
                .contains("binary")
        );
        let text = page_items("u", &page("text/plain; charset=utf-8", b"Headline\n\nBody text."), f).unwrap();
        assert_eq!(text[0].doc.body, "Headline\n\nBody text.");
        assert_eq!(text[0].doc.meta.url.as_deref(), Some("https://example.org/a"));
    }
}
