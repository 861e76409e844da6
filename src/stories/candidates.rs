//! Candidate article pairs for story grouping, scored in parallel through an inverted index.

use rustc_hash::FxHashMap as HashMap;

use rayon::prelude::*;

use crate::features::ArticleFeatures;
use crate::text::TermId;

/// How many of an article's heaviest terms index it.
const INDEX_TERMS: usize = 24;
/// The longest postings list walked, whatever the corpus size: 5% of 10,000 articles. Past that a
/// term shared by more articles' top terms is a topic, not a story, and walking its postings costs
/// their square (at 100,000 articles, 5% made grouping 165 s and chained events; see BENCHMARKS.md).
/// A story printed by more outlets still links through its rarer terms and shared quotes.
const MAX_POSTINGS: usize = 500;
/// A term among the indexed terms of at most this many articles names something particular (a
/// person, a place, an event's own word) and proposes a pair on its own. A more common one (a
/// topic's word, shared by many stories' articles) proposes a pair only with a second shared term
/// or a shared long quote: at 10,000 articles, pairs met through one common term were 94% of
/// those scored and 0.4% of those kept, and most that were kept chained two stories (see
/// BENCHMARKS.md). Real sets of up to 180 articles group exactly as without it.
const DISTINCTIVE_POSTINGS: usize = 32;
/// The evidence a candidate pair needs: one distinctive term or shared quote, or two common terms.
const ENOUGH: u16 = 2;
/// Sharing a long quote word for word is strong evidence of one story.
const SHARED_QUOTE_BONUS: f32 = 0.15;

/// `(score, a, b)` with `a < b` for every pair of `free` articles that share an indexed term or a
/// long quote and score at least `threshold`.
pub fn scored_pairs(
    free: &[usize],
    features: &[ArticleFeatures],
    quote_keys: &[&[u64]],
    threshold: f32,
) -> Vec<(f32, usize, usize)> {
    let n = features.len();
    let mut index: HashMap<TermId, Vec<u32>> = HashMap::default();
    let mut by_quote: HashMap<u64, Vec<u32>> = HashMap::default();
    let mut tops: Vec<Vec<TermId>> = vec![Vec::new(); n];
    // Choosing each article's heaviest terms is most of building the index: in parallel.
    let chosen: Vec<Vec<TermId>> = free.par_iter().map(|&i| heaviest(&features[i].vector)).collect();
    for (&i, top) in free.iter().zip(chosen) {
        for &term in &top {
            index.entry(term).or_default().push(i as u32);
        }
        tops[i] = top;
        for key in quote_keys[i] {
            by_quote.entry(*key).or_default().push(i as u32);
        }
    }
    // A term among the top terms of a large share of a corpus says little about any one story,
    // and would cost the square of its postings.
    let cap = (free.len() / 20).clamp(256, MAX_POSTINGS);
    let terms = features
        .iter()
        .flat_map(|f| f.vector.iter().chain(&f.names))
        .map(|&(t, _)| t as usize + 1)
        .max()
        .unwrap_or(0);
    free.par_iter()
        .map_init(
            || (vec![0u16; n], Vec::<u32>::new(), Dense::new(terms)),
            |(counts, touched, dense), &a| {
                dense.load(&features[a]);
                // (postings, evidence): a distinctive term or a shared quote proposes a pair on
                // its own; a common term needs a second one.
                let mut postings: Vec<(&[u32], u16)> = tops[a]
                    .iter()
                    .filter_map(|t| index.get(t))
                    .map(|l| (l.as_slice(), if l.len() <= DISTINCTIVE_POSTINGS { ENOUGH } else { 1 }))
                    .collect();
                postings.extend(
                    quote_keys[a]
                        .iter()
                        .filter_map(|k| by_quote.get(k))
                        .map(|l| (l.as_slice(), ENOUGH)),
                );
                for (list, evidence) in postings.into_iter().filter(|l| l.0.len() <= cap) {
                    for &b in list.iter().filter(|&&b| b as usize > a) {
                        if counts[b as usize] == 0 {
                            touched.push(b);
                        }
                        counts[b as usize] = counts[b as usize].saturating_add(evidence);
                    }
                }
                let mut out = Vec::new();
                for &b in touched.iter() {
                    let b = b as usize;
                    if std::mem::take(&mut counts[b]) < ENOUGH {
                        continue;
                    }
                    let shared_quote = quote_keys[a].iter().any(|k| quote_keys[b].contains(k));
                    let bonus = if shared_quote { SHARED_QUOTE_BONUS } else { 0.0 };
                    // Almost every candidate falls far short: a quick estimate turns those away,
                    // and the score kept is the exact one.
                    if dense.estimate(&features[b]) + bonus < threshold - ESTIMATE_SLACK {
                        continue;
                    }
                    let score = dense.similarity(&features[b]) + bonus;
                    if score >= threshold {
                        out.push((score, a, b));
                    }
                }
                touched.clear();
                dense.clear(&features[a]);
                out
            },
        )
        .flatten_iter()
        .collect()
}

