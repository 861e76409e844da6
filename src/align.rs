//! Passage alignment inside a story: each sentence's most similar sentence in every other article,
//! and the sentences no other outlet covers.

use std::collections::HashMap;

use serde::Serialize;

use crate::features::SparseVec;
use crate::text::TermId;

/// Sentences scoring below this are not counterparts.
pub const ALIGN_THRESHOLD: f32 = 0.32;

/// A counterpart of a sentence in another article.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Counterpart {
    /// Index of the other article (in the corpus); 32 bits, as a corpus holds millions of these.
    pub article: u32,
    /// Index of the sentence in that article.
    pub sentence: u32,
    /// Cosine similarity of the two sentences, 0 to 1.
    pub score: f32,
}

/// Alignment of one sentence.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct SentenceAlignment {
    /// Best counterpart in each other article that has one, by article order.
    pub matches: Vec<Counterpart>,
}

impl SentenceAlignment {
    /// Whether no other article covers this sentence.
    pub fn only_here(&self) -> bool {
        self.matches.is_empty()
    }
}

/// Alignment of every sentence of one article against the rest of its story.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ArticleAlignment {
    /// Index of the article (in the corpus).
    pub article: usize,
    /// One entry per sentence, in order.
    pub sentences: Vec<SentenceAlignment>,
}

/// Align the sentences of a story's articles. `sentences[k]` are the sentence vectors of `members[k]`.
///
/// Scores accumulate over an inverted index into dense per-story arrays, so each sentence costs
/// the postings of its own terms rather than a pass over every sentence of the story.
pub fn align_story(members: &[usize], sentences: &[&[SparseVec]]) -> Vec<ArticleAlignment> {
    // Flat sentence ids: article `pos` owns ids `offsets[pos]..offsets[pos + 1]`.
    let mut offsets = Vec::with_capacity(sentences.len() + 1);
    let mut owner = Vec::new();
    offsets.push(0);
    for (pos, article) in sentences.iter().enumerate() {
        owner.extend(std::iter::repeat_n(pos, article.len()));
        offsets.push(owner.len());
    }
    let mut index: HashMap<TermId, Vec<(u32, f32)>> = HashMap::new();
    for (pos, article) in sentences.iter().enumerate() {
        for (s, vector) in article.iter().enumerate() {
            for &(term, weight) in vector {
                index.entry(term).or_default().push(((offsets[pos] + s) as u32, weight));
            }
        }
    }
    let mut score = vec![0.0f32; owner.len()];
    let mut shared = vec![0u32; owner.len()];
    let mut touched: Vec<u32> = Vec::new();
    let mut best: Vec<Option<Counterpart>> = vec![None; sentences.len()];
    members
        .iter()
        .enumerate()
        .map(|(pos, &article)| {
            let aligned = sentences[pos]
                .iter()
                .map(|vector| {
                    for &(term, weight) in vector {
                        for &(id, w) in index.get(&term).map_or(&[][..], Vec::as_slice) {
                            let i = id as usize;
                            if owner[i] == pos {
                                continue;
                            }
                            if shared[i] == 0 {
                                touched.push(id);
                            }
                            score[i] += weight * w;
                            shared[i] += 1;
                        }
                    }
                    for &id in &touched {
                        let i = id as usize;
                        let other = owner[i];
                        // One shared word is not a passage in common unless the sentence has almost no words.
                        let enough = score[i] >= ALIGN_THRESHOLD && (shared[i] >= 2 || vector.len() <= 2);
                        if enough {
                            let candidate = Counterpart {
                                article: members[other] as u32,
                                sentence: (i - offsets[other]) as u32,
                                score: (score[i] * 1000.0).round() / 1000.0,
                            };
                            let better = best[other].is_none_or(|b| {
                                candidate.score > b.score
                                    || (candidate.score == b.score && candidate.sentence < b.sentence)
                            });
                            if better {
                                best[other] = Some(candidate);
                            }
                        }
                        score[i] = 0.0;
                        shared[i] = 0;
                    }
                    touched.clear();
                    SentenceAlignment {
                        matches: best.iter_mut().filter_map(Option::take).collect(),
                    }
                })
                .collect();
            ArticleAlignment {
                article,
                sentences: aligned,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::features::normalize;

    fn v(terms: &[u32]) -> SparseVec {
        normalize(terms.iter().map(|&t| (t, 1.0)).collect())
    }

    #[test]
    fn aligns_best_sentence_and_marks_lonely_ones() {
        let a = vec![v(&[1, 2, 3, 4]), v(&[10, 11, 12])];
        let b = vec![v(&[7, 8, 9]), v(&[1, 2, 3, 5])];
        let out = align_story(&[4, 9], &[&a, &b]);
        assert_eq!(out[0].article, 4);
        assert_eq!(out[0].sentences[0].matches.len(), 1);
        assert_eq!(out[0].sentences[0].matches[0].article, 9);
        assert_eq!(out[0].sentences[0].matches[0].sentence, 1);
        assert_eq!(out[0].sentences[0].matches[0].score, 0.75);
        assert!(out[0].sentences[1].only_here());
        assert!(out[1].sentences[0].only_here());
        assert_eq!(out[1].sentences[1].matches[0].sentence, 0);
    }

    #[test]
    fn one_shared_word_is_not_enough() {
        let a = vec![v(&[1, 2, 3])];
        let b = vec![v(&[1, 5, 6])];
        let out = align_story(&[0, 1], &[&a, &b]);
        assert!(out[0].sentences[0].only_here());
    }

    #[test]
    fn three_articles_keep_article_order() {
        let a = vec![v(&[1, 2, 3])];
        let out = align_story(&[0, 1, 2], &[&a, &a, &a]);
        let arts: Vec<u32> = out[2].sentences[0].matches.iter().map(|m| m.article).collect();
        assert_eq!(arts, vec![0, 1]);
    }
}
