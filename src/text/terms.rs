//! Words with spans, stop words and stemmed term ids: the vocabulary every similarity measure shares.

use std::sync::{Arc, RwLock};

use compact_str::CompactString;
use rust_stemmers::{Algorithm, Stemmer};
use rustc_hash::FxHashMap;

use crate::span::Span;

/// A common English word that carries no topic on its own.
pub const STOP_WORDS: &[&str] = &[
    "a",
    "about",
    "above",
    "according",
    "across",
    "after",
    "again",
    "against",
    "all",
    "also",
    "although",
    "am",
    "among",
    "an",
    "and",
    "another",
    "any",
    "are",
    "around",
    "as",
    "at",
    "back",
    "be",
    "because",
    "been",
    "before",
    "being",
    "below",
    "between",
    "both",
    "but",
    "by",
    "can",
    "could",
    "couldn",
    "d",
    "did",
    "didn",
    "do",
    "does",
    "doesn",
    "doing",
    "don",
    "down",
    "during",
    "each",
    "even",
    "every",
    "few",
    "for",
    "from",
    "further",
    "had",
    "has",
    "have",
    "having",
    "he",
    "her",
    "here",
    "hers",
    "herself",
    "him",
    "himself",
    "his",
    "how",
    "however",
    "i",
    "if",
    "in",
    "into",
    "is",
    "isn",
    "it",
    "its",
    "itself",
    "just",
    "like",
    "ll",
    "m",
    "many",
    "may",
    "me",
    "meanwhile",
    "might",
    "more",
    "most",
    "mr",
    "mrs",
    "ms",
    "much",
    "must",
    "my",
    "myself",
    "no",
    "nor",
    "not",
    "now",
    "of",
    "off",
    "on",
    "once",
    "one",
    "only",
    "or",
    "other",
    "our",
    "ours",
    "ourselves",
    "out",
    "over",
    "own",
    "per",
    "re",
    "s",
    "said",
    "same",
    "say",
    "says",
    "several",
    "she",
    "should",
    "shouldn",
    "since",
    "so",
    "some",
    "still",
    "such",
    "t",
    "than",
    "that",
    "the",
    "their",
    "theirs",
    "them",
    "themselves",
    "then",
    "there",
    "therefore",
    "these",
    "they",
    "this",
    "those",
    "though",
    "through",
    "thus",
    "to",
    "told",
    "too",
    "under",
    "until",
    "up",
    "upon",
    "us",
    "ve",
    "very",
    "via",
    "was",
    "wasn",
    "we",
    "well",
    "were",
    "weren",
    "what",
    "when",
    "where",
    "whether",
    "which",
    "while",
    "who",
    "whom",
    "whose",
    "why",
    "will",
    "with",
    "within",
    "without",
    "won",
    "would",
    "wouldn",
    "yet",
    "you",
    "your",
    "yours",
    "yourself",
];

/// Whether `lower` (already lowercase) is a stop word.
pub fn is_stop_word(lower: &str) -> bool {
    STOP_WORDS.binary_search(&lower).is_ok()
}

/// Words of `text` inside `span` (letters or digits, apostrophes kept), with their spans.
pub fn words(text: &str, span: Span) -> impl Iterator<Item = (Span, &str)> {
    let body = span.text(text);
    super::wordbreak::word_segments(body).map(move |(i, w)| (Span::new(span.start + i, span.start + i + w.len()), w))
}

/// Lowercase spellings with their term id and whether they are stop words. A spelling of up to 24
/// bytes (nearly every word) is kept inline in the table: a lookup compares it in place instead of
/// following a pointer to it, one cache miss fewer per word of the corpus.
type Spellings = FxHashMap<CompactString, (TermId, bool)>;

/// Dense id of a stemmed term in a [`Vocab`].
pub type TermId = u32;

/// Stems found by any of the vocabularies that read one corpus in parallel chunks: the chunks
/// share most of their words, and stemming is most of the cost of a new spelling.
#[derive(Default)]
pub struct SharedStems(RwLock<FxHashMap<CompactString, String>>);

impl SharedStems {
    /// The stem of the lower-case `spelling`, stemmed by whichever vocabulary met it first.
    fn stem(&self, stemmer: &Stemmer, spelling: &str) -> String {
        // A lock poisoned by a panic elsewhere only costs the look-up: the stem is computed.
        if let Ok(known) = self.0.read()
            && let Some(stem) = known.get(spelling)
        {
            return stem.clone();
        }
        let stem = stemmer.stem(spelling).into_owned();
        if let Ok(mut known) = self.0.write() {
            known.insert(CompactString::from(spelling), stem.clone());
        }
        stem
    }
}

/// Stems words once per distinct spelling and hands out dense term ids.
///
/// Stemming dominates the cost of the pipeline on large corpora, so every distinct lowercase spelling
/// is stemmed exactly once and remembered; stop words map to `None`.
pub struct Vocab {
    stemmer: Stemmer,
    /// Stems already found by the other vocabularies reading the same corpus, if any.
    shared: Option<Arc<SharedStems>>,
    /// Lowercase spelling to (term id, is a stop word).
    spelling: Spellings,
    stems: FxHashMap<String, TermId>,
    names: Vec<String>,
    buffer: String,
}

