//! Passage alignment inside a story: each sentence's most similar sentence in every other article,
//! and the sentences no other outlet covers. Identical sentences are grouped as copies, and a
//! sentence keeps a bounded number of counterparts, so a story of many reprints stays linear.

use rustc_hash::FxHashMap;
use serde::Serialize;

use crate::features::SparseVec;
use crate::text::TermId;

/// Sentences scoring below this are not counterparts.
pub const ALIGN_THRESHOLD: f32 = 0.32;

/// A counterpart of a sentence in another article.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Counterpart {
    /// Index of the other article (in the corpus); 32 bits, as a corpus holds millions of these.
    pub article: u32,
    /// Index of the sentence in that article.
    pub sentence: u32,
    /// Cosine similarity of the two sentences, 0 to 1.
    pub score: f32,
}

/// At most this many counterparts are kept per sentence: the best-scoring ones (a story of up to 11
/// outlets, the usual size, keeps them all). A story of many
/// reprints would otherwise give every sentence a counterpart in every other article (quadratic in
/// the story's size); identical copies beyond the bound stay reachable through the copy group.
pub const MAX_COUNTERPARTS: usize = 10;

/// Distinct sentences considered per sentence, best first: enough for [`MAX_COUNTERPARTS`] articles
/// unless one article holds many near copies of it.
const CANDIDATES: usize = 4 * MAX_COUNTERPARTS;

/// Home of a distinct sentence vector printed by more than one article.
const MIXED: u32 = u32::MAX;

/// Alignment of one sentence.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct SentenceAlignment {
    /// Best counterpart in each other article that has one, by article order; at most
    /// [`MAX_COUNTERPARTS`], the best-scoring articles when more have one.
    pub matches: Box<[Counterpart]>,
    /// Index of the story's [`CopyGroup`] this sentence belongs to, when other articles carry the
    /// same words.
    pub copies: Option<u32>,
    /// Whether another article prints it or a sentence scoring enough with it: its `matches` or
    /// `copies`, also known when only coverage is worked out ([`Depth::Coverage`]).
    pub covered: bool,
    /// Whether its outlet prints it in other articles whatever they report (a donation appeal, a
    /// standing disclaimer): site furniture, not the story's, so never what only its outlet reports.
    pub furniture: bool,
}

impl SentenceAlignment {
    /// Whether no other article covers this sentence, and it is the story's (not site furniture).
    pub fn only_here(&self) -> bool {
        self.matches.is_empty() && self.copies.is_none() && !self.covered && !self.furniture
    }
}

/// One sentence of one article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct SentenceRef {
    /// Index of the article (in the corpus).
    pub article: u32,
    /// Index of the sentence in that article.
    pub sentence: u32,
}

/// Sentences with the same words (the same term vector) in at least two articles of a story: wire
/// copy or boilerplate, listed once rather than as every pair.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct CopyGroup {
    /// The copies, in article order (an article repeating the sentence lists each occurrence).
    pub sentences: Vec<SentenceRef>,
}

/// Alignment of every sentence of one article against the rest of its story.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ArticleAlignment {
    /// Index of the article (in the corpus).
    pub article: usize,
    /// One entry per sentence, in order.
    pub sentences: Vec<SentenceAlignment>,
}

/// The alignment of a story.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct StoryAlignment {
    /// One entry per member article, in member order.
    pub articles: Vec<ArticleAlignment>,
    /// Groups of identical sentences shared by several articles.
    pub copies: Vec<CopyGroup>,
}

/// How much of a story's alignment is worked out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Depth {
    /// Each sentence's counterparts in the other articles, and its copies.
    #[default]
    Counterparts,
    /// Only whether another article covers each sentence ([`SentenceAlignment::covered`]), and
    /// the copies: what a text report prints, for part of the cost.
    Coverage,
}

