//! Candidate article pairs for story grouping, scored in parallel through an inverted index.

use std::collections::HashMap;

use rayon::prelude::*;

use super::similarity;
use crate::features::ArticleFeatures;
use crate::text::TermId;

/// How many of an article's heaviest terms index it.
const INDEX_TERMS: usize = 24;
/// Sharing a long quote word for word is strong evidence of one story.
const SHARED_QUOTE_BONUS: f32 = 0.15;

/// `(score, a, b)` with `a < b` for every pair of `free` articles that share an indexed term or a
/// long quote and score at least `threshold`.
pub fn scored_pairs(
    free: &[usize],
    features: &[ArticleFeatures],
    quote_keys: &[Vec<u64>],
    threshold: f32,
) -> Vec<(f32, usize, usize)> {
    let n = features.len();
    let mut index: HashMap<TermId, Vec<u32>> = HashMap::new();
    let mut by_quote: HashMap<u64, Vec<u32>> = HashMap::new();
    let mut tops: Vec<Vec<TermId>> = vec![Vec::new(); n];
    for &i in free {
        let mut top: Vec<(TermId, f32)> = features[i].vector.clone();
        top.sort_unstable_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
        top.truncate(INDEX_TERMS);
        for &(term, _) in &top {
            index.entry(term).or_default().push(i as u32);
        }
        tops[i] = top.into_iter().map(|(t, _)| t).collect();
        for key in &quote_keys[i] {
            by_quote.entry(*key).or_default().push(i as u32);
        }
    }
    // A term among the top terms of a large share of a big corpus says little about any one story,
    // and would cost the square of its postings.
    let cap = (free.len() / 20).max(256);
    free.par_iter()
        .map_init(
            || (vec![0u16; n], Vec::<u32>::new()),
            |(counts, touched), &a| {
                let mut postings: Vec<&[u32]> =
                    tops[a].iter().filter_map(|t| index.get(t)).map(Vec::as_slice).collect();
                postings.extend(quote_keys[a].iter().filter_map(|k| by_quote.get(k)).map(Vec::as_slice));
                for list in postings.into_iter().filter(|l| l.len() <= cap) {
                    for &b in list.iter().filter(|&&b| b as usize > a) {
                        if counts[b as usize] == 0 {
                            touched.push(b);
                        }
                        counts[b as usize] = counts[b as usize].saturating_add(1);
                    }
                }
                let mut out = Vec::new();
                for &b in touched.iter() {
                    let b = b as usize;
                    counts[b] = 0;
                    let shared_quote = quote_keys[a].iter().any(|k| quote_keys[b].contains(k));
                    let score =
                        similarity(&features[a], &features[b]) + if shared_quote { SHARED_QUOTE_BONUS } else { 0.0 };
                    if score >= threshold {
                        out.push((score, a, b));
                    }
                }
                touched.clear();
                out
            },
        )
        .flatten_iter()
        .collect()
}