/// The [`INDEX_TERMS`] heaviest terms of `vector`, heaviest first (the lower term first among
/// equal weights), in a list of its own size: one that kept the whole vector's buffer would hold
/// 14 MB of 10,000 articles'.
fn heaviest(vector: &[(TermId, f32)]) -> Vec<TermId> {
    let heavier = |x: &(TermId, f32), y: &(TermId, f32)| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0));
    let mut top = vector.to_vec();
    if top.len() > INDEX_TERMS {
        top.select_nth_unstable_by(INDEX_TERMS, heavier);
        top.truncate(INDEX_TERMS);
    }
    top.sort_unstable_by(heavier);
    top.iter().map(|&(t, _)| t).collect()
}

/// How far [`Dense::estimate`] may fall below the exact similarity: far more than the rounding
/// of a few hundred products of unit vectors' weights (each under 1, summing to at most 1) can
/// differ between two orders of summation (about 1e-5).
const ESTIMATE_SLACK: f32 = 1e-3;

/// One article's weights spread over arrays indexed by term, so scoring it against each candidate
/// is one pass over the candidate's terms instead of a merge of two sorted lists. The products are
/// the same and are summed in the same (term) order as [`super::similarity`], so scores are equal
/// to the bit: terms the article lacks add an exact zero.
struct Dense {
    vector: Vec<f32>,
    names: Vec<f32>,
}

impl Dense {
    fn new(terms: usize) -> Dense {
        Dense {
            vector: vec![0.0; terms],
            names: vec![0.0; terms],
        }
    }

    fn load(&mut self, f: &ArticleFeatures) {
        for &(t, w) in &f.vector {
            self.vector[t as usize] = w;
        }
        for &(t, w) in &f.names {
            self.names[t as usize] = w;
        }
    }

    fn clear(&mut self, f: &ArticleFeatures) {
        for &(t, _) in &f.vector {
            self.vector[t as usize] = 0.0;
        }
        for &(t, _) in &f.names {
            self.names[t as usize] = 0.0;
        }
    }

    /// [`Dense::similarity`] within [`ESTIMATE_SLACK`], faster.
    fn estimate(&self, b: &ArticleFeatures) -> f32 {
        0.5 * dot_estimate(&self.vector, &b.vector) + 0.5 * dot_estimate(&self.names, &b.names)
    }

    /// [`super::similarity`] of the loaded article and `b`.
    fn similarity(&self, b: &ArticleFeatures) -> f32 {
        0.5 * dot(&self.vector, &b.vector) + 0.5 * dot(&self.names, &b.names)
    }
}

