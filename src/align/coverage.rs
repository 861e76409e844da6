//! Which sentences another article covers, without listing their counterparts: all a text
//! report prints of a story's alignment ("reported by one outlet only"), for part of the walk.

use super::postings::{Postings, tally_run};
use super::{MIXED, SentenceAlignment};
use crate::features::SparseVec;

/// Whether each distinct vector (numbered as in `unique`) has a counterpart in another article:
/// a vector scoring `enough` with it there, or its own copy when several articles print it
/// (`home` is [`MIXED`]).
///
/// A vector walks every posting of its terms but its own article's, and marks both ends of each
/// pair scoring enough; a vector already marked by an earlier walk needs no walk of its own, as
/// the later vectors that could be its only counterparts walk themselves. Most sentences of a
/// story are told by several outlets, so most walks are skipped. A pair's score is the same sum as
/// in the full walk: one product per shared term, in term order, whichever end walks.
pub(super) fn covered(
    unique: &[&SparseVec],
    home: &[u32],
    index: &Postings,
    enough: impl Fn(f32, u32, usize) -> bool,
) -> Vec<bool> {
    let mut covered: Vec<bool> = home.iter().map(|&h| h == MIXED).collect();
    let mut tally = vec![(0.0f32, 0u32); unique.len()];
    // A vector never meets itself (its own article's postings are skipped), so room for every
    // other vector is enough.
    let mut touched: Vec<u32> = vec![0; unique.len()];
    for (u, vector) in unique.iter().enumerate() {
        if covered[u] {
            continue;
        }
        let mut fresh = 0;
        for (&(_, weight), &term) in vector.iter().zip(&index.terms[u]) {
            for (ids, weights) in index.others(term, home[u]) {
                fresh = tally_run(&mut tally, &mut touched, fresh, weight, ids, weights);
            }
        }
        for &id in &touched[..fresh] {
            let (score, shared) = std::mem::take(&mut tally[id as usize]);
            if enough(score, shared, vector.len()) {
                covered[u] = true;
            }
            if enough(score, shared, unique[id as usize].len()) {
                covered[id as usize] = true;
            }
        }
    }
    covered
}

/// Each article's sentences (`sentences[k]` of member `k`) with their copy group and whether
/// another article covers them, from each distinct vector's `occurrences` (member position,
/// sentence), `group_of` copy group and `covered`.
pub(super) fn aligned(
    sentences: &[&[SparseVec]],
    occurrences: &[Vec<(u32, u32)>],
    group_of: &[Option<u32>],
    covered: &[bool],
) -> Vec<Vec<SentenceAlignment>> {
    let mut aligned: Vec<Vec<SentenceAlignment>> = sentences
        .iter()
        .map(|a| vec![SentenceAlignment::default(); a.len()])
        .collect();
    for ((occ, &copies), &covered) in occurrences.iter().zip(group_of).zip(covered) {
        for &(pos, s) in occ {
            aligned[pos as usize][s as usize] = SentenceAlignment {
                copies,
                covered,
                ..SentenceAlignment::default()
            };
        }
    }
    aligned
}
