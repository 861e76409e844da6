//! Fuzz target: claim extraction on one article's text, with and without a publication day.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsdiff::article::Article;
use newsdiff::claims::{ClaimContext, extract_claims};

fuzz_target!(|text: &str| {
    let mut article = Article::from_document(newsdiff_fuzz::document("c", text, None));
    let sentences: Vec<_> = article.sentences.iter().map(|s| s.span).collect();
    for published in [None, Some("2021-03-04")] {
        let ctx = ClaimContext::new(published, article.dateline.as_deref(), &article.text);
        article.claims = extract_claims(&article.text, &sentences, &ctx);
        newsdiff_fuzz::assert_article(&article);
    }
});