impl Default for Vocab {
    fn default() -> Self {
        Vocab {
            stemmer: Stemmer::create(Algorithm::English),
            shared: None,
            spelling: FxHashMap::default(),
            stems: FxHashMap::default(),
            names: Vec::new(),
            buffer: String::new(),
        }
    }
}

impl Vocab {
    /// An empty vocabulary.
    pub fn new() -> Self {
        Self::default()
    }

    /// An empty vocabulary that looks stems up in, and adds them to, `shared`.
    pub fn sharing(shared: Arc<SharedStems>) -> Self {
        Vocab {
            shared: Some(shared),
            ..Self::default()
        }
    }

    /// The term id of any word, stop words included, and whether it is a stop word (stemmed once
    /// per spelling). [`Vocab::term`] gives content words only.
    pub fn token(&mut self, word: &str) -> (TermId, bool) {
        // Most words are their own folded spelling: those are looked up without copying them.
        if word.bytes().all(|b| FOLDED[usize::from(b)])
            && !word.ends_with("'s")
            && let Some(known) = self.spelling.get(word)
        {
            return *known;
        }
        fold(word, &mut self.buffer);
        if let Some(known) = self.spelling.get(self.buffer.as_str()) {
            return *known;
        }
        let key = CompactString::from(self.buffer.as_str());
        let stop = is_stop_word(&key) || key.chars().all(|c| !c.is_alphanumeric());
        let stem = match &self.shared {
            Some(shared) => shared.stem(&self.stemmer, &key),
            None => self.stemmer.stem(&key).into_owned(),
        };
        let next = self.names.len() as TermId;
        let id = *self.stems.entry(stem.clone()).or_insert(next);
        if id == next {
            self.names.push(stem);
        }
        self.spelling.insert(key, (id, stop));
        (id, stop)
    }

    /// The term id of one word, or `None` for stop words.
    pub fn term(&mut self, word: &str) -> Option<TermId> {
        let (id, stop) = self.token(word);
        (!stop).then_some(id)
    }

    /// The stems indexed by term id.
    pub fn into_stems(self) -> Vec<String> {
        self.names
    }

    /// The stem behind a term id.
    pub fn stem(&self, id: TermId) -> &str {
        self.names.get(id as usize).map_or("", String::as_str)
    }

    /// Number of distinct terms.
    pub fn len(&self) -> usize {
        self.names.len()
    }

    /// Whether no term has been seen.
    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }
}

/// The bytes that [`fold`] leaves as they are in an ASCII word: every ASCII byte but the
/// upper-case letters. Looked up, as every word of the corpus is checked byte by byte.
const FOLDED: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 128 {
        table[b] = !(b as u8).is_ascii_uppercase();
        b += 1;
    }
    table
};

/// The spelling a word is looked up by: lowercase, curly apostrophes straightened, a possessive
/// `'s` dropped.
fn fold(word: &str, buffer: &mut String) {
    buffer.clear();
    if word.is_ascii() {
        // Most words: ASCII lowercasing is what `char::to_lowercase` does to them.
        buffer.push_str(word);
        buffer.make_ascii_lowercase();
    } else {
        for c in word.chars() {
            // Curly apostrophes and straight ones are the same word; possessives fold away.
            let c = if c == '’' { '\'' } else { c };
            buffer.extend(c.to_lowercase());
        }
    }
    if let Some(stripped) = buffer.strip_suffix("'s") {
        let keep = stripped.len();
        buffer.truncate(keep);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stop_words_are_sorted_for_binary_search() {
        let mut sorted = STOP_WORDS.to_vec();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted, STOP_WORDS);
    }

    #[test]
    fn words_keep_spans_and_apostrophes() {
        let text = "Lima’s plan: 2.5 tonnes, we’ll see!";
        let got: Vec<&str> = words(text, Span::new(0, text.len()))
            .map(|(s, _)| s.text(text))
            .collect();
        assert_eq!(got, vec!["Lima’s", "plan", "2.5", "tonnes", "we’ll", "see"]);
    }

    #[test]
    fn vocabularies_sharing_stems_stem_alike() {
        let shared = Arc::new(SharedStems::default());
        let mut first = Vocab::sharing(Arc::clone(&shared));
        let mut second = Vocab::sharing(shared);
        let mut alone = Vocab::new();
        for word in ["running", "Runs", "talks", "talked", "the", "Lima’s", "talks"] {
            let (id, stop) = alone.token(word);
            for vocab in [&mut first, &mut second] {
                let (shared_id, shared_stop) = vocab.token(word);
                assert_eq!((vocab.stem(shared_id), shared_stop), (alone.stem(id), stop), "{word}");
            }
        }
    }

    #[test]
    fn vocab_stems_and_skips_stop_words() {
        let mut v = Vocab::new();
        let text = "The officials agreed; an official agrees. Mensah's Mensah’s";
        let ids: Vec<TermId> = words(text, Span::new(0, text.len()))
            .filter_map(|(_, w)| v.term(w))
            .collect();
        assert_eq!(ids.len(), 6);
        assert_eq!(ids[0], ids[2]); // officials / official
        assert_eq!(ids[1], ids[3]); // agreed / agrees
        assert_eq!(ids[4], ids[5]); // both possessives
        assert_eq!(v.stem(ids[1]), "agre");
    }
}
