//! What a page says about itself: Open Graph and article tags, JSON-LD, `<title>`, `<h1>`, `<time>`.

use dom_query::Document as Dom;
use serde_json::Value;

use crate::load::Metadata;

/// The metadata a page carries. `url` is where it was fetched from, used for the domain and as
/// the canonical address of last resort.
#[cfg(test)]
pub fn page_metadata(html: &str, url: Option<&str>) -> Metadata {
    metadata_of(&Dom::from(html), url)
}

/// The metadata of a parsed page; see [`page_metadata`].
pub fn metadata_of(dom: &Dom, url: Option<&str>) -> Metadata {
    let ld = json_ld(dom);
    let meta = |sel: &str| {
        dom.select(sel)
            .iter()
            .find_map(|n| n.attr("content").map(|c| squash(&c)).filter(|c| !c.is_empty()))
    };
    let text_of = |sel: &str| {
        dom.select(sel)
            .iter()
            .map(|n| squash(&n.text()))
            .find(|t| !t.is_empty())
    };
    let attr_of = |sel: &str, attr: &str| {
        dom.select(sel)
            .iter()
            .find_map(|n| n.attr(attr).map(|c| c.trim().to_string()).filter(|c| !c.is_empty()))
    };
    let page_title = text_of("head title");
    let title = meta("meta[property='og:title'], meta[name='og:title']")
        .or_else(|| ld.as_ref().and_then(|a| string(a.get("headline"))))
        .or_else(|| text_of("h1"))
        .or_else(|| meta("meta[name='twitter:title']"))
        .or_else(|| page_title.as_deref().map(headline_from_title));
    let canonical = attr_of("link[rel='canonical']", "href")
        .or_else(|| meta("meta[property='og:url']"))
        .filter(|u| u.starts_with("http://") || u.starts_with("https://"))
        .or_else(|| url.map(str::to_string));
    let outlet = meta("meta[property='og:site_name'], meta[name='og:site_name']")
        .or_else(|| ld.as_ref().and_then(|a| name(a.get("publisher"))))
        .or_else(|| page_title.as_deref().and_then(|t| site_from_title(t, title.as_deref())))
        .or_else(|| canonical.as_deref().and_then(domain_of));
    let published = meta("meta[property='article:published_time'], meta[name='article:published_time']")
        .or_else(|| ld.as_ref().and_then(|a| string(a.get("datePublished"))))
        .or_else(|| attr_of("time[datetime]", "datetime"))
        .or_else(|| {
            meta("meta[name='date'], meta[name='pubdate'], meta[name='publish-date'], meta[name='dc.date'], meta[name='DC.date']")
        });
    let author = meta("meta[name='author']")
        .or_else(|| ld.as_ref().and_then(|a| name(a.get("author"))))
        .or_else(|| text_of("[rel='author']"));
    let language = attr_of("html[lang]", "lang")
        .or_else(|| meta("meta[http-equiv='content-language']"))
        .or_else(|| ld.as_ref().and_then(|a| string(a.get("inLanguage"))));
    Metadata {
        title,
        outlet,
        url: canonical,
        published,
        author,
        language,
        ..Metadata::default()
    }
}

/// The JSON-LD object describing the article: the first one typed as an article or carrying a
/// headline, looked for in arrays and `@graph`s. Malformed blocks are skipped.
fn json_ld(dom: &Dom) -> Option<Value> {
    let mut found = Vec::new();
    for node in dom.select("script[type='application/ld+json']").iter() {
        if let Ok(v) = serde_json::from_str::<Value>(node.text().trim()) {
            collect(v, &mut found, 0);
        }
    }
    let is_article = |v: &Value| {
        let types: Vec<&str> = match v.get("@type") {
            Some(Value::String(s)) => vec![s.as_str()],
            Some(Value::Array(a)) => a.iter().filter_map(Value::as_str).collect(),
            _ => Vec::new(),
        };
        types
            .iter()
            .any(|t| t.ends_with("Article") || *t == "BlogPosting" || *t == "Report")
    };
    let pos = found
        .iter()
        .position(is_article)
        .or_else(|| found.iter().position(|v| v.get("headline").is_some()))?;
    Some(found.swap_remove(pos))
}

/// Every object in a JSON-LD value, flattening arrays and `@graph` (depth-limited: the input is
/// the page's, not ours).
fn collect(v: Value, out: &mut Vec<Value>, depth: usize) {
    if depth > 4 {
        return;
    }
    match v {
        Value::Array(items) => items.into_iter().for_each(|i| collect(i, out, depth + 1)),
        Value::Object(mut map) => {
            if let Some(graph) = map.remove("@graph") {
                collect(graph, out, depth + 1);
            }
            out.push(Value::Object(map));
        }
        _ => {}
    }
}

/// A non-empty string value.
fn string(v: Option<&Value>) -> Option<String> {
    v.and_then(Value::as_str).map(squash).filter(|s| !s.is_empty())
}

