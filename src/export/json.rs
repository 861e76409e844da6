//! The JSON export (schema version 2; version 2 adds the kinds `expected` and `updated`): its own serde structs, so internal types can change freely.
//!
//! Layout (fields may be added; none is removed or changed without raising `schema_version`):
//!
//! ```jsonc
//! {
//!   "schema_version": 2,
//!   "kind": "newsdiff-export",
//!   "stories": [
//!     {
//!       "id": "rivertown-flood", "title": "Floods force hundreds from Rivertown homes",
//!       "articles": [
//!         { "id": "planet", "outlet": "Daily Planet", "headline": "…", "published": "2024-05-05", // or null
//!           "source": "planet.txt", "url": "https://…" }                                          // or null
//!       ],
//!       "findings": [                          // conflicts, differing claims, shared quotes, agreements
//!         {
//!           "kind": "conflict",                // "conflict" | "differs" | "expected" | "updated" | "quote" | "agrees"
//!           "title": "people evacuated", "summary": "…one line…", "detail": "…",
//!           "passages": [
//!             {
//!               "article": "planet",           // article id
//!               "outlet": "Daily Planet", "headline": "…", "source": "planet.txt", "url": null,
//!               "text": "about 1,200 people",  // the passage as printed
//!               "sentence": "…",               // the whole sentence containing it, or null
//!               "start": 120, "end": 138,      // byte offsets into the article's cleaned text
//!               "note": "about 1,200 people (reported)",
//!               "diff": [                      // null unless an altered quote: canonical → this wording
//!                 { "op": "equal", "text": "We will " }, { "op": "delete", "text": "rebuild" },
//!                 { "op": "insert", "text": "restore" }
//!               ]
//!             }
//!           ]
//!         }
//!       ]
//!     }
//!   ]
//! }
//! ```
//!
//! Strings are sanitized: control characters and bidi overrides appear as visible placeholders (␛, �),
//! so `text` may differ from the article's bytes at `start..end` exactly where the article was hostile.

use serde::Serialize;

use super::{ArticleView, FindingView, PassageView, StoryView};

/// Version of the export's JSON layout; bumped on any incompatible change.
pub const SCHEMA_VERSION: u32 = 2;

#[derive(Serialize)]
struct Export<'a> {
    schema_version: u32,
    kind: &'static str,
    stories: Vec<StoryJson<'a>>,
}

#[derive(Serialize)]
struct StoryJson<'a> {
    id: &'a str,
    title: &'a str,
    articles: Vec<ArticleJson<'a>>,
    findings: Vec<FindingJson<'a>>,
}

#[derive(Serialize)]
struct ArticleJson<'a> {
    id: &'a str,
    outlet: &'a str,
    headline: &'a str,
    published: Option<&'a str>,
    source: &'a str,
    url: Option<&'a str>,
}

#[derive(Serialize)]
struct FindingJson<'a> {
    kind: &'static str,
    title: &'a str,
    summary: &'a str,
    detail: &'a str,
    passages: Vec<PassageJson<'a>>,
}

#[derive(Serialize)]
struct PassageJson<'a> {
    article: &'a str,
    outlet: &'a str,
    headline: &'a str,
    source: &'a str,
    url: Option<&'a str>,
    text: &'a str,
    sentence: Option<&'a str>,
    start: usize,
    end: usize,
    note: &'a str,
    diff: Option<Vec<DiffJson<'a>>>,
}

#[derive(Serialize)]
struct DiffJson<'a> {
    op: &'static str,
    text: &'a str,
}

/// Render stories as pretty-printed JSON with a trailing newline.
pub(super) fn render(stories: &[StoryView]) -> String {
    let export = Export {
        schema_version: SCHEMA_VERSION,
        kind: "newsdiff-export",
        stories: stories.iter().map(story).collect(),
    };
    // Serializing plain strings and numbers cannot fail; the fallback still keeps the output JSON.
    let mut out = serde_json::to_string_pretty(&export)
        .unwrap_or_else(|e| serde_json::json!({ "error": e.to_string() }).to_string());
    out.push('\n');
    out
}

fn story(s: &StoryView) -> StoryJson<'_> {
    StoryJson {
        id: &s.id,
        title: &s.title,
        articles: s.articles.iter().map(article).collect(),
        findings: s.findings.iter().map(finding).collect(),
    }
}

fn article(a: &ArticleView) -> ArticleJson<'_> {
    ArticleJson {
        id: &a.id,
        outlet: &a.outlet,
        headline: &a.headline,
        published: a.published.as_deref(),
        source: &a.source,
        url: a.url.as_deref(),
    }
}

fn finding(f: &FindingView) -> FindingJson<'_> {
    FindingJson {
        kind: f.kind.label(),
        title: &f.title,
        summary: &f.summary,
        detail: &f.detail,
        passages: f.passages.iter().map(passage).collect(),
    }
}

fn passage(p: &PassageView) -> PassageJson<'_> {
    PassageJson {
        article: &p.article.id,
        outlet: &p.article.outlet,
        headline: &p.article.headline,
        source: &p.article.source,
        url: p.article.url.as_deref(),
        text: &p.text,
        sentence: p.sentence.as_deref(),
        start: p.start,
        end: p.end,
        note: &p.note,
        diff: p.diff.as_ref().map(|pieces| {
            pieces
                .iter()
                .map(|(op, text)| DiffJson { op: op.name(), text })
                .collect()
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::super::{DiffOp, FindingKind};
    use super::*;

    #[test]
    fn empty_export_has_header() {
        let v: serde_json::Value = serde_json::from_str(&render(&[])).unwrap();
        assert_eq!(
            v,
            serde_json::json!({"schema_version": 2, "kind": "newsdiff-export", "stories": []})
        );
    }

    #[test]
    fn passage_fields_and_diff() {
        let a = ArticleView {
            id: "p".into(),
            outlet: "Daily Planet".into(),
            headline: "H".into(),
            published: None,
            source: "p.txt".into(),
            url: None,
        };
        let story = StoryView {
            id: "s".into(),
            title: "T".into(),
            articles: vec![a.clone()],
            findings: vec![FindingView {
                kind: FindingKind::SharedQuote,
                title: "“q”".into(),
                summary: "x".into(),
                detail: "y".into(),
                passages: vec![PassageView {
                    article: a,
                    text: "q\u{241b}".into(),
                    sentence: None,
                    context: None,
                    start: 1,
                    end: 2,
                    note: "altered wording".into(),
                    diff: Some(vec![(DiffOp::Delete, "a".into()), (DiffOp::Insert, "b".into())]),
                }],
            }],
        };
        let v: serde_json::Value = serde_json::from_str(&render(&[story])).unwrap();
        let f = &v["stories"][0]["findings"][0];
        assert_eq!(f["kind"], "quote");
        let p = &f["passages"][0];
        assert_eq!(p["article"], "p");
        assert_eq!(p["text"], "q\u{241b}");
        assert_eq!(p["sentence"], serde_json::Value::Null);
        assert_eq!(p["url"], serde_json::Value::Null);
        assert_eq!(
            p["diff"],
            serde_json::json!([{"op": "delete", "text": "a"}, {"op": "insert", "text": "b"}])
        );
    }
}
