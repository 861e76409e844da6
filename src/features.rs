//! Similarity features: idf-weighted term vectors of articles and sentences, and their cosine.

use std::collections::HashMap;

use crate::article::Article;
use rayon::prelude::*;

use crate::shared::{QuoteTokens, quote_tokens};
use crate::text::{TermId, Vocab, words};

/// A sparse vector sorted by term id.
pub type SparseVec = Vec<(TermId, f32)>;

/// Term features of one article.
#[derive(Debug, Clone, Default)]
pub struct ArticleFeatures {
    /// Sublinear tf-idf over the whole text, L2-normalized.
    pub vector: SparseVec,
    /// Each sentence's distinct terms, sorted (weighted on demand by [`Features::sentence_vectors`],
    /// so a corpus never holds every sentence's weights at once).
    pub sentences: Vec<Vec<TermId>>,
    /// Names (capitalized words inside sentences), idf-weighted and L2-normalized: the people,
    /// places and organisations that make a story recognisable across outlets.
    pub names: SparseVec,
    /// Each quote's normalized wording, in the article's quote order.
    pub quotes: Vec<QuoteTokens>,
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

/// Term counts of one article, with ids from the vocabulary of the chunk it was read in.
struct Raw {
    tf: Vec<(TermId, f32)>,
    names: Vec<(TermId, f32)>,
    sentences: Vec<Vec<TermId>>,
    quotes: Vec<QuoteTokens>,
}

impl Raw {
    fn read(article: &Article, vocab: &mut Vocab) -> Raw {
        let mut tf: HashMap<TermId, f32> = HashMap::new();
        let mut names: HashMap<TermId, f32> = HashMap::new();
        let mut sentences = Vec::with_capacity(article.sentences.len());
        for sentence in &article.sentences {
            let mut terms = Vec::new();
            for (i, (_, word)) in words(&article.text, sentence.span).enumerate() {
                if let Some(id) = vocab.term(word) {
                    let capital = word.chars().next().is_some_and(char::is_uppercase);
                    *tf.entry(id).or_insert(0.0) += if capital { NAME_BOOST } else { 1.0 };
                    // The first word of a sentence is capitalized whatever it is.
                    if capital && i > 0 && !NOT_NAMES.contains(&vocab.stem(id)) {
                        *names.entry(id).or_insert(0.0) += 1.0;
                    }
                    terms.push(id);
                }
            }
            terms.sort_unstable();
            terms.dedup();
            sentences.push(terms);
        }
        let quotes = article
            .quotes
            .iter()
            .map(|q| quote_tokens(&article.text, q.span, vocab))
            .collect();
        Raw {
            tf: tf.into_iter().collect(),
            names: names.into_iter().collect(),
            sentences,
            quotes,
        }
    }

    /// Translate chunk-local term ids into corpus-wide ones.
    fn remap(&mut self, map: &[TermId]) {
        let m = |id: &mut TermId| *id = map[*id as usize];
        self.tf.iter_mut().for_each(|(id, _)| m(id));
        self.names.iter_mut().for_each(|(id, _)| m(id));
        for s in &mut self.sentences {
            s.iter_mut().for_each(m);
            s.sort_unstable();
        }
        for q in &mut self.quotes {
            q.all.iter_mut().for_each(m);
            q.content.iter_mut().for_each(m);
            q.content.sort_unstable();
        }
    }
}

impl Features {
    /// Compute features for every article.
    ///
    /// Articles are read in parallel chunks, each with its own vocabulary (stemming is the costly
    /// part and is cached per spelling); the chunks' term ids are then mapped onto one corpus-wide
    /// numbering before idf weighting.
    pub fn compute(articles: &[Article]) -> Features {
        let chunk = (articles.len() / (rayon::current_num_threads() * 4)).max(32);
        let chunks: Vec<(Vec<String>, Vec<Raw>)> = articles
            .par_chunks(chunk)
            .map(|part| {
                let mut vocab = Vocab::new();
                let raws = part.iter().map(|a| Raw::read(a, &mut vocab)).collect();
                (vocab.into_stems(), raws)
            })
            .collect();
        let mut global: HashMap<String, TermId> = HashMap::new();
        let maps: Vec<Vec<TermId>> = chunks
            .iter()
            .map(|(stems, _)| {
                stems
                    .iter()
                    .map(|stem| {
                        let next = global.len() as TermId;
                        *global.entry(stem.clone()).or_insert(next)
                    })
                    .collect()
            })
            .collect();
        let raws: Vec<Raw> = chunks
            .into_par_iter()
            .zip(maps)
            .flat_map_iter(|((_, raws), map)| {
                raws.into_iter().map(move |mut raw| {
                    raw.remap(&map);
                    raw
                })
            })
            .collect();
        let mut df = vec![0u32; global.len()];
        for raw in &raws {
            for (id, _) in &raw.tf {
                df[*id as usize] += 1;
            }
        }
        // Smoothed idf keeps terms shared by every article of a small corpus above zero: with three
        // articles on one story, their common names are exactly what makes them one story.
        let n = articles.len() as f32;
        let idf: Vec<f32> = df.iter().map(|&d| ((n + 1.0) / (d as f32 + 1.0)).ln() + 1.0).collect();
        let weigh = |counts: Vec<(TermId, f32)>| {
            normalize(
                counts
                    .into_iter()
                    .map(|(id, c)| (id, (1.0 + c.ln()) * idf[id as usize]))
                    .collect(),
            )
        };
        let articles = raws
            .into_par_iter()
            .map(|raw| ArticleFeatures {
                vector: weigh(raw.tf),
                names: weigh(raw.names),
                sentences: raw
                    .sentences
                    .into_iter()
                    .map(|mut t| {
                        t.shrink_to_fit();
                        t
                    })
                    .collect(),
                quotes: raw.quotes,
            })
            .collect();
        Features { articles, idf }
    }
}

impl Features {
    /// The idf-weighted, unit-length term vectors of article `article`'s sentences.
    pub fn sentence_vectors(&self, article: usize) -> Vec<SparseVec> {
        self.articles[article]
            .sentences
            .iter()
            .map(|terms| {
                normalize(
                    terms
                        .iter()
                        .map(|&id| (id, self.idf.get(id as usize).copied().unwrap_or(1.0)))
                        .collect(),
                )
            })
            .collect()
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
