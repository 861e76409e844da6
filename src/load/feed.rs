//! Feeds (RSS 0.9x/1.0/2.0, Atom, JSON Feed) and their items as documents.

use super::html::{domain_of, fragment_text};
use super::kinds::{opening, url_stem};
use super::{Document, Metadata};

/// One feed item read as a document.
#[derive(Debug, Clone)]
pub struct Item {
    /// The item as a document; its body may be only a summary.
    pub doc: Document,
    /// The linked page to fetch, when the item carries only a summary.
    pub fetch_page: Option<String>,
}

/// Which items to keep.
#[derive(Debug, Clone, Copy, Default)]
pub struct ItemFilter {
    /// Items published before this Unix time are dropped (items without a date are kept).
    pub not_before: Option<i64>,
}

impl ItemFilter {
    /// Whether an item with this time passes.
    pub fn keeps(&self, time: Option<i64>) -> bool {
        match (self.not_before, time) {
            (Some(cut), Some(t)) => t >= cut,
            _ => true,
        }
    }
}

/// Whether `bytes` look like a feed: XML whose root is `rss`, `feed` or `rdf:RDF`, or a JSON Feed.
pub fn looks_like_feed(bytes: &[u8]) -> bool {
    let head = bytes.get(..2048.min(bytes.len())).unwrap_or(bytes);
    if opening(head).is_none_or(|(_, c)| !matches!(c, '<' | '{')) {
        return false;
    }
    let head = String::from_utf8_lossy(head).to_ascii_lowercase();
    let head = head.trim_start_matches('\u{feff}').trim_start();
    if head.starts_with('{') {
        return head.contains("jsonfeed.org/version");
    }
    let roots = ["<rss", "<feed", "<rdf:rdf"];
    if roots.iter().any(|r| head.starts_with(r)) {
        return true;
    }
    // An XML declaration, comments or a stylesheet may come first.
    head.starts_with("<?xml") && roots.iter().any(|r| head.contains(r)) && !head.contains("<html")
}

/// Parse a feed into its title and items. `source` names the feed in messages; `feed_url` is where
/// it was fetched from, if it was.
pub fn parse_feed(
    source: &str,
    bytes: &[u8],
    feed_url: Option<&str>,
    filter: ItemFilter,
) -> Result<(String, Vec<Item>), String> {
    let parser = feed_rs::parser::Builder::new().base_uri(feed_url).build();
    let feed = parser.parse(bytes).map_err(|e| format!("invalid feed: {e}"))?;
    let feed_title = feed
        .title
        .as_ref()
        .map(|t| squash(&t.content))
        .filter(|t| !t.is_empty());
    let site = feed
        .links
        .iter()
        .find_map(|l| domain_of(&l.href))
        .or_else(|| feed_url.and_then(domain_of));
    let outlet = feed_title.clone().or(site.clone());
    let stem_base = site.clone().unwrap_or_else(|| "feed".into());
    let mut items = Vec::new();
    for (n, entry) in feed.entries.into_iter().enumerate() {
        let time = entry.published.or(entry.updated).map(|d| d.timestamp());
        if !filter.keeps(time) {
            continue;
        }
        let link = entry
            .links
            .iter()
            .find(|l| l.rel.as_deref().is_none_or(|r| r == "alternate"))
            .or(entry.links.first())
            .map(|l| l.href.clone())
            .filter(|h| h.starts_with("http://") || h.starts_with("https://"));
        let title = entry
            .title
            .as_ref()
            .map(|t| squash(&t.content))
            .filter(|t| !t.is_empty());
        let full = entry.content.as_ref().and_then(|c| {
            let body = c.body.as_deref()?;
            Some(if c.content_type.as_str().contains("html") {
                fragment_text(body)
            } else {
                body.to_string()
            })
        });
        let full = full.filter(|t| !t.trim().is_empty());
        let summary = entry
            .summary
            .as_ref()
            .map(|s| fragment_text(&s.content))
            .filter(|t| !t.trim().is_empty());
        let (body, fetch_page) = match (full, summary) {
            (Some(text), _) => (text, None),
            (None, Some(text)) => (text, link.clone()),
            (None, None) => (String::new(), link.clone()),
        };
        let authors: Vec<String> = entry
            .authors
            .iter()
            .map(|p| squash(p.name.as_deref().unwrap_or_default()))
            .filter(|a| !a.is_empty())
            .collect();
        let meta = Metadata {
            title,
            outlet: outlet.clone(),
            url: link.clone(),
            published: entry.published.or(entry.updated).map(|d| d.to_rfc3339()),
            author: (!authors.is_empty()).then(|| authors.join(", ")),
            ..Metadata::default()
        };
        items.push(Item {
            doc: Document {
                stem: link
                    .as_deref()
                    .map_or_else(|| format!("{stem_base}-{}", n + 1), url_stem),
                source: link.unwrap_or_else(|| format!("{source}#{}", n + 1)),
                body,
                meta,
            },
            fetch_page,
        });
    }
    Ok((outlet.unwrap_or_else(|| source.to_string()), items))
}

fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    const RSS: &str = r#"<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Valley Post</title><link>https://valleypost.example/</link>
<item><title>Dam holds</title><link>https://valleypost.example/dam</link><author>jane@example.org (Jane Roe)</author>
<pubDate>Thu, 02 May 2024 08:00:00 GMT</pubDate><description>Short summary.</description>
<content:encoded><![CDATA[<p>The dam held overnight.</p><p>Engineers said so.</p>]]></content:encoded></item>
<item><title>Only a summary</title><link>https://valleypost.example/summary</link><description>Teaser only.</description>
<pubDate>Mon, 01 Jan 2024 08:00:00 GMT</pubDate></item>
</channel></rss>"#;

    #[test]
    fn rss_items_prefer_full_content() {
        assert!(looks_like_feed(RSS.as_bytes()));
        let (outlet, items) = parse_feed("f.xml", RSS.as_bytes(), None, ItemFilter::default()).unwrap();
        assert_eq!(outlet, "Valley Post");
        assert_eq!(items.len(), 2);
        let first = &items[0];
        assert_eq!(first.doc.body, "The dam held overnight.\n\nEngineers said so.");
        assert_eq!(first.doc.meta.title.as_deref(), Some("Dam holds"));
        assert_eq!(first.doc.meta.outlet.as_deref(), Some("Valley Post"));
        assert!(first.doc.meta.published.as_deref().unwrap().starts_with("2024-05-02"));
        assert_eq!(first.fetch_page, None);
        assert_eq!(
            items[1].fetch_page.as_deref(),
            Some("https://valleypost.example/summary")
        );
        assert_eq!(items[1].doc.body, "Teaser only.");
    }

    #[test]
    fn since_filter_and_bad_feeds() {
        let cut = ItemFilter {
            not_before: Some(1_710_000_000),
        };
        let (_, items) = parse_feed("f.xml", RSS.as_bytes(), None, cut).unwrap();
        assert_eq!(items.len(), 1);
        assert!(parse_feed("bad.xml", b"<rss><channel><item>", None, ItemFilter::default()).is_err());
        assert!(!looks_like_feed(b"<!doctype html><html></html>"));
        assert!(looks_like_feed(
            br#"{"version": "https://jsonfeed.org/version/1.1", "items": []}"#
        ));
    }
}