/// [`dot`] summed in four independent lanes: the same products in another order, so within
/// rounding of it, and several times faster, as each addition need not wait for the one before.
fn dot_estimate(dense: &[f32], sparse: &[(TermId, f32)]) -> f32 {
    let mut lanes = [0.0f32; 4];
    let chunks = sparse.chunks_exact(4);
    let rest = chunks.remainder();
    for chunk in chunks {
        for (lane, &(t, w)) in lanes.iter_mut().zip(chunk) {
            *lane += dense[t as usize] * w;
        }
    }
    for (lane, &(t, w)) in lanes.iter_mut().zip(rest) {
        *lane += dense[t as usize] * w;
    }
    (lanes[0] + lanes[1]) + (lanes[2] + lanes[3])
}

fn dot(dense: &[f32], sparse: &[(TermId, f32)]) -> f32 {
    let mut sum = 0.0;
    for &(t, w) in sparse {
        sum += dense[t as usize] * w;
    }
    sum
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::features::normalize;

    #[test]
    fn dense_similarity_equals_sparse_similarity() {
        let f = |v: Vec<(TermId, f32)>, n: Vec<(TermId, f32)>| ArticleFeatures {
            vector: normalize(v),
            names: normalize(n),
            ..ArticleFeatures::default()
        };
        let a = f(vec![(1, 0.3), (4, 1.7), (9, 0.2)], vec![(4, 1.0)]);
        let b = f(vec![(0, 0.5), (4, 0.9), (9, 2.2), (12, 0.1)], vec![(4, 2.0), (12, 1.0)]);
        let mut dense = Dense::new(13);
        dense.load(&a);
        assert_eq!(
            dense.similarity(&b).to_bits(),
            super::super::similarity(&a, &b).to_bits()
        );
        dense.clear(&a);
        assert!(dense.vector.iter().chain(&dense.names).all(|&w| w == 0.0));
    }

    #[test]
    fn one_common_term_does_not_propose_a_pair_alone() {
        // Articles alike in names, each sharing the indexed terms `shared` and one of its own.
        let articles = |count: u32, shared: &[TermId]| -> Vec<ArticleFeatures> {
            (0..count)
                .map(|i| ArticleFeatures {
                    vector: normalize(shared.iter().chain([&(100 + i)]).map(|&t| (t, 1.0)).collect()),
                    names: normalize(vec![(1000, 1.0)]),
                    ..ArticleFeatures::default()
                })
                .collect()
        };
        let pairs = |features: &[ArticleFeatures]| {
            let free: Vec<usize> = (0..features.len()).collect();
            scored_pairs(&free, features, &vec![&[][..]; features.len()], 0.25).len()
        };
        let all = |n: usize| n * (n - 1) / 2;
        let distinctive = DISTINCTIVE_POSTINGS as u32;
        assert_eq!(pairs(&articles(distinctive, &[0])), all(DISTINCTIVE_POSTINGS));
        assert_eq!(pairs(&articles(distinctive + 1, &[0])), 0);
        assert_eq!(
            pairs(&articles(distinctive + 1, &[0, 1])),
            all(DISTINCTIVE_POSTINGS + 1)
        );
    }

    #[test]
    fn estimate_stays_within_its_slack() {
        // Long unit vectors with many shared terms: the most rounding two orders can differ by.
        let mut rng = crate::synth::Rng(7);
        let mut next = move || rng.below(1 << 20) as f32 / (1 << 20) as f32 + 0.01;
        for size in [1, 3, 4, 5, 50, 400, 2000] {
            let a: Vec<(TermId, f32)> = (0..size).map(|t| (t as TermId, next())).collect();
            let b: Vec<(TermId, f32)> = (0..size).map(|t| (t as TermId, next())).collect();
            let (a, b) = (normalize(a), normalize(b));
            let mut dense = Dense::new(size);
            dense.load(&ArticleFeatures {
                vector: a,
                ..ArticleFeatures::default()
            });
            let exact = dot(&dense.vector, &b);
            let estimate = dot_estimate(&dense.vector, &b);
            assert!(
                (exact - estimate).abs() < ESTIMATE_SLACK / 10.0,
                "{size}: {exact} {estimate}"
            );
        }
    }
}
