//! Self-checks of analysis results: every span inside its text and on char boundaries, every index in range.
//!
//! The reader and the reports trust these invariants (a bad span would slice a string off a char
//! boundary); property tests and fuzz targets assert them on arbitrary input.

pub mod harness;

use crate::analysis::Analysis;
use crate::article::Article;
use crate::span::Span;

/// Why `span` is not a valid range of `text`, if it is not.
fn span_problem(text: &str, span: Span) -> Option<String> {
    if span.start > span.end || span.end > text.len() {
        Some(format!("{span:?} outside a text of {} bytes", text.len()))
    } else if !text.is_char_boundary(span.start) || !text.is_char_boundary(span.end) {
        Some(format!("{span:?} off a char boundary"))
    } else {
        None
    }
}

/// Every broken invariant of one article's spans, one line each (empty when all hold).
///
/// Checked: paragraphs, sentences, quotes (inner inside outer) and claims lie in the text on char
/// boundaries; sentences lie in their paragraph; a claim lies in its sentence; a quote opens in
/// its paragraph, inside a sentence.
pub fn article_problems(article: &Article) -> Vec<String> {
    let text = article.text.as_str();
    let mut out = Vec::new();
    let mut check = |what: String, span: Span| {
        if let Some(p) = span_problem(text, span) {
            out.push(format!("{what}: {p}"));
        }
    };
    for (i, p) in article.paragraphs.iter().enumerate() {
        check(format!("paragraph {i}"), *p);
    }
    for (i, s) in article.sentences.iter().enumerate() {
        check(format!("sentence {i}"), s.span);
    }
    for (i, q) in article.quotes.iter().enumerate() {
        check(format!("quote {i}"), q.span);
        check(format!("quote {i} with marks"), q.outer);
    }
    for (i, c) in article.claims.iter().enumerate() {
        check(format!("claim {i}"), c.span);
    }
    for (i, s) in article.sentences.iter().enumerate() {
        match article.paragraphs.get(s.paragraph) {
            Some(p) if p.contains(s.span) => {}
            _ => out.push(format!("sentence {i} not inside its paragraph {}", s.paragraph)),
        }
    }
    for (i, q) in article.quotes.iter().enumerate() {
        if !q.outer.contains(q.span) {
            out.push(format!("quote {i}: words {:?} not inside marks {:?}", q.span, q.outer));
        }
        match article.paragraphs.get(q.paragraph) {
            Some(p) if p.start <= q.outer.start && q.outer.start < p.end.max(p.start + 1) => {}
            _ => out.push(format!("quote {i}: does not open in its paragraph {}", q.paragraph)),
        }
        if article.sentence_at(q.outer.start).is_none() {
            out.push(format!("quote {i}: opens outside every sentence"));
        }
    }
    for (i, c) in article.claims.iter().enumerate() {
        match article.sentences.get(c.sentence) {
            Some(s) if s.span.contains(c.span) => {}
            _ => out.push(format!("claim {i} not inside its sentence {}", c.sentence)),
        }
    }
    out
}

/// Every broken invariant of an analysis: each article's ([`article_problems`]) and each story's
/// indices (articles, alignment sentences, shared-quote occurrences, claim statements).
pub fn analysis_problems(analysis: &Analysis) -> Vec<String> {
    let articles = &analysis.articles;
    let mut out: Vec<String> = articles
        .iter()
        .enumerate()
        .flat_map(|(i, a)| {
            article_problems(a)
                .into_iter()
                .map(move |p| format!("article {i}: {p}"))
        })
        .collect();
    for story in &analysis.stories {
        let id = &story.id;
        if let Some(&a) = story.articles.iter().find(|&&a| a >= articles.len()) {
            out.push(format!("story {id}: no article {a}"));
            continue;
        }
        for al in &story.alignment {
            match articles.get(al.article) {
                Some(a) if a.sentences.len() == al.sentences.len() => {}
                _ => out.push(format!(
                    "story {id}: alignment of article {} does not fit it",
                    al.article
                )),
            }
            for m in al.sentences.iter().flat_map(|s| &s.matches) {
                let fits = articles
                    .get(m.article as usize)
                    .is_some_and(|a| (m.sentence as usize) < a.sentences.len());
                if !fits {
                    out.push(format!("story {id}: counterpart {m:?} does not exist"));
                }
            }
        }
        for o in story.shared_quotes.iter().flat_map(|q| &q.occurrences) {
            if articles.get(o.article).is_none_or(|a| o.quote >= a.quotes.len()) {
                out.push(format!("story {id}: quote occurrence {o:?} does not exist"));
            }
        }
        for s in story.claims.iter().flat_map(|f| &f.statements) {
            if articles.get(s.article).is_none_or(|a| s.claim >= a.claims.len()) {
                out.push(format!(
                    "story {id}: claim statement {}/{} does not exist",
                    s.article, s.claim
                ));
            }
        }
    }
    out
}
