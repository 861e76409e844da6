//! A story's title: the manifest's, else the headline of the article most like the others.

use crate::article::Article;
use crate::features::ArticleFeatures;
use crate::stories::similarity;

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
    let central = members
        .iter()
        .zip(similarity_totals(members, features))
        .max_by(|x, y| x.1.total_cmp(&y.1).then(y.0.cmp(x.0)))
        .map_or(members[0], |(&a, _)| a);
    articles[central].title.clone()
}

/// Stories up to this size score each pair once (half the work) and keep the scores meanwhile.
const PAIRS_KEPT: usize = 4096;

/// For each member, the sum of its similarities to the others, added in member order.
/// Similarity is symmetric to the bit (products commute and both orders walk terms in the same
/// order), so each pair is scored once when the story is small enough to keep every score.
fn similarity_totals(members: &[usize], features: &[ArticleFeatures]) -> Vec<f32> {
    let m = members.len();
    let score = |i: usize, j: usize| similarity(&features[members[i]], &features[members[j]]);
    if m > PAIRS_KEPT {
        return (0..m)
            .map(|i| (0..m).filter(|&j| j != i).map(|j| score(i, j)).sum())
            .collect();
    }
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

    #[test]
    fn pairs_scored_once_sum_to_the_same_bits_as_every_pair_scored() {
        let mut rng = crate::synth::Rng(11);
        // Sparse vectors as the features stage makes them: each term once, in term order.
        let mut sparse = |terms: usize, len: usize| {
            let weights: std::collections::BTreeMap<u32, f32> = (0..len)
                .map(|_| (rng.below(terms) as u32, rng.below(1000) as f32 + 1.0))
                .collect();
            normalize(weights.into_iter().collect())
        };
        let features: Vec<ArticleFeatures> = (0..40)
            .map(|_| ArticleFeatures {
                vector: sparse(60, 30),
                names: sparse(10, 3),
                ..ArticleFeatures::default()
            })
            .collect();
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
}
