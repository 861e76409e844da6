//! Similarity features: idf-weighted term vectors of articles (for story grouping) and, story by
//! story, of sentences and quotes; and their cosine.

use std::hash::{DefaultHasher, Hash, Hasher};
use std::sync::Arc;

use rustc_hash::FxHashMap;

use crate::article::Article;
use rayon::prelude::*;

use crate::text::{SharedStems, TermId, Vocab};
use furniture::site_furniture;
use repeats::Repeats;
use stored::StoredTerms;
pub use stored::{ArticleTerms, SentenceTerms};

mod furniture;
mod repeats;
mod sparse;
mod stored;

/// A sparse vector sorted by term id.
pub type SparseVec = Vec<(TermId, f32)>;

pub use sparse::{cosine, dot_with, normalize, shared_terms, unit_divisor};

/// Quotes at least this many words long identify a story when two articles share them verbatim.
pub const LONG_QUOTE_WORDS: usize = 6;

/// Term features of one article, for grouping articles into stories.
#[derive(Debug, Clone, Default)]
pub struct ArticleFeatures {
    /// Sublinear tf-idf over the whole text, L2-normalized.
    pub vector: SparseVec,
    /// Names (capitalized words inside sentences), idf-weighted and L2-normalized: the people,
    /// places and organisations that make a story recognisable across outlets.
    pub names: SparseVec,
    /// One key per quote of at least [`LONG_QUOTE_WORDS`] words: equal keys, equal stemmed wording.
    pub quote_keys: Vec<u64>,
}

/// Capitalized words that are calendar or title words, not names of anything a story is about.
const NOT_NAMES: &[&str] = &[
    "april",
    "august",
    "december",
    "february",
    "friday",
    "january",
    "july",
    "june",
    "march",
    "monday",
    "november",
    "october",
    "saturday",
    "september",
    "sunday",
    "thursday",
    "tuesday",
    "wednesday",
    "president",
    "minister",
    "prime",
    "secretary",
    "chancellor",
    "mayor",
    "governor",
    "senator",
    "sen",
    "rep",
    "gen",
    "dr",
    "mr",
    "mrs",
    "ms",
    "sir",
    "lord",
    "king",
    "queen",
    "chief",
    "officials",
    "state",
];

/// Features of a whole corpus, computed in two passes (term counts, then idf weighting).
#[derive(Debug, Default)]
pub struct Features {
    /// Per article, in corpus order.
    pub articles: Vec<ArticleFeatures>,
    /// Inverse document frequency per term id.
    pub idf: Vec<f32>,
    /// Per article, in corpus order, its sentences' and quotes' terms until its story is analysed,
    /// numbered as in the vocabulary of the chunk it was read in.
    terms: Vec<StoredTerms>,
    /// Articles read per chunk, and each chunk's term ids in corpus-wide numbering.
    chunk: usize,
    maps: Vec<Vec<TermId>>,
    /// Per article, its sentences that are its outlet's furniture (see [`furniture`]), ascending.
    furniture: Vec<Vec<u32>>,
}

/// Names carry more of a story's identity than common words.
const NAME_BOOST: f32 = 1.5;

/// Term counts of one article, with ids from the vocabulary of the chunk it was read in.
struct Raw {
    tf: Vec<(TermId, f32)>,
    names: Vec<(TermId, f32)>,
    quote_keys: Vec<u64>,
    /// Kept stored from the start: every article's are held at once.
    terms: StoredTerms,
}

/// Per-term counters of the article being read, indexed by chunk-local term id and reused from
/// one article to the next (counts are sums of 1 and 1.5, exact in any order).
#[derive(Default)]
struct Counts {
    tf: Vec<f32>,
    names: Vec<f32>,
    touched: Vec<TermId>,
    /// Per term, whether it is among [`NOT_NAMES`]: 0 not yet asked, 1 yes, 2 no.
    not_name: Vec<u8>,
}

impl Counts {
    fn add(&mut self, id: TermId, tf: f32, name: bool) {
        let i = id as usize;
        if i >= self.tf.len() {
            self.tf.resize(i + 1, 0.0);
            self.names.resize(i + 1, 0.0);
        }
        if self.tf[i] == 0.0 {
            self.touched.push(id);
        }
        self.tf[i] += tf;
        if name {
            self.names[i] += 1.0;
        }
    }

    /// Whether term `id` is among [`NOT_NAMES`], looked up once per term of the chunk.
    fn not_name(&mut self, id: TermId, vocab: &Vocab) -> bool {
        let i = id as usize;
        if i >= self.not_name.len() {
            self.not_name.resize(i + 1, 0);
        }
        if self.not_name[i] == 0 {
            self.not_name[i] = if NOT_NAMES.contains(&vocab.stem(id)) { 1 } else { 2 };
        }
        self.not_name[i] == 1
    }

