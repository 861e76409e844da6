//! A story's title: the manifest's, else the headline of the article most like the others.

use rustc_hash::FxHashMap;

use crate::article::Article;
use crate::features::{ArticleFeatures, SparseVec};
use crate::stories::similarity;
use crate::text::TermId;

/// The manifest's title, else the headline of the article closest to all the others.
pub fn story_title(
    articles: &[Article],
    members: &[usize],
    features: &[ArticleFeatures],
    titles: &[(String, String)],
) -> String {
    if let Some(key) = articles[members[0]].story_key.as_deref()
        && let Some((_, title)) = titles.iter().find(|(k, _)| k == key)
    {
        return title.clone();
    }
    articles[central(members, features)].title.clone()
}

/// Stories up to this size compare every pair; bigger ones first estimate each member's total
/// from the sum of the story's vectors.
const PAIRWISE: usize = 16;

/// The member whose similarities to the others add up to the most, the earliest of equals.
///
/// A member's total is its product with the sum of every member's vectors, less its own: one
/// product per member rather than one per pair (a story of 2,000 articles has two million
/// pairs). That total, worked out in f64, differs from the f32 sums of pair scores by less than
/// their rounding can, so only the members it puts within twice that bound of the best can be
/// the central one, and their totals are added pair by pair as before to choose among them.
fn central(members: &[usize], features: &[ArticleFeatures]) -> usize {
    let pick = |candidates: &[usize], totals: &[f32]| {
        candidates
            .iter()
            .zip(totals)
            .max_by(|x, y| x.1.total_cmp(y.1).then(y.0.cmp(x.0)))
            .map_or(members[0], |(&k, _)| members[k])
    };
    let m = members.len();
    let every: Vec<usize> = (0..m).collect();
    if m <= PAIRWISE {
        return pick(&every, &similarity_totals(members, features));
    }
    let of = |k: usize| &features[members[k]];
    let sum = |part: fn(&ArticleFeatures) -> &SparseVec| {
        let mut total: FxHashMap<TermId, f64> = FxHashMap::default();
        for k in 0..m {
            for &(term, w) in part(of(k)) {
                *total.entry(term).or_default() += f64::from(w);
            }
        }
        total
    };
    let (words, names) = (sum(|f| &f.vector), sum(|f| &f.names));
    let product = |v: &SparseVec, total: &FxHashMap<TermId, f64>| {
        v.iter()
            .map(|&(term, w)| f64::from(w) * (total.get(&term).copied().unwrap_or(0.0) - f64::from(w)))
            .sum::<f64>()
    };
    let estimates: Vec<f64> = (0..m)
        .map(|k| 0.5 * product(&of(k).vector, &words) + 0.5 * product(&of(k).names, &names))
        .collect();
    // A pair's f32 score rounds at most once per product and sum of its longest vectors'
    // terms, each error at most a unit roundoff of a value at most 1 (unit vectors); a total adds
    // m - 1 scores, each at most 1, rounding once per addition. Doubled for what f64 adds.
    let longest = (0..m)
        .map(|k| of(k).vector.len() + of(k).names.len())
        .max()
        .unwrap_or(0);
    let unit = f64::from(f32::EPSILON) / 2.0;
    let bound = 2.0 * (m as f64) * ((longest + 2 + m) as f64) * unit + 1e-9;
    let best = estimates.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    if estimates.iter().any(|e| !e.is_finite()) {
        // Only weights that are not numbers could get here; then every pair decides.
        return pick(&every, &similarity_totals(members, features));
    }
    let candidates: Vec<usize> = every
        .into_iter()
        .filter(|&k| estimates[k] >= best - 2.0 * bound)
        .collect();
    let totals: Vec<f32> = candidates
        .iter()
        .map(|&k| (0..m).filter(|&j| j != k).map(|j| similarity(of(k), of(j))).sum())
        .collect();
    pick(&candidates, &totals)
}

/// For each member, the sum of its similarities to the others, added in member order.
/// Similarity is symmetric to the bit (products commute and both orders walk terms in the same
/// order), so each pair is scored once and kept meanwhile (small stories only: see [`central`]).
fn similarity_totals(members: &[usize], features: &[ArticleFeatures]) -> Vec<f32> {
    let m = members.len();
    let score = |i: usize, j: usize| similarity(&features[members[i]], &features[members[j]]);
    // Row i holds the scores against the members before it.
    let row = |i: usize| i * (i.saturating_sub(1)) / 2;
    let mut lower = vec![0.0f32; m * m.saturating_sub(1) / 2];
    for i in 1..m {
        for j in 0..i {
            lower[row(i) + j] = score(i, j);
        }
    }
    (0..m)
        .map(|i| {
            (0..m)
                .filter(|&j| j != i)
                .map(|j| if j < i { lower[row(i) + j] } else { lower[row(j) + i] })
                .sum()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::features::normalize;

    /// `count` articles' features over `vocabulary` words (and a quarter as many names), as the
    /// features stage makes them: each term once, in term order, unit length.
    fn random_features(rng: &mut crate::synth::Rng, count: usize, vocabulary: usize) -> Vec<ArticleFeatures> {
        let mut sparse = |terms: usize, len: usize| {
            let weights: std::collections::BTreeMap<u32, f32> = (0..len)
                .map(|_| (rng.below(terms) as u32, rng.below(1000) as f32 + 1.0))
                .collect();
            normalize(weights.into_iter().collect())
        };
        (0..count)
            .map(|_| ArticleFeatures {
                vector: sparse(vocabulary, 30),
                names: sparse(vocabulary / 4 + 1, 3),
                ..ArticleFeatures::default()
            })
            .collect()
    }

    #[test]
    fn pairs_scored_once_sum_to_the_same_bits_as_every_pair_scored() {
        let mut rng = crate::synth::Rng(11);
        let features = random_features(&mut rng, 40, 60);
        for members in [vec![], vec![3], vec![0, 1], (0..40).rev().collect::<Vec<_>>()] {
            let direct: Vec<u32> = members
                .iter()
                .map(|&a| {
                    let total: f32 = members
                        .iter()
                        .filter(|&&b| b != a)
                        .map(|&b| similarity(&features[a], &features[b]))
                        .sum();
                    total.to_bits()
                })
                .collect();
            let once: Vec<u32> = similarity_totals(&members, &features)
                .iter()
                .map(|t| t.to_bits())
                .collect();
            assert_eq!(once, direct, "{members:?}");
        }
    }

    #[test]
    fn the_central_member_is_the_one_every_pair_total_puts_first() {
        let mut rng = crate::synth::Rng(7);
        for (size, vocabulary) in [(17, 40), (40, 15), (90, 200), (150, 8)] {
            let mut features = random_features(&mut rng, size, vocabulary);
            // Reprints: equal totals, where the earliest must win.
            for k in (0..size).step_by(5) {
                features[k] = features[size / 2].clone();
            }
            let members: Vec<usize> = (0..size).collect();
            let expected = members
                .iter()
                .zip(similarity_totals(&members, &features))
                .max_by(|x, y| x.1.total_cmp(&y.1).then(y.0.cmp(x.0)))
                .map(|(&a, _)| a);
            assert_eq!(Some(central(&members, &features)), expected, "{size} articles");
        }
    }
}
