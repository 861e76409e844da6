//! Shared pieces of the fuzz targets: turning fuzz bytes into documents and articles, and the checks.

use newsdiff::article::Article;
use newsdiff::check::{analysis_problems, article_problems};
use newsdiff::load::{Document, Metadata};
use newsdiff::report::{Format, render};

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

/// Panic (a fuzz finding) when an article breaks a span invariant.
pub fn assert_article(article: &Article) {
    let problems = article_problems(article);
    assert!(problems.is_empty(), "{problems:#?}");
}

/// Split fuzz text into at most three articles on NUL and analyse them, in one explicit story when
/// the first byte is odd (so claims and quotes are always compared) and grouped by similarity
/// otherwise; check the invariants and render every report format.
pub fn analyse_corpus(data: &[u8]) {
    let Some((&mode, rest)) = data.split_first() else { return };
    let text = String::from_utf8_lossy(rest);
    let story = (mode & 1 == 1).then_some("s");
    let documents: Vec<Document> = text
        .splitn(3, '\0')
        .enumerate()
        .map(|(i, body)| document(&format!("a{i}"), body, story))
        .collect();
    let analysis = newsdiff::analyze(documents, &[]);
    let problems = analysis_problems(&analysis);
    assert!(problems.is_empty(), "{problems:#?}");
    for format in [Format::Text, Format::Markdown, Format::Json] {
        let out = render(&analysis, format, mode & 2 == 2);
        assert!(!out.contains("NaN") && !out.contains("inf "), "non-finite number in report");
    }
}