    /// The counts so far as sparse lists (term frequencies, names), counters reset.
    fn take(&mut self) -> (SparseVec, SparseVec) {
        let mut tf = Vec::with_capacity(self.touched.len());
        let mut names = Vec::new();
        for &id in &self.touched {
            let i = id as usize;
            tf.push((id, std::mem::take(&mut self.tf[i])));
            let n = std::mem::take(&mut self.names[i]);
            if n > 0.0 {
                names.push((id, n));
            }
        }
        self.touched.clear();
        (tf, names)
    }
}

impl Raw {
    /// Count the terms of `article`'s sentences but those numbered in `furniture` (ascending),
    /// whose terms are only kept with the others for a story's analysis.
    fn read(
        article: &Article,
        furniture: &[u32],
        vocab: &mut Vocab,
        counts: &mut Counts,
        repeats: &mut Repeats,
    ) -> Raw {
        let mut furniture = furniture.iter().peekable();
        let mut sentences = SentenceTerms::default();
        let mut terms = Vec::new();
        for (s, sentence) in article.sentences.iter().enumerate() {
            let counted = furniture.next_if(|&&f| f as usize == s).is_none();
            for &(id, flags) in repeats.sentence(sentence.span.text(&article.text), vocab) {
                terms.push(id);
                if counted {
                    let capital = flags & repeats::CAPITAL != 0;
                    // The first word of a sentence is capitalized whatever it is.
                    let name = capital && flags & repeats::INNER != 0 && !counts.not_name(id, vocab);
                    counts.add(id, if capital { NAME_BOOST } else { 1.0 }, name);
                }
            }
            sentences.push(&mut terms);
            terms.clear();
        }
        // Long quotes are kept as keys, made of stems since term ids are not yet corpus-wide.
        let mut quote_keys = Vec::new();
        let mut quotes = Vec::with_capacity(article.quotes.len());
        for quote in &article.quotes {
            let tokens = repeats.quote(&article.text, quote.span, vocab);
            if tokens.all.len() >= LONG_QUOTE_WORDS {
                let mut h = DefaultHasher::new();
                for &id in &tokens.all {
                    vocab.stem(id).hash(&mut h);
                }
                quote_keys.push(h.finish());
            }
            quotes.push(tokens);
        }
        let (tf, names) = counts.take();
        Raw {
            tf,
            names,
            quote_keys,
            terms: StoredTerms::new(&ArticleTerms { sentences, quotes }),
        }
    }

    /// Translate chunk-local term ids into corpus-wide ones.
    fn remap(&mut self, map: &[TermId]) {
        let m = |id: &mut TermId| *id = map[*id as usize];
        self.tf.iter_mut().for_each(|(id, _)| m(id));
        self.names.iter_mut().for_each(|(id, _)| m(id));
    }
}

impl Features {
    /// Compute features for every article.
    ///
    /// Articles are read in parallel chunks, each with its own vocabulary (stemming is the costly
    /// part and is cached per spelling); the chunks' term ids are then mapped onto one corpus-wide
    /// numbering before idf weighting. Sentences an outlet repeats across its articles (see
    /// [`furniture`]) are not counted.
    pub fn compute(articles: &[Article]) -> Features {
        let furniture = site_furniture(articles);
        let chunk = chunk_size(articles.len());
        let stems = Arc::new(SharedStems::default());
        let chunks: Vec<Chunk> = articles
            .par_chunks(chunk)
            .zip(furniture.par_chunks(chunk))
            .map(|(part, furniture)| read_chunk(part.iter(), furniture, &stems, |a| a, |_| ()).0)
            .collect();
        Features::merge(chunks, articles.len(), chunk, furniture)
    }

    /// [`Features::compute`], handing each article to `then` as soon as its terms are read, in the
    /// same pass (its results by corpus index). A caller that packs the texts away this way never
    /// holds every text and every article's terms at once: that moment was the corpus-wide peak.
    pub fn compute_then<T: Send>(
        articles: &mut [Article],
        then: impl Fn(&mut Article) -> T + Sync,
    ) -> (Features, Vec<T>) {
        let furniture = site_furniture(articles);
        let chunk = chunk_size(articles.len());
        let stems = Arc::new(SharedStems::default());
        let read: Vec<(Chunk, Vec<T>)> = articles
            .par_chunks_mut(chunk)
            .zip(furniture.par_chunks(chunk))
            .map(|(part, furniture)| read_chunk(part.iter_mut(), furniture, &stems, |a| &**a, &then))
            .collect();
        let mut chunks = Vec::with_capacity(read.len());
        let mut after = Vec::with_capacity(articles.len());
        for (read, done) in read {
            chunks.push(read);
            after.extend(done);
        }
        (Features::merge(chunks, articles.len(), chunk, furniture), after)
    }

