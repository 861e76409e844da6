//! The inverted index alignment walks: each distinct sentence vector's terms numbered within the
//! story, and each term's postings ordered by home article, then by vector (vectors printed by
//! several articles last), read as the runs of later vectors of other articles.

use rustc_hash::FxHashMap;

use super::MIXED;
use crate::features::SparseVec;
use crate::text::TermId;

/// Every distinct vector's terms in one array, term by term, each term's postings ordered by home
/// article, then by vector (vectors printed by several articles last).
pub(super) struct Postings {
    /// Each distinct vector's terms, numbered within the story, in the vector's order.
    pub terms: Vec<Vec<u32>>,
    /// Where each story term's postings start in `postings`; one more entry for the end.
    starts: Vec<u32>,
    /// Home article, distinct vector and weight of each posting, side by side: the walk reads
    /// only the last two.
    homes: Vec<u32>,
    ids: Vec<u32>,
    weights: Vec<f32>,
    /// Where each story term's postings of vectors printed by several articles start.
    shared: Vec<u32>,
}

impl Postings {
    pub fn new(unique: &[&SparseVec], home: &[u32]) -> Postings {
        let mut number: FxHashMap<TermId, u32> = FxHashMap::default();
        let mut counts: Vec<u32> = Vec::new();
        let terms: Vec<Vec<u32>> = unique
            .iter()
            .map(|vector| {
                vector
                    .iter()
                    .map(|&(term, _)| {
                        let n = *number.entry(term).or_insert_with(|| {
                            counts.push(0);
                            (counts.len() - 1) as u32
                        });
                        counts[n as usize] += 1;
                        n
                    })
                    .collect()
            })
            .collect();
        let mut starts = Vec::with_capacity(counts.len() + 1);
        let mut total = 0u32;
        starts.push(0);
        for &c in &counts {
            total += c;
            starts.push(total);
        }
        let mut fill: Vec<u32> = starts[..counts.len()].to_vec();
        let mut postings = vec![(0, 0, 0.0); total as usize];
        for (u, vector) in unique.iter().enumerate() {
            for (&(_, weight), &term) in vector.iter().zip(&terms[u]) {
                postings[fill[term as usize] as usize] = (home[u], u as u32, weight);
                fill[term as usize] += 1;
            }
        }
        let shared = starts
            .windows(2)
            .map(|w| {
                let list = &mut postings[w[0] as usize..w[1] as usize];
                list.sort_by_key(|p| p.0);
                w[0] + list.partition_point(|p| p.0 < MIXED) as u32
            })
            .collect();
        Postings {
            terms,
            starts,
            homes: postings.iter().map(|p| p.0).collect(),
            ids: postings.iter().map(|p| p.1).collect(),
            weights: postings.iter().map(|p| p.2).collect(),
            shared,
        }
    }

    /// The postings of `term` the walk of distinct vector `u` reads, as two runs of (distinct
    /// vectors, weights): the vectors after it (the earlier ones scored their pair with it), but
    /// those printed only by its own article. `first` is the article `u` first occurs in, and
    /// `mixed` whether it occurs in several. Vectors are numbered in order of first occurrence, so
    /// a vector printed by one article `h` comes after `u` when `h` comes after `first`, or when it
    /// is `first` and, `u` being printed by several articles, its number is larger: in postings
    /// ordered by (home, vector), one run up to the shared vectors, then those after `u`.
    /// The walk asks in order of `u`, so where each run starts only moves forward: `at` keeps it.
    pub fn later(&self, at: &mut Cursors, term: u32, u: u32, first: u32, mixed: bool) -> [(&[u32], &[f32]); 2] {
        let t = term as usize;
        let (shared, end) = (self.shared[t] as usize, self.starts[t + 1] as usize);
        let lo = if mixed {
            advance(&mut at.mixed[t], shared, |k| (self.homes[k], self.ids[k]) <= (first, u))
        } else {
            advance(&mut at.single[t], shared, |k| self.homes[k] <= first)
        };
        let hi = advance(&mut at.shared[t], end, |k| self.ids[k] <= u);
        [
            (&self.ids[lo..shared], &self.weights[lo..shared]),
            (&self.ids[hi..end], &self.weights[hi..end]),
        ]
    }

    /// The postings of `term` but those of vectors printed only by article `home` (a vector's
    /// own article, which cannot hold its counterparts), as two runs of (distinct vectors,
    /// weights). `home` is [`MIXED`] for a vector printed by several articles: every posting.
    pub fn others(&self, term: u32, home: u32) -> [(&[u32], &[f32]); 2] {
        let t = term as usize;
        let (start, shared, end) = (
            self.starts[t] as usize,
            self.shared[t] as usize,
            self.starts[t + 1] as usize,
        );
        let homes = &self.homes[start..shared];
        let (a, b) = if home == MIXED {
            (shared, shared)
        } else {
            (
                start + homes.partition_point(|&h| h < home),
                start + homes.partition_point(|&h| h <= home),
            )
        };
        [
            (&self.ids[start..a], &self.weights[start..a]),
            (&self.ids[b..end], &self.weights[b..end]),
        ]
    }
}

/// Where a walk stands in each story term's postings, for [`Postings::later`]: past the vectors
/// of articles up to the current one's (`single`, for a vector printed by one article), past
/// those up to the current vector in its first article (`mixed`, for one printed by several),
/// and past the vectors printed by several articles up to the current one (`shared`).
pub(super) struct Cursors {
    single: Vec<u32>,
    mixed: Vec<u32>,
    shared: Vec<u32>,
}

impl Cursors {
    /// At the start of every list.
    pub fn new(index: &Postings) -> Cursors {
        let starts = &index.starts[..index.shared.len()];
        Cursors {
            single: starts.to_vec(),
            mixed: starts.to_vec(),
            shared: index.shared.clone(),
        }
    }
}

/// Move `cursor` forward while `behind` holds for it, up to `end`; where it stops.
fn advance(cursor: &mut u32, end: usize, behind: impl Fn(usize) -> bool) -> usize {
    let mut k = *cursor as usize;
    while k < end && behind(k) {
        k += 1;
    }
    *cursor = k as u32;
    k
}

/// Add `weight` times each posting's weight (`ids` and `weights`, a run of postings) to its
/// vector's (score, shared terms) tally, writing the vectors met for the first time into `touched`
/// from `fresh` on; returns where they end.
#[inline(always)]
pub(super) fn tally_run(
    tally: &mut [(f32, u32)],
    touched: &mut [u32],
    mut fresh: usize,
    weight: f32,
    ids: &[u32],
    weights: &[f32],
) -> usize {
    for (&id, &w) in ids.iter().zip(weights) {
        let t = &mut tally[id as usize];
        // Noted on its first product without a branch: whether a candidate is new is a coin
        // toss the processor would mispredict.
        touched[fresh] = id;
        fresh += usize::from(t.1 == 0);
        t.0 += weight * w;
        t.1 += 1;
    }
    fresh
}
