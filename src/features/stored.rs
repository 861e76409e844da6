//! The terms of an article's sentences and quotes, kept from the moment the corpus is weighed until
//! its story is analysed: read once with the rest of the corpus, so a story's analysis does not
//! split its texts into words again, and stored as variable-length deltas, about a third of the
//! room of plain term ids, since every article's are held at once.

use crate::shared::QuoteTokens;
use crate::text::TermId;

/// What a story's analysis compares of one article: its sentences' and quotes' terms.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ArticleTerms {
    /// Each sentence's distinct terms, sorted.
    pub sentences: SentenceTerms,
    /// Each quote's normalized wording, in the article's quote order.
    pub quotes: Vec<QuoteTokens>,
}

/// The sorted distinct terms of each sentence of an article, packed one after the other: one
/// allocation per article instead of one per sentence.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SentenceTerms {
    terms: Vec<TermId>,
    /// Where each sentence's terms end in `terms`.
    ends: Vec<u32>,
}

impl SentenceTerms {
    /// Add one sentence's terms (any order, repeats allowed).
    pub(super) fn push(&mut self, terms: &mut Vec<TermId>) {
        terms.sort_unstable();
        terms.dedup();
        self.terms.extend_from_slice(terms);
        self.ends.push(self.terms.len() as u32);
    }

    /// Translate every term through `map` (one-to-one), each sentence sorted again.
    fn remap(&mut self, map: &[TermId]) {
        let mut start = 0;
        for &end in &self.ends {
            let sentence = &mut self.terms[start..end as usize];
            sentence.iter_mut().for_each(|id| *id = translate(map, *id));
            sentence.sort_unstable();
            start = end as usize;
        }
    }

    /// Each sentence's terms, in sentence order.
    pub fn iter(&self) -> impl Iterator<Item = &[TermId]> {
        let starts = std::iter::once(0).chain(self.ends.iter().copied());
        starts
            .zip(&self.ends)
            .map(|(a, &b)| &self.terms[a as usize..b as usize])
    }

    /// Number of sentences.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// Whether there is no sentence.
    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }
}

/// [`ArticleTerms`] in one buffer: counts, then sorted lists as a first id and gaps, quote
/// wordings as ids, each number in LEB128 (7 bits a byte), so most take one or two bytes.
#[derive(Debug, Clone, Default)]
pub(super) struct StoredTerms(Box<[u8]>);

impl StoredTerms {
    /// `terms`, stored.
    pub fn new(terms: &ArticleTerms) -> StoredTerms {
        let mut out = Vec::new();
        put(&mut out, terms.sentences.len() as u32);
        for sentence in terms.sentences.iter() {
            put_sorted(&mut out, sentence);
        }
        put(&mut out, terms.quotes.len() as u32);
        for quote in &terms.quotes {
            put(&mut out, quote.all.len() as u32);
            quote.all.iter().for_each(|&id| put(&mut out, id));
            put_sorted(&mut out, &quote.content);
        }
        StoredTerms(out.into_boxed_slice())
    }

    /// The terms as they were stored, each id translated through `map` (one-to-one; ids it does
    /// not reach are kept). The bytes were written by [`StoredTerms::new`] in this process; were
    /// they ever cut short, the lists end where the bytes do.
    pub fn get(&self, map: &[TermId]) -> ArticleTerms {
        let mut terms = self.read();
        terms.sentences.remap(map);
        for quote in &mut terms.quotes {
            quote.all.iter_mut().for_each(|id| *id = translate(map, *id));
            quote.content.iter_mut().for_each(|id| *id = translate(map, *id));
            quote.content.sort_unstable();
        }
        terms
    }

    /// The terms as stored.
    fn read(&self) -> ArticleTerms {
        let mut bytes = Reader(&self.0);
        let mut sentences = SentenceTerms::default();
        let count = bytes.next();
        sentences.ends.reserve(bytes.bounded(count));
        bytes.repeat(count, |bytes| {
            bytes.sorted_into(&mut sentences.terms);
            sentences.ends.push(sentences.terms.len() as u32);
        });
        let count = bytes.next();
        let mut quotes = Vec::with_capacity(bytes.bounded(count));
        bytes.repeat(count, |bytes| {
            let mut quote = QuoteTokens::default();
            let len = bytes.next();
            quote.all.reserve(bytes.bounded(len));
            bytes.repeat(len, |bytes| quote.all.push(bytes.next()));
            bytes.sorted_into(&mut quote.content);
            quotes.push(quote);
        });
        ArticleTerms { sentences, quotes }
    }
}