/// A name: a string, an object's `name`, or the names of a list joined with commas.
fn name(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::String(s) => Some(squash(s)).filter(|s| !s.is_empty()),
        Value::Object(o) => string(o.get("name")),
        Value::Array(a) => {
            let names: Vec<String> = a.iter().filter_map(|x| name(Some(x))).collect();
            (!names.is_empty()).then(|| names.join(", "))
        }
        _ => None,
    }
}

/// What separates headline and site in a `<title>`.
const SEPARATORS: [&str; 4] = [" | ", " - ", " – ", " — "];

/// The site named by a `<title>` like "Headline | Site" or "Site - Headline": the part that is not
/// the headline.
fn site_from_title(page_title: &str, headline: Option<&str>) -> Option<String> {
    let sep = SEPARATORS.into_iter().find(|s| page_title.contains(s))?;
    let parts: Vec<&str> = page_title.split(sep).map(str::trim).filter(|p| !p.is_empty()).collect();
    if parts.len() < 2 {
        return None;
    }
    let norm = |s: &str| s.to_lowercase();
    let is_headline = |p: &str| headline.is_some_and(|h| norm(h).trim() == norm(p));
    let (first, last) = (parts.first()?, parts.last()?);
    let pick = if is_headline(first) {
        last
    } else if is_headline(last) {
        first
    } else {
        // No headline to compare with: sites put their name last, and it is the shorter part.
        last
    };
    Some(pick.to_string()).filter(|p| p.chars().count() <= 60)
}

/// The headline in a `<title>` like "Headline | Site": the longest part (site names are short).
fn headline_from_title(page_title: &str) -> String {
    let Some(sep) = SEPARATORS.into_iter().find(|s| page_title.contains(s)) else {
        return page_title.to_string();
    };
    page_title
        .split(sep)
        .map(str::trim)
        .max_by_key(|p| p.chars().count())
        .unwrap_or(page_title)
        .to_string()
}

/// The host of an http(s) address, lowercased and without "www." or a port.
pub fn domain_of(url: &str) -> Option<String> {
    let rest = url.split_once("://")?.1;
    let authority = rest.split(['/', '?', '#']).next()?;
    let host = authority.rsplit('@').next()?;
    let host = host.split(':').next()?.to_ascii_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host).to_string();
    (!host.is_empty()).then_some(host)
}

/// Whitespace runs collapsed to single spaces.
fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn open_graph_wins_then_json_ld_then_title() {
        let html = r#"<html lang="en-GB"><head><title>Dam holds | Valley Post</title>
            <meta property="og:title" content="Dam holds after storm">
            <meta property="article:published_time" content="2024-05-02T08:00:00Z">
            <link rel="canonical" href="https://valleypost.example/dam">
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
              {"@type":"WebSite","name":"ignored"},
              {"@type":"NewsArticle","headline":"LD headline","publisher":{"@type":"Organization","name":"Valley Post Ltd"},
               "author":[{"@type":"Person","name":"Jane Roe"},{"name":"Sam Poe"}],"datePublished":"2024-05-01"}]}</script>
            </head><body><h1>H1 headline</h1></body></html>"#;
        let m = page_metadata(html, Some("https://www.valleypost.example/dam?x=1"));
        assert_eq!(m.title.as_deref(), Some("Dam holds after storm"));
        assert_eq!(m.outlet.as_deref(), Some("Valley Post Ltd"));
        assert_eq!(m.published.as_deref(), Some("2024-05-02T08:00:00Z"));
        assert_eq!(m.author.as_deref(), Some("Jane Roe, Sam Poe"));
        assert_eq!(m.url.as_deref(), Some("https://valleypost.example/dam"));
        assert_eq!(m.language.as_deref(), Some("en-GB"));
    }

    #[test]
    fn fallbacks_and_malformed_json_ld() {
        let html = r#"<html><head><title>Harbour News - Dockers strike again</title>
            <script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>
            </head><body><h1>Dockers strike again</h1><time datetime="2024-03-02">2 March</time></body></html>"#;
        let m = page_metadata(html, Some("https://harbour.example/a"));
        assert_eq!(m.title.as_deref(), Some("Dockers strike again"));
        assert_eq!(m.outlet.as_deref(), Some("Harbour News"));
        assert_eq!(m.published.as_deref(), Some("2024-03-02"));
        let only_title = page_metadata("<title>Tide Times | Dockers strike again over pay</title>", None);
        assert_eq!(only_title.title.as_deref(), Some("Dockers strike again over pay"));
        assert_eq!(only_title.outlet.as_deref(), Some("Tide Times"));
        let bare = page_metadata("<p>text</p>", Some("https://www.Example.org:8080/x"));
        assert_eq!(bare.outlet.as_deref(), Some("example.org"));
        assert_eq!(page_metadata("<p>text</p>", None).outlet, None);
    }
}
