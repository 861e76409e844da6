//! Grouping articles into stories: explicit story keys first, then content similarity.
//!
//! Candidate pairs come from an inverted index over each article's most distinctive terms, so the
//! cost grows with the number of articles that share rare terms, not with the square of the corpus.

use std::collections::HashMap;

use crate::article::Article;
use crate::features::{ArticleFeatures, SparseVec, cosine};
use crate::text::TermId;

/// Articles whose similarity (see [`similarity`]) reaches this belong to one story.
pub const STORY_THRESHOLD: f32 = 0.25;
/// Sharing a long quote word for word is strong evidence of one story.
const SHARED_QUOTE_BONUS: f32 = 0.15;
/// How many of an article's heaviest terms index it.
const INDEX_TERMS: usize = 24;

/// Group articles into stories; each inner list is sorted article indices. Order: explicit keys in
/// first-seen order, then content groups by first article.
pub fn group_stories(articles: &[Article], features: &[ArticleFeatures], quote_keys: &[Vec<u64>]) -> Vec<Vec<usize>> {
    let vectors: Vec<&SparseVec> = features.iter().map(|f| &f.vector).collect();
    let mut parent: Vec<usize> = (0..articles.len()).collect();
    let mut keyed: HashMap<&str, usize> = HashMap::new();
    for (i, article) in articles.iter().enumerate() {
        if let Some(key) = article.story_key.as_deref() {
            let first = *keyed.entry(key).or_insert(i);
            union(&mut parent, first, i);
        }
    }
    let free: Vec<usize> = (0..articles.len())
        .filter(|&i| articles[i].story_key.is_none())
        .collect();
    for (a, b) in candidate_pairs(&free, &vectors, quote_keys) {
        let shared_quote = quote_keys[a].iter().any(|k| quote_keys[b].contains(k));
        let score = similarity(&features[a], &features[b]) + if shared_quote { SHARED_QUOTE_BONUS } else { 0.0 };
        if score >= STORY_THRESHOLD {
            union(&mut parent, a, b);
        }
    }
    let mut groups: Vec<Vec<usize>> = Vec::new();
    let mut slot: HashMap<usize, usize> = HashMap::new();
    for i in 0..articles.len() {
        let root = find(&mut parent, i);
        let g = *slot.entry(root).or_insert_with(|| {
            groups.push(Vec::new());
            groups.len() - 1
        });
        groups[g].push(i);
    }
    groups
}

/// How alike two articles are, 0 to 1: half their weighted words, half their names. Names count
/// apart because different events in one news cycle share vocabulary ("officials said", "the
/// government") while outlets covering one event name the same people and places.
pub fn similarity(a: &ArticleFeatures, b: &ArticleFeatures) -> f32 {
    0.5 * cosine(&a.vector, &b.vector) + 0.5 * cosine(&a.names, &b.names)
}

/// Pairs `(a, b)`, `a < b`, of unkeyed articles that share a distinctive term or a long quote.
fn candidate_pairs(free: &[usize], vectors: &[&SparseVec], quote_keys: &[Vec<u64>]) -> Vec<(usize, usize)> {
    let mut index: HashMap<TermId, Vec<usize>> = HashMap::new();
    let mut by_quote: HashMap<u64, Vec<usize>> = HashMap::new();
    for &i in free {
        let mut top: Vec<&(TermId, f32)> = vectors[i].iter().collect();
        top.sort_unstable_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
        for (term, _) in top.into_iter().take(INDEX_TERMS) {
            index.entry(*term).or_default().push(i);
        }
        for key in &quote_keys[i] {
            by_quote.entry(*key).or_default().push(i);
        }
    }
    // A term that tops the list of a large share of a big corpus says little about any one story.
    let cap = (free.len() / 20).max(64);
    let mut pairs = Vec::new();
    for postings in index.values().chain(by_quote.values()) {
        if postings.len() > cap {
            continue;
        }
        for (x, &a) in postings.iter().enumerate() {
            for &b in &postings[x + 1..] {
                pairs.push((a.min(b), a.max(b)));
            }
        }
    }
    pairs.sort_unstable();
    pairs.dedup();
    pairs
}

fn find(parent: &mut [usize], mut i: usize) -> usize {
    while parent[i] != i {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    i
}

fn union(parent: &mut [usize], a: usize, b: usize) {
    let (ra, rb) = (find(parent, a), find(parent, b));
    if ra != rb {
        parent[ra.max(rb)] = ra.min(rb);
    }
}

/// A short, stable, URL-safe id made from a title.
pub fn slug(title: &str) -> String {
    let mut out = String::new();
    for word in title
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(8)
    {
        if !out.is_empty() {
            out.push('-');
        }
        out.extend(word.chars().flat_map(char::to_lowercase));
    }
    if out.is_empty() { "story".into() } else { out }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        assert_eq!(
            slug("Flood hits Rivertown: 40 “missing”"),
            "flood-hits-rivertown-40-missing"
        );
        assert_eq!(slug("¿?"), "story");
    }

    #[test]
    fn union_find_joins_transitively() {
        let mut p: Vec<usize> = (0..4).collect();
        union(&mut p, 3, 1);
        union(&mut p, 1, 2);
        assert_eq!(find(&mut p, 3), find(&mut p, 2));
        assert_ne!(find(&mut p, 0), find(&mut p, 2));
    }
}
