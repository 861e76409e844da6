//! Arithmetic on sparse vectors sorted by term id: unit length, dot products and cosines, and
//! the walk over the terms two vectors share that they are built on.

use super::SparseVec;
use crate::text::TermId;

/// Sort by term id and scale to unit length.
pub fn normalize(mut v: SparseVec) -> SparseVec {
    v.sort_unstable_by_key(|(id, _)| *id);
    let norm = unit_divisor(&v);
    for (_, w) in &mut v {
        *w /= norm;
    }
    v
}

/// What [`normalize`] divides a sorted vector's weights by: its length, or 1 (no change) for a
/// zero vector.
pub fn unit_divisor(v: &[(TermId, f32)]) -> f32 {
    let norm = v.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
    if norm > 0.0 { norm } else { 1.0 }
}

/// Cosine of two unit sparse vectors (their dot product).
pub fn cosine(a: &[(TermId, f32)], b: &[(TermId, f32)]) -> f32 {
    dot_with(a, b, |x, y| x * y)
}

/// The sum of `product` over the terms two sorted sparse vectors share, in term order.
pub fn dot_with(a: &[(TermId, f32)], b: &[(TermId, f32)], product: impl Fn(f32, f32) -> f32) -> f32 {
    let mut sum = 0.0;
    shared_terms(a, b, |x, y| sum += product(x, y));
    sum
}

/// Hand `visit` the weights (`a`'s first) of every term two sorted sparse vectors share, in term
/// order: a caller that needs several sums over the shared terms walks the vectors once.
pub fn shared_terms(a: &[(TermId, f32)], b: &[(TermId, f32)], mut visit: impl FnMut(f32, f32)) {
    // An article against a story's centroid, thousands of terms: each of the short one's terms is
    // looked for in the long one rather than walking all of it. The shared terms are the same and
    // come in the same order.
    if a.len().saturating_mul(GALLOP) < b.len() {
        return short_long(a, b, visit);
    }
    if b.len().saturating_mul(GALLOP) < a.len() {
        return short_long(b, a, |x, y| visit(y, x));
    }
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                visit(a[i].1, b[j].1);
                i += 1;
                j += 1;
            }
        }
    }
}

/// How many times longer one vector must be than the other for [`short_long`].
const GALLOP: usize = 8;

/// [`shared_terms`] of a short vector and a long one (`visit` takes the short one's weight
/// first): each term of the short one is found by an exponential search in the long one, from
/// where the last one was.
fn short_long(short: &[(TermId, f32)], long: &[(TermId, f32)], mut visit: impl FnMut(f32, f32)) {
    let mut from = 0;
    for &(term, weight) in short {
        let rest = long.get(from..).unwrap_or_default();
        let mut reach = 1;
        while reach <= rest.len() && rest[reach - 1].0 < term {
            reach *= 2;
        }
        from += rest[..reach.min(rest.len())].partition_point(|p| p.0 < term);
        match long.get(from) {
            Some(&(t, w)) if t == term => {
                visit(weight, w);
                from += 1;
            }
            Some(_) => {}
            None => break,
        }
    }
}
