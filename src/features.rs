//! Similarity features: idf-weighted term vectors of articles and sentences, and their cosine.

use std::collections::HashMap;

use crate::article::Article;
use crate::text::{TermId, Vocab, words};

/// A sparse vector sorted by term id.
pub type SparseVec = Vec<(TermId, f32)>;

/// Term features of one article.
#[derive(Debug, Clone, Default)]
pub struct ArticleFeatures {
    /// Sublinear tf-idf over the whole text, L2-normalized.
    pub vector: SparseVec,
    /// Each sentence's distinct terms with idf weights, L2-normalized.
    pub sentences: Vec<SparseVec>,
    /// Names (capitalized words inside sentences), idf-weighted and L2-normalized: the people,
    /// places and organisations that make a story recognisable across outlets.
    pub names: SparseVec,
}

/// Capitalized words that are calendar or title words, not names of anything a story is about.
const NOT_NAMES: &[&str] = &[
    "april",
    "august",
    "december",
    "february",
    "friday",
    "january",
    "july",
    "june",
    "march",
    "monday",
    "november",
    "october",
    "saturday",
    "september",
    "sunday",
    "thursday",
    "tuesday",
    "wednesday",
    "president",
    "minister",
    "prime",
    "secretary",
    "chancellor",
    "mayor",
    "governor",
    "senator",
    "sen",
    "rep",
    "gen",
    "dr",
    "mr",
    "mrs",
    "ms",
    "sir",
    "lord",
    "king",
    "queen",
    "chief",
    "officials",
    "state",
];

/// Features of a whole corpus, computed in two passes (term counts, then idf weighting).
#[derive(Debug, Default)]
pub struct Features {
    /// Per article, in corpus order.
    pub articles: Vec<ArticleFeatures>,
    /// Inverse document frequency per term id.
    pub idf: Vec<f32>,
}

/// Names carry more of a story's identity than common words.
const NAME_BOOST: f32 = 1.5;

impl Features {
    /// Compute features for every article, sharing one vocabulary.
    pub fn compute(articles: &[Article], vocab: &mut Vocab) -> Features {
        let mut counts: Vec<HashMap<TermId, f32>> = Vec::with_capacity(articles.len());
        let mut sentence_terms: Vec<Vec<Vec<TermId>>> = Vec::with_capacity(articles.len());
        let mut name_counts: Vec<HashMap<TermId, f32>> = Vec::with_capacity(articles.len());
        for article in articles {
            let mut tf: HashMap<TermId, f32> = HashMap::new();
            let mut names: HashMap<TermId, f32> = HashMap::new();
            let mut per_sentence = Vec::with_capacity(article.sentences.len());
            for sentence in &article.sentences {
                let mut terms = Vec::new();
                for (i, (_, word)) in words(&article.text, sentence.span).enumerate() {
                    if let Some(id) = vocab.term(word) {
                        let capital = word.chars().next().is_some_and(char::is_uppercase);
                        let boost = if capital { NAME_BOOST } else { 1.0 };
                        *tf.entry(id).or_insert(0.0) += boost;
                        // The first word of a sentence is capitalized whatever it is.
                        if capital && i > 0 && !NOT_NAMES.contains(&vocab.stem(id)) {
                            *names.entry(id).or_insert(0.0) += 1.0;
                        }
                        terms.push(id);
                    }
                }
                terms.sort_unstable();
                terms.dedup();
                per_sentence.push(terms);
            }
            counts.push(tf);
            name_counts.push(names);
            sentence_terms.push(per_sentence);
        }
        let mut df = vec![0u32; vocab.len()];
        for tf in &counts {
            for id in tf.keys() {
                df[*id as usize] += 1;
            }
        }
        // Smoothed idf keeps terms shared by every article of a small corpus above zero: with three
        // articles on one story, their common names are exactly what makes them one story.
        let n = articles.len() as f32;
        let idf: Vec<f32> = df.iter().map(|&d| ((n + 1.0) / (d as f32 + 1.0)).ln() + 1.0).collect();
        let articles = counts
            .into_iter()
            .zip(sentence_terms)
            .zip(name_counts)
            .map(|((tf, sentences), names)| {
                let names = normalize(
                    names
                        .into_iter()
                        .map(|(id, c)| (id, (1.0 + c.ln()) * idf[id as usize]))
                        .collect(),
                );
                let vector = normalize(
                    tf.into_iter()
                        .map(|(id, c)| (id, (1.0 + c.ln()) * idf[id as usize]))
                        .collect(),
                );
                let sentences = sentences
                    .into_iter()
                    .map(|terms| normalize(terms.into_iter().map(|id| (id, idf[id as usize])).collect()))
                    .collect();
                ArticleFeatures {
                    vector,
                    sentences,
                    names,
                }
            })
            .collect();
        Features { articles, idf }
    }
}

/// Sort by term id and scale to unit length.
pub fn normalize(mut v: SparseVec) -> SparseVec {
    v.sort_unstable_by_key(|(id, _)| *id);
    let norm = v.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
    if norm > 0.0 {
        for (_, w) in &mut v {
            *w /= norm;
        }
    }
    v
}

/// Cosine of two unit sparse vectors (their dot product).
pub fn cosine(a: &[(TermId, f32)], b: &[(TermId, f32)]) -> f32 {
    let (mut i, mut j, mut sum) = (0, 0, 0.0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                sum += a[i].1 * b[j].1;
                i += 1;
                j += 1;
            }
        }
    }
    sum
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cosine_of_unit_vectors() {
        let a = normalize(vec![(2, 1.0), (1, 1.0)]);
        let b = normalize(vec![(1, 1.0), (3, 1.0)]);
        assert!((cosine(&a, &a) - 1.0).abs() < 1e-6);
        assert!((cosine(&a, &b) - 0.5).abs() < 1e-6);
        assert_eq!(cosine(&a, &[]), 0.0);
        assert_eq!(normalize(vec![]), vec![]);
    }
}
