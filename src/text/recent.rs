//! A bounded memo from texts to what was read from them, for the paragraphs and sentences that
//! wire copy reprints in many articles and outlets repeat on every page.

use std::hash::BuildHasher;

use hashbrown::HashTable;
use rustc_hash::FxBuildHasher;

/// Bytes of text each memo of the pipeline keeps (lines, paragraphs, sentences, quotes): a quarter
/// megabyte, the text of some fifty articles. Texts are read while every article of the corpus is
/// held, the run's peak, so the memos stay small; a megabyte found no more copies in the first
/// 2,000 files of the synthetic benchmark corpus, 64 KiB missed some.
pub const MEMO_BYTES: usize = 1 << 18;

/// A remembered text: its hash, and where it and its values are kept.
struct Seen {
    hash: u64,
    text: (usize, usize),
    values: (usize, usize),
}

/// Values read from recent texts, kept in two arenas (the texts, the values) indexed by a hash
/// table: most texts are read once, and remembering one then costs a hash and two copies rather
/// than allocations of its own. Everything is forgotten when the texts kept would pass a bound.
pub struct Recent<T> {
    table: HashTable<Seen>,
    texts: String,
    values: Vec<T>,
    most_bytes: usize,
}

impl<T> Recent<T> {
    /// A memo keeping at most `most_bytes` of text.
    pub const fn new(most_bytes: usize) -> Self {
        Recent {
            table: HashTable::new(),
            texts: String::new(),
            values: Vec::new(),
            most_bytes,
        }
    }

    /// The values read from `text`, by `read` (which appends them to the vector it is given) the
    /// first time `text` is met since the memo last started again.
    pub fn get_or_read(&mut self, text: &str, read: impl FnOnce(&mut Vec<T>)) -> &[T] {
        let hash = FxBuildHasher.hash_one(text);
        let texts = &self.texts;
        let found = self
            .table
            .find(hash, |seen| texts.get(seen.text.0..seen.text.1) == Some(text))
            .map(|seen| seen.values);
        if let Some((start, end)) = found {
            return self.values.get(start..end).unwrap_or_default();
        }
        if self.texts.len() + text.len() > self.most_bytes {
            self.table.clear();
            self.texts.clear();
            self.values.clear();
        }
        let start = self.values.len();
        read(&mut self.values);
        let kept = (self.texts.len(), self.texts.len() + text.len());
        self.texts.push_str(text);
        let values = (start, self.values.len());
        self.table.insert_unique(
            hash,
            Seen {
                hash,
                text: kept,
                values,
            },
            |seen| seen.hash,
        );
        self.values.get(start..).unwrap_or_default()
    }

    /// Bytes of text kept.
    pub fn bytes(&self) -> usize {
        self.texts.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_are_read_once_until_the_bound() {
        let mut recent: Recent<usize> = Recent::new(64);
        let mut reads = 0;
        let mut lengths = |recent: &mut Recent<usize>, text: &str| {
            recent
                .get_or_read(text, |out| {
                    reads += 1;
                    out.extend(text.split(' ').map(str::len));
                })
                .to_vec()
        };
        assert_eq!(lengths(&mut recent, "one three"), vec![3, 5]);
        assert_eq!(lengths(&mut recent, ""), vec![0]);
        assert_eq!(lengths(&mut recent, "one three"), vec![3, 5]);
        assert_eq!(lengths(&mut recent, "one thre"), vec![3, 4]);
        let long = "x".repeat(60);
        assert_eq!(lengths(&mut recent, &long), vec![60]);
        assert!(recent.bytes() <= 64);
        assert_eq!(lengths(&mut recent, "one three"), vec![3, 5]);
        // Six texts, one of them met again before the bound cleared the memo.
        assert_eq!(reads, 5);
    }
}