/// The counterpart of `sentence` in `other_article`: its aligned match, else its copy there.
pub fn counterpart_in(sentence: &SentenceAlignment, copies: &[CopyGroup], other_article: usize) -> Option<u32> {
    if let Some(m) = sentence.matches.iter().find(|m| m.article as usize == other_article) {
        return Some(m.sentence);
    }
    let group = copies.get(sentence.copies? as usize)?;
    group
        .sentences
        .iter()
        .find(|r| r.article as usize == other_article)
        .map(|r| r.sentence)
}

/// Align the sentences of a story's articles. `sentences[k]` are the sentence vectors of `members[k]`.
///
/// Identical sentence vectors are scored once (`unique` below), so a boilerplate line printed by
/// every outlet costs one posting per term rather than one per copy. Scores accumulate over an
/// inverted index into dense arrays, so each distinct sentence costs the postings of its own terms.
pub fn align_story(members: &[usize], sentences: &[&[SparseVec]]) -> StoryAlignment {
    align_story_to(members, sentences, Depth::Counterparts)
}

/// [`align_story`] worked out to `depth`.
pub fn align_story_to(members: &[usize], sentences: &[&[SparseVec]], depth: Depth) -> StoryAlignment {
    // Distinct vectors and where each occurs, as (member position, sentence), in member order.
    let mut ids: FxHashMap<Exact<'_>, u32> = FxHashMap::default();
    let mut unique: Vec<&SparseVec> = Vec::new();
    let mut occurrences: Vec<Vec<(u32, u32)>> = Vec::new();
    for (pos, article) in sentences.iter().enumerate() {
        for (s, vector) in article.iter().enumerate() {
            let id = *ids.entry(Exact(vector)).or_insert_with(|| {
                unique.push(vector);
                occurrences.push(Vec::new());
                (unique.len() - 1) as u32
            });
            occurrences[id as usize].push((pos as u32, s as u32));
        }
    }
    drop(ids);
    // Postings are kept apart by home article, so a vector printed by one article never walks
    // the postings of its own article: those cannot be its counterparts, and one long article
    // would otherwise score every sentence against all of its own (quadratic in its length).
    // Vectors printed by several articles (`MIXED`) are everyone's candidates.
    let home: Vec<u32> = occurrences
        .iter()
        .map(|occ| {
            if occ.iter().all(|o| o.0 == occ[0].0) {
                occ[0].0
            } else {
                MIXED
            }
        })
        .collect();
    let index = Postings::new(&unique, &home);
    // Each vector's first occurrence per article, kept only where it repeats within an article:
    // a counterpart is taken from each article once, so the repeats need not be walked.
    let distinct: Vec<Vec<(u32, u32)>> = occurrences
        .iter()
        .map(|occ| {
            if occ.windows(2).any(|w| w[0].0 == w[1].0) {
                let mut firsts = occ.clone();
                firsts.dedup_by_key(|o| o.0);
                firsts
            } else {
                Vec::new()
            }
        })
        .collect();
    // Copy groups: distinct vectors found in at least two articles.
    let mut copies = Vec::new();
    let mut group_of: Vec<Option<u32>> = vec![None; unique.len()];
    for (u, occ) in occurrences.iter().enumerate() {
        if occ.iter().any(|o| o.0 != occ[0].0) {
            group_of[u] = Some(copies.len() as u32);
            copies.push(CopyGroup {
                sentences: occ
                    .iter()
                    .map(|&(pos, s)| SentenceRef {
                        article: members[pos as usize] as u32,
                        sentence: s,
                    })
                    .collect(),
            });
        }
    }
    // One shared word is not a passage in common unless the sentence has almost no words.
    let enough = |score: f32, shared: u32, len: usize| score >= ALIGN_THRESHOLD && (shared >= 2 || len <= 2);
    if depth == Depth::Coverage {
        let covered = coverage::covered(&unique, &home, &index, enough);
        let aligned = coverage::aligned(sentences, &occurrences, &group_of, &covered);
        return story_alignment(members, aligned, copies);
    }
    // Each distinct vector's candidates (other distinct vectors scoring enough), best first, are
    // computed once and dropped as soon as its occurrences have their counterparts.
    // A pair is scored once, by the earlier vector's walk, which offers it to both: when a
    // vector's turn comes, every earlier vector has offered it what it scored, and its own walk
    // adds the later ones. Score and number of shared terms side by side: one cache line per
    // candidate touched.
    let first: Vec<u32> = occurrences.iter().map(|occ| occ[0].0).collect();
    let mut at = Cursors::new(&index);
    let mut offered: Vec<Vec<u64>> = vec![Vec::new(); unique.len()];
    let mut tally = vec![(0.0f32, 0u32); unique.len()];
    // The candidates a vector met, filled up to `fresh`: the walk writes each posting's vector
    // at `fresh` and moves on only for a new one, so it never writes past the number of other
    // vectors (a vector never meets itself), and room for all of them is enough.
    let mut touched: Vec<u32> = vec![0; unique.len()];
    let mut keys: Vec<u64> = Vec::new();
    let mut found: Vec<(f32, u32)> = Vec::new();
    let mut taken = vec![false; sentences.len()];
    let mut aligned: Vec<Vec<SentenceAlignment>> = sentences
        .iter()
        .map(|a| vec![SentenceAlignment::default(); a.len()])
        .collect();
    for (u, vector) in unique.iter().enumerate() {
        let mut fresh = 0;
        // A candidate gets one product per term it shares, in term order, so a pair's score is
        // the same sum from either side.
        for (&(_, weight), &term) in vector.iter().zip(&index.terms[u]) {
            for (ids, weights) in index.later(&mut at, term, u as u32, first[u], home[u] == MIXED) {
                fresh = tally_run(&mut tally, &mut touched, fresh, weight, ids, weights);
            }
        }
        keys.clear();
        // Taken, so its room is freed as soon as the vector is done.
        keys.extend(std::mem::take(&mut offered[u]));
        if home[u] == MIXED {
            // A vector printed by several articles is its own candidate: its copies are
            // counterparts too.
            let score = vector.iter().fold(0.0f32, |sum, &(_, w)| sum + w * w);
            if enough(score, vector.len() as u32, vector.len()) {
                keys.push(rank_key(score, u as u32));
            }
        }
        for &id in &touched[..fresh] {
            let (score, shared) = std::mem::take(&mut tally[id as usize]);
            if enough(score, shared, vector.len()) {
                keys.push(rank_key(score, id));
            }
            if enough(score, shared, unique[id as usize].len()) {
                offer(&mut offered[id as usize], rank_key(score, u as u32));
            }
        }
        // Only the best few can be kept: sorting every candidate of a story of thousands of
        // reprints would dominate the cost.
        if keys.len() > CANDIDATES {
            keys.select_nth_unstable(CANDIDATES);
            keys.truncate(CANDIDATES);
        }
        keys.sort_unstable();
        found.clear();
        found.extend(keys.iter().map(|&key| from_rank_key(key)));
        // A sentence repeated within one article gets the same counterparts at each repeat:
        // worked out once per article (boilerplate repeated thousands of times in one long text).
        let mut previous: Option<(u32, u32)> = None;
        for &(pos, s) in &occurrences[u] {
            let matches = match previous {
                Some((p, earlier)) if p == pos => aligned[pos as usize][earlier as usize].matches.clone(),
                _ => best_counterparts(pos as usize, &found, &occurrences, &distinct, members, &mut taken),
            };
            previous = Some((pos, s));
            aligned[pos as usize][s as usize] = SentenceAlignment {
                covered: !matches.is_empty() || group_of[u].is_some(),
                matches,
                copies: group_of[u],
                furniture: false,
            };
        }
    }
    story_alignment(members, aligned, copies)
}

