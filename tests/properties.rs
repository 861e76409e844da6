//! Property tests: on arbitrary text (any Unicode, biased to quote marks, digits, signs and
//! newlines) nothing panics and every span the analysis returns is valid (`newsdiff::check`).

use newsdiff::article::Article;
use newsdiff::check::{analysis_problems, article_problems};
use newsdiff::claims::{ClaimContext, extract_claims};
use newsdiff::load::{Document, Metadata};
use newsdiff::report::{Format, render};
use proptest::prelude::*;

/// Pieces text is made of: any character, or one that steers the analysis somewhere.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => any::<char>().prop_map(String::from),
        3 => prop::sample::select(vec![
            "\"", "\u{201c}", "\u{201d}", "\u{2018}", "\u{2019}", "'", "\u{ab}", "\u{bb}", "\n", "\n\n", " ", ". ",
            "-", "\u{2212}", ",", ":", "%", "$", "(", ")", "\u{301}", "\u{200f}", "\t",
        ])
        .prop_map(String::from),
        2 => (0u32..100_000).prop_map(|n| n.to_string()),
        3 => prop::sample::select(vec![
            "said", "Mr.", "The", "minus", "million", "hours", "degrees", "tons", "people", "at least", "about",
            "Tuesday", "March", "2021", "p.m.", "killed", "\u{e9}t\u{e9}", "\u{65e5}\u{672c}",
        ])
        .prop_map(|w| format!("{w} ")),
    ]
}

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..120).prop_map(|p| p.concat())
}

fn document(name: &str, body: &str, story: Option<&str>) -> Document {
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

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    #[test]
    fn one_article_has_valid_spans(body in text()) {
        let mut article = Article::from_document(document("a", &body, None));
        let sentences: Vec<_> = article.sentences.iter().map(|s| s.span).collect();
        let ctx = ClaimContext::new(Some("2021-03-04"), article.dateline.as_deref(), &article.text);
        article.claims = extract_claims(&article.text, &sentences, &ctx);
        let problems = article_problems(&article);
        prop_assert!(problems.is_empty(), "{:?}\n{:?}", problems, article.text);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn a_small_corpus_analyses_and_renders(bodies in prop::collection::vec(text(), 1..4), one_story in any::<bool>()) {
        let story = one_story.then_some("s");
        let documents = bodies
            .iter()
            .enumerate()
            .map(|(i, b)| document(&format!("a{i}"), b, story))
            .collect();
        let analysis = newsdiff::analyze(documents, &[]);
        let problems = analysis_problems(&analysis);
        prop_assert!(problems.is_empty(), "{:?}", problems);
        for format in [Format::Text, Format::Markdown, Format::Json] {
            let out = render(&analysis, format, false);
            prop_assert!(!out.contains("NaN") && !out.contains(" inf "), "non-finite value printed");
        }
    }
}
