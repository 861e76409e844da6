//! Tests of `features`.

use super::*;

#[test]
fn a_short_vector_against_a_long_one_sums_as_the_walk_does() {
    let mut rng = crate::synth::Rng(21);
    let mut vector = |len: usize| -> SparseVec {
        let mut v: SparseVec = (0..len)
            .map(|_| (rng.below(400) as TermId, 0.1 + rng.below(1000) as f32 / 997.0))
            .collect();
        v.sort_by_key(|p| p.0);
        v.dedup_by_key(|p| p.0);
        v
    };
    // Shared terms in term order, the first vector's weight first: what the plain walk adds.
    let walked = |x: &[(TermId, f32)], y: &[(TermId, f32)]| {
        x.iter()
            .filter_map(|&(t, w)| y.iter().find(|p| p.0 == t).map(|&(_, v)| w * v - w / v))
            .fold(0.0f32, |sum, p| sum + p)
    };
    // Not symmetric, so swapped weights would show.
    let product = |x: f32, y: f32| x * y - x / y;
    for k in 0..2000 {
        let (short, long) = (vector(1 + k % 12), vector(60 + k % 300));
        assert_eq!(
            dot_with(&short, &long, product).to_bits(),
            walked(&short, &long).to_bits()
        );
        assert_eq!(
            dot_with(&long, &short, product).to_bits(),
            walked(&long, &short).to_bits()
        );
    }
}

#[test]
fn cosine_of_unit_vectors() {
    let a = normalize(vec![(2, 1.0), (1, 1.0)]);
    let b = normalize(vec![(1, 1.0), (3, 1.0)]);
    assert!((cosine(&a, &a) - 1.0).abs() < 1e-6);
    assert!((cosine(&a, &b) - 0.5).abs() < 1e-6);
    assert_eq!(cosine(&a, &[]), 0.0);
    assert_eq!(normalize(vec![]), vec![]);
}

#[test]
fn every_article_keeps_its_terms_in_corpus_wide_numbering() {
    let mut documents = crate::synth::corpus(300, 5);
    let body = "Ana’s plan\n\n\"It’s over, we won’t stay,\" Ana Lima’s aide said on Monday. \
        They'll see. \u{201C}I didn't know the mayor's plan,\u{201D} he said.";
    // The first and the last article are read in different chunks, with different vocabularies.
    documents[0].body = body.into();
    documents[299].body = body.into();
    let articles: Vec<Article> = documents.into_iter().map(Article::from_document).collect();
    let features = Features::compute(&articles);
    assert!(features.maps.len() > 1);
    for (a, article) in articles.iter().enumerate() {
        let terms = features.terms(a);
        assert_eq!(terms.sentences.len(), article.sentences.len());
        assert_eq!(terms.quotes.len(), article.quotes.len());
        let ids = terms
            .sentences
            .iter()
            .flatten()
            .chain(terms.quotes.iter().flat_map(|q| &q.all));
        assert!(
            ids.into_iter().all(|&id| (id as usize) < features.idf.len()),
            "{}",
            article.id
        );
        for sentence in terms.sentences.iter() {
            assert!(sentence.windows(2).all(|w| w[0] < w[1]));
        }
    }
    let (first, last) = (features.terms(0), features.terms(299));
    assert_eq!(first, last);
    assert_eq!(first.quotes.len(), 2);
    assert_eq!(features.terms(300), ArticleTerms::default());
}
