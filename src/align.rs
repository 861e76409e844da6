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
    /// Index of the other article (in the corpus).
    pub article: usize,
    /// Index of the sentence in that article.
    pub sentence: usize,
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
pub fn align_story(members: &[usize], sentences: &[&[SparseVec]]) -> Vec<ArticleAlignment> {
    // Inverted index: term -> (member position, sentence index, weight).
    let mut index: HashMap<TermId, Vec<(usize, usize, f32)>> = HashMap::new();
    for (pos, article) in sentences.iter().enumerate() {
        for (s, vector) in article.iter().enumerate() {
            for &(term, weight) in vector {
                index.entry(term).or_default().push((pos, s, weight));
            }
        }
    }
    let mut scores: HashMap<(usize, usize), (f32, u32)> = HashMap::new();
    members
        .iter()
        .enumerate()
        .map(|(pos, &article)| {
            let aligned = sentences[pos]
                .iter()
                .map(|vector| {
                    scores.clear();
                    for &(term, weight) in vector {
                        for &(other, s, w) in index.get(&term).map_or(&[][..], Vec::as_slice) {
                            if other != pos {
                                let entry = scores.entry((other, s)).or_insert((0.0, 0));
                                entry.0 += weight * w;
                                entry.1 += 1;
                            }
                        }
                    }
                    best_per_article(&scores, members, vector.len())
                })
                .collect();
            ArticleAlignment {
                article,
                sentences: aligned,
            }
        })
        .collect()
}

/// Keep the best-scoring sentence of each other article, if it clears the threshold.
fn best_per_article(
    scores: &HashMap<(usize, usize), (f32, u32)>,
    members: &[usize],
    own_terms: usize,
) -> SentenceAlignment {
    let mut best: HashMap<usize, Counterpart> = HashMap::new();
    for (&(pos, sentence), &(score, shared)) in scores {
        // One shared word is not a passage in common unless the sentence has almost no words.
        if score < ALIGN_THRESHOLD || (shared < 2 && own_terms > 2) {
            continue;
        }
        let candidate = Counterpart {
            article: members[pos],
            sentence,
            score: (score * 1000.0).round() / 1000.0,
        };
        best.entry(pos)
            .and_modify(|c| {
                if (candidate.score, std::cmp::Reverse(candidate.sentence)) > (c.score, std::cmp::Reverse(c.sentence)) {
                    *c = candidate;
                }
            })
            .or_insert(candidate);
    }
    let mut matches: Vec<Counterpart> = best.into_values().collect();
    matches.sort_by_key(|c| c.article);
    SentenceAlignment { matches }
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
    }

    #[test]
    fn one_shared_word_is_not_enough() {
        let a = vec![v(&[1, 2, 3])];
        let b = vec![v(&[1, 5, 6])];
        let out = align_story(&[0, 1], &[&a, &b]);
        assert!(out[0].sentences[0].only_here());
    }
}