    /// The chunks' terms (each chunk's stems and its articles' counts, in corpus order) mapped onto
    /// one corpus-wide numbering and weighed by idf over the `n` articles.
    fn merge(mut chunks: Vec<Chunk>, n: usize, chunk: usize, furniture: Vec<Vec<u32>>) -> Features {
        let mut global: FxHashMap<String, TermId> = FxHashMap::default();
        let maps: Vec<Vec<TermId>> = chunks
            .iter_mut()
            .map(|(stems, _)| {
                std::mem::take(stems)
                    .into_iter()
                    .map(|stem| {
                        let next = global.len() as TermId;
                        *global.entry(stem).or_insert(next)
                    })
                    .collect()
            })
            .collect();
        let terms = global.len();
        drop(global);
        let raws: Vec<Raw> = chunks
            .into_par_iter()
            .zip(maps.par_iter())
            .flat_map_iter(|((_, raws), map)| {
                raws.into_iter().map(move |mut raw| {
                    raw.remap(map);
                    raw
                })
            })
            .collect();
        let mut df = vec![0u32; terms];
        for raw in &raws {
            for (id, _) in &raw.tf {
                df[*id as usize] += 1;
            }
        }
        // Smoothed idf keeps terms shared by every article of a small corpus above zero: with three
        // articles on one story, their common names are exactly what makes them one story.
        let n = n as f32;
        let idf: Vec<f32> = df.iter().map(|&d| ((n + 1.0) / (d as f32 + 1.0)).ln() + 1.0).collect();
        let weigh = |counts: Vec<(TermId, f32)>| {
            normalize(
                counts
                    .into_iter()
                    .map(|(id, c)| (id, (1.0 + c.ln()) * idf[id as usize]))
                    .collect(),
            )
        };
        let (articles, terms) = raws
            .into_par_iter()
            .map(|raw| {
                let features = ArticleFeatures {
                    vector: weigh(raw.tf),
                    names: weigh(raw.names),
                    quote_keys: raw.quote_keys,
                };
                (features, raw.terms)
            })
            .unzip();
        Features {
            articles,
            idf,
            terms,
            chunk,
            maps,
            furniture,
        }
    }
}

/// One chunk of articles read with one vocabulary: its stems (by chunk-local term id) and its
/// articles' counts, in corpus order.
type Chunk = (Vec<String>, Vec<Raw>);

/// Read the terms of one chunk's articles (`part`, with their `furniture`) with one vocabulary
/// (its stems shared with the other chunks' through `stems`), handing each article to `then`
/// right after its terms are read.
fn read_chunk<A, T>(
    part: impl Iterator<Item = A>,
    furniture: &[Vec<u32>],
    stems: &Arc<SharedStems>,
    article: impl Fn(&A) -> &Article,
    mut then: impl FnMut(A) -> T,
) -> (Chunk, Vec<T>) {
    let mut vocab = Vocab::sharing(Arc::clone(stems));
    let mut counts = Counts::default();
    let mut repeats = Repeats::default();
    let (raws, after) = part
        .zip(furniture)
        .map(|(a, furniture)| {
            let raw = Raw::read(article(&a), furniture, &mut vocab, &mut counts, &mut repeats);
            (raw, then(a))
        })
        .unzip();
    ((vocab.into_stems(), raws), after)
}

/// Articles per chunk read with one vocabulary: a few chunks per thread balance the load, and
/// each chunk stems its distinct spellings once.
fn chunk_size(articles: usize) -> usize {
    (articles / (rayon::current_num_threads() * 4)).max(32)
}

impl Features {
    /// Free every article's term and name vectors (story grouping is done with them).
    pub fn drop_vectors(&mut self) {
        for f in &mut self.articles {
            f.vector = SparseVec::new();
            f.names = SparseVec::new();
        }
    }

    /// The sentences of article `a` that are its outlet's furniture (see [`furniture`]), ascending.
    pub fn furniture(&self, a: usize) -> &[u32] {
        self.furniture.get(a).map_or(&[], Vec::as_slice)
    }

    /// The terms of article `a`'s sentences and quotes, as they were read for the corpus (none
    /// once released).
    pub fn terms(&self, a: usize) -> ArticleTerms {
        match (self.terms.get(a), self.maps.get(a / self.chunk.max(1))) {
            (Some(stored), Some(map)) => stored.get(map),
            _ => ArticleTerms::default(),
        }
    }

    /// Let go of the terms of article `a`, whose story was analysed for the last time.
    pub fn release_terms(&mut self, a: usize) {
        if let Some(terms) = self.terms.get_mut(a) {
            *terms = StoredTerms::default();
        }
    }

    /// The idf-weighted, unit-length term vectors of an article's sentences.
    pub fn sentence_vectors(&self, terms: &SentenceTerms) -> Vec<SparseVec> {
        terms
            .iter()
            .map(|terms| {
                normalize(
                    terms
                        .iter()
                        .map(|&id| (id, self.idf.get(id as usize).copied().unwrap_or(1.0)))
                        .collect(),
                )
            })
            .collect()
    }
}

#[cfg(test)]
mod tests;
