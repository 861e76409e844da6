//! One claim as comparison sees it: where it is from, and its subject's terms as interned ids.

use super::Claim;

/// A claim of one article of the story being compared.
pub struct Item<'a> {
    pub slot: usize,
    pub claim: usize,
    pub c: &'a Claim,
    /// The subject's terms as sorted ids interned per story: counting shared terms is
    /// the inner loop of grouping, and integers compare far faster than strings.
    pub terms: Vec<u32>,
}
