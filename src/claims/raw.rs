//! A matcher's raw find, before it is framed as a claim: shared by every matcher and by
//! extraction, so that no matcher imports the extraction that calls it.

use super::ClaimKind;
use super::value::Value;

/// A matcher's find: token range `start..end` of the phrase, the token of its value
/// (`anchor`) and, when known, the token of the noun it measures (`head`).
#[derive(Debug, Clone, PartialEq)]
pub struct Raw {
    pub kind: ClaimKind,
    pub value: Value,
    pub start: usize,
    pub end: usize,
    pub anchor: usize,
    pub head: Option<usize>,
}

impl Raw {
    pub fn new(kind: ClaimKind, value: Value, start: usize, end: usize, anchor: usize, head: Option<usize>) -> Self {
        Raw {
            kind,
            value,
            start: start.min(anchor),
            end: end.max(anchor + 1),
            anchor,
            head,
        }
    }
}