/// `id` in `map`'s numbering.
fn translate(map: &[TermId], id: TermId) -> TermId {
    map.get(id as usize).copied().unwrap_or(id)
}

/// Append `value` in LEB128.
fn put(out: &mut Vec<u8>, mut value: u32) {
    while value >= 0x80 {
        out.push((value as u8 & 0x7f) | 0x80);
        value >>= 7;
    }
    out.push(value as u8);
}

/// Append a sorted list: its length, its first id, then each gap to the one before.
fn put_sorted(out: &mut Vec<u8>, ids: &[TermId]) {
    put(out, ids.len() as u32);
    let mut previous = 0;
    for &id in ids {
        put(out, id - previous);
        previous = id;
    }
}

/// Reads numbers back; past the end every number is 0.
struct Reader<'a>(&'a [u8]);

impl Reader<'_> {
    /// `count` items, at most one per byte left: room to reserve.
    fn bounded(&self, count: u32) -> usize {
        (count as usize).min(self.0.len())
    }

    fn next(&mut self) -> u32 {
        let mut value = 0u32;
        for shift in (0..35).step_by(7) {
            let Some((&byte, rest)) = self.0.split_first() else {
                return value;
            };
            self.0 = rest;
            value |= u32::from(byte & 0x7f).wrapping_shl(shift);
            if byte < 0x80 {
                break;
            }
        }
        value
    }

    /// Read `count` items with `item`, or as many as the bytes left hold.
    fn repeat(&mut self, count: u32, mut item: impl FnMut(&mut Self)) {
        for _ in 0..count {
            if self.0.is_empty() {
                return;
            }
            item(self);
        }
    }

    /// A list written by [`put_sorted`], appended to `out`.
    fn sorted_into(&mut self, out: &mut Vec<TermId>) {
        let len = self.next();
        out.reserve(self.bounded(len));
        let mut id = 0u32;
        self.repeat(len, |bytes| {
            id = id.wrapping_add(bytes.next());
            out.push(id);
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> ArticleTerms {
        let mut sentences = SentenceTerms::default();
        for terms in [vec![5, 1, 300_000, 1], vec![], vec![u32::MAX, 0, 127, 128]] {
            sentences.push(&mut terms.clone());
        }
        let quotes = vec![
            QuoteTokens {
                all: vec![9, 2, 9, 70_000],
                content: vec![2, 70_000],
            },
            QuoteTokens::default(),
        ];
        ArticleTerms { sentences, quotes }
    }

    #[test]
    fn stored_terms_come_back_as_they_were() {
        let terms = sample();
        assert_eq!(StoredTerms::new(&terms).read(), terms);
        assert_eq!(StoredTerms::new(&terms).get(&[]), terms);
        assert_eq!(
            StoredTerms::new(&ArticleTerms::default()).read(),
            ArticleTerms::default()
        );
        let lists: Vec<&[TermId]> = terms.sentences.iter().collect();
        assert_eq!(lists, [&[1, 5, 300_000][..], &[], &[0, 127, 128, u32::MAX]]);
    }

    #[test]
    fn small_ids_and_gaps_take_one_byte() {
        let mut sentences = SentenceTerms::default();
        sentences.push(&mut vec![3, 10, 100, 120]);
        let stored = StoredTerms::new(&ArticleTerms {
            sentences,
            quotes: Vec::new(),
        });
        // Sentence count, list length, four ids, quote count.
        assert_eq!(stored.0.len(), 7);
    }

    #[test]
    fn cut_bytes_give_shorter_lists_not_a_panic() {
        let full = StoredTerms::new(&sample());
        for cut in 0..full.0.len() {
            let cut = StoredTerms(full.0[..cut].into());
            let terms = cut.get(&[]);
            assert!(terms.sentences.len() <= 3 && terms.quotes.len() <= 2);
        }
    }
}
