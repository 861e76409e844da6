//! Byte ranges into an article's cleaned text: the one currency every analysis result is paid in.

use serde::{Deserialize, Serialize};

/// A half-open byte range `start..end` into an article's cleaned text.
///
/// Every span produced by the analysis lies on `char` boundaries; [`Span::text`]
/// still slices with `str::get`, so a bad span yields `""` instead of a panic.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize)]
pub struct Span {
    /// First byte of the range.
    pub start: usize,
    /// One past the last byte of the range.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (swapped if given backwards).
    pub fn new(start: usize, end: usize) -> Self {
        if start <= end {
            Span { start, end }
        } else {
            Span { start: end, end: start }
        }
    }

    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// Whether the span covers no bytes.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The text this span covers, or `""` if it is out of range or off a char boundary.
    pub fn text<'a>(&self, source: &'a str) -> &'a str {
        source.get(self.start..self.end).unwrap_or("")
    }

    /// Whether `other` lies entirely inside this span.
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// Whether the two spans share at least one byte.
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// This span with leading and trailing whitespace of `source` removed.
    pub fn trim(&self, source: &str) -> Span {
        let text = self.text(source);
        let lead = text.len() - text.trim_start().len();
        let trimmed = text.trim();
        Span::new(self.start + lead, self.start + lead + trimmed.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_safe_off_boundaries() {
        let s = "é!";
        assert_eq!(Span::new(0, 2).text(s), "é");
        assert_eq!(Span::new(1, 2).text(s), "");
        assert_eq!(Span::new(0, 99).text(s), "");
    }

    #[test]
    fn trim_and_relations() {
        let s = "  hi  ";
        assert_eq!(Span::new(0, 6).trim(s), Span::new(2, 4));
        assert!(Span::new(0, 6).contains(Span::new(2, 4)));
        assert!(Span::new(0, 3).overlaps(Span::new(2, 4)));
        assert!(!Span::new(0, 2).overlaps(Span::new(2, 4)));
        assert_eq!(Span::new(5, 1), Span::new(1, 5));
    }
}