fn story_alignment(members: &[usize], aligned: Vec<Vec<SentenceAlignment>>, copies: Vec<CopyGroup>) -> StoryAlignment {
    let articles = members
        .iter()
        .zip(aligned)
        .map(|(&article, sentences)| ArticleAlignment { article, sentences })
        .collect();
    StoryAlignment { articles, copies }
}

/// A sentence vector compared and hashed by its terms and the bits of its weights: equal
/// vectors are the same words.
struct Exact<'a>(&'a [(TermId, f32)]);

impl PartialEq for Exact<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.0.len() == other.0.len()
            && self
                .0
                .iter()
                .zip(other.0)
                .all(|(a, b)| a.0 == b.0 && a.1.to_bits() == b.1.to_bits())
    }
}

impl Eq for Exact<'_> {}

impl std::hash::Hash for Exact<'_> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        state.write_usize(self.0.len());
        for &(term, weight) in self.0 {
            state.write_u32(term);
            state.write_u32(weight.to_bits());
        }
    }
}

/// A candidate's place in the order it is taken in: best score (to three decimals) first, then
/// the earliest distinct vector, as the earlier sentence wins a tie. Distinct vectors are numbered
/// in order of first occurrence, so their number is that order.
fn rank_key(score: f32, id: u32) -> u64 {
    // At least the threshold, so positive; a unit vectors' cosine stays far below u32::MAX.
    // Rounded half away from zero as `f32::round` does, without its library call: adding a half
    // in f64 is exact, and the cast truncates.
    let thousandths = (f64::from(score * 1000.0) + 0.5) as u32;
    (u64::from(u32::MAX - thousandths) << 32) | u64::from(id)
}

