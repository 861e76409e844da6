//! The fuzz targets' bodies, kept in the library so that `cargo test` replays their crashers
//! through the very same code: each takes fuzz input and returns the invariants it broke.

use crate::article::Article;
use crate::claims::{ClaimContext, extract_claims};
use crate::load::{Document, Metadata, decode_html, document_from_bytes, document_from_html};
use crate::quotes::extract_quotes;
use crate::report::{Format, render};
use crate::text::paragraphs;

use super::{analysis_problems, article_problems};

/// A document with `body` as its text, named `name`, in story `story` when given.
pub fn document(name: &str, body: &str, story: Option<&str>) -> Document {
    Document {
        source: format!("{name}.txt"),
        stem: name.to_string(),
        body: body.to_string(),
        meta: Metadata {
            story: story.map(str::to_string),
            ..Metadata::default()
        },
    }
}

/// Bytes read as a file (or, when the first byte is odd, as an HTML page), cleaned and split.
pub fn load_clean(data: &[u8]) -> Vec<String> {
    let Some((&mode, bytes)) = data.split_first() else {
        return Vec::new();
    };
    let doc = if mode & 1 == 1 {
        let html = decode_html(bytes, None);
        document_from_html("f.html".into(), "f".into(), &html, Some("https://example.org/f")).ok()
    } else {
        document_from_bytes("f.txt".into(), "f".into(), bytes, &Metadata::default(), &mut Vec::new())
    };
    doc.map_or_else(Vec::new, |d| article_problems(&Article::from_document(d)))
}

/// Quote extraction on `text`, with its paragraphs and without (the extractor then splits them).
pub fn quotes(text: &str) -> Vec<String> {
    let paras = paragraphs(text);
    let mut out = Vec::new();
    for q in extract_quotes(text, &paras) {
        let inside = |s: crate::span::Span| text.get(s.start..s.end).is_some();
        if !inside(q.outer) || !inside(q.span) || !q.outer.contains(q.span) || q.paragraph >= paras.len().max(1) {
            out.push(format!("bad quote {q:?}"));
        }
    }
    let _ = extract_quotes(text, &[]);
    out
}

/// Claim extraction on one article's text, with and without a publication day.
pub fn claims(text: &str) -> Vec<String> {
    let mut article = Article::from_document(document("c", text, None));
    let sentences: Vec<_> = article.sentences.iter().map(|s| s.span).collect();
    let mut out = Vec::new();
    for published in [None, Some("2021-03-04")] {
        let ctx = ClaimContext::new(published, article.dateline.as_deref(), &article.text);
        article.claims = extract_claims(&article.text, &sentences, &ctx);
        out.extend(article_problems(&article));
    }
    out
}

/// The whole analysis of up to three articles (the input after its first byte, split on NUL),
/// in one explicit story when the first byte is odd and grouped by similarity otherwise, and
/// every report format of it (coloured when bit 1 of the first byte is set).
pub fn corpus(data: &[u8]) -> Vec<String> {
    let Some((&mode, rest)) = data.split_first() else {
        return Vec::new();
    };
    let text = String::from_utf8_lossy(rest);
    let story = (mode & 1 == 1).then_some("s");
    let documents: Vec<Document> = text
        .splitn(3, '\0')
        .enumerate()
        .map(|(i, body)| document(&format!("a{i}"), body, story))
        .collect();
    let analysis = crate::analyze(documents, &[]);
    let mut out = analysis_problems(&analysis);
    for format in [Format::Text, Format::Markdown, Format::Json] {
        let report = render(&analysis, format, mode & 2 == 2);
        if report.contains("NaN") || report.contains(" inf ") {
            out.push(format!("non-finite number in the {format:?} report"));
        }
    }
    out
}