/// The (score rounded to three decimals, distinct vector) a [`rank_key`] was made from.
fn from_rank_key(key: u64) -> (f32, u32) {
    let thousandths = u32::MAX - (key >> 32) as u32;
    (thousandths as f32 / 1000.0, key as u32)
}

/// Add `key` to a vector's offered candidates, keeping about the best [`CANDIDATES`]: the best
/// ones of all offered are among them.
fn offer(list: &mut Vec<u64>, key: u64) {
    list.push(key);
    if list.len() >= 2 * CANDIDATES {
        list.select_nth_unstable(CANDIDATES);
        list.truncate(CANDIDATES);
    }
}

/// The best counterpart in each other article, walking `candidates` best first until
/// [`MAX_COUNTERPARTS`] articles have one; returned in article order. `distinct` holds, for a
/// vector repeated within an article, its first occurrence per article (else it is empty and
/// `occurrences` serves). `taken` is all false on entry and on return.
fn best_counterparts(
    pos: usize,
    candidates: &[(f32, u32)],
    occurrences: &[Vec<(u32, u32)>],
    distinct: &[Vec<(u32, u32)>],
    members: &[usize],
    taken: &mut [bool],
) -> Box<[Counterpart]> {
    let mut out: Vec<(u32, Counterpart)> = Vec::new();
    'walk: for &(score, id) in candidates {
        let firsts = match &distinct[id as usize] {
            d if d.is_empty() => &occurrences[id as usize],
            d => d,
        };
        for &(other, sentence) in firsts {
            let o = other as usize;
            if o == pos || taken[o] {
                continue;
            }
            taken[o] = true;
            out.push((
                other,
                Counterpart {
                    article: members[o] as u32,
                    sentence,
                    score,
                },
            ));
            if out.len() == MAX_COUNTERPARTS {
                break 'walk;
            }
        }
    }
    for &(other, _) in &out {
        taken[other as usize] = false;
    }
    out.sort_by_key(|&(other, _)| other);
    // Exactly as long as it is: collecting in place would keep `out`'s buffer, sized for wider
    // pairs and grown by doubling, for every sentence the reader holds (a quarter unused).
    let mut matches = Vec::with_capacity(out.len());
    matches.extend(out.into_iter().map(|(_, c)| c));
    matches.into_boxed_slice()
}

mod coverage;
mod postings;
#[cfg(test)]
mod tests;

use postings::{Cursors, Postings, tally_run};
