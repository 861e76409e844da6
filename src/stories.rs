//! Grouping articles into stories: explicit story keys first, then content similarity.
//!
//! Candidate pairs come from an inverted index over each article's most distinctive terms, so the
//! cost grows with the number of articles that share rare terms, not with the square of the
//! corpus. Pairs are merged strongest first, and two groups only merge while their centroids stay
//! alike: one shared name must not chain two different events into one story. Nor do two groups
//! whose articles were published weeks apart: follow-up events of one place or topic are worded
//! alike, and only their dates tell them apart.

mod candidates;
mod linkage;

use std::collections::HashMap;

use crate::article::Article;
use crate::claims::parse_day;
use crate::features::{ArticleFeatures, cosine};
use crate::unionfind::UnionFind;

/// Articles whose similarity (see [`similarity`]) reaches this belong to one story.
pub const STORY_THRESHOLD: f32 = 0.25;

/// How alike two articles are, 0 to 1: half their weighted words, half their names. Names count
/// apart because different events in one news cycle share vocabulary ("officials said", "the
/// government") while outlets covering one event name the same people and places.
pub fn similarity(a: &ArticleFeatures, b: &ArticleFeatures) -> f32 {
    0.5 * cosine(&a.vector, &b.vector) + 0.5 * cosine(&a.names, &b.names)
}

/// Group articles into stories; each inner list is sorted article indices, groups ordered by
/// their first article.
pub fn group_stories(articles: &[Article], features: &[ArticleFeatures], quote_keys: &[&[u64]]) -> Vec<Vec<usize>> {
    let mut sets = UnionFind::new(articles.len());
    let mut keyed: HashMap<&str, usize> = HashMap::new();
    for (i, article) in articles.iter().enumerate() {
        if let Some(key) = article.story_key.as_deref() {
            let first = *keyed.entry(key).or_insert(i);
            sets.union(first, i);
        }
    }
    let free: Vec<usize> = (0..articles.len())
        .filter(|&i| articles[i].story_key.is_none())
        .collect();
    let pairs = candidates::scored_pairs(&free, features, quote_keys, STORY_THRESHOLD);
    let days: Vec<Option<i32>> = articles.iter().map(publication_day).collect();
    linkage::merge(&mut sets, features, &days, pairs, STORY_THRESHOLD);
    sets.groups()
}

/// The day an article was published, as days since 1970-01-01, when its metadata says.
fn publication_day(article: &Article) -> Option<i32> {
    let day = parse_day(article.published.as_deref()?)?;
    let days = day.since(jiff::civil::date(1970, 1, 1)).ok()?.get_days();
    Some(days)
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
    fn publication_days_count_from_1970() {
        let mut article = Article::from_document(crate::load::Document {
            source: "a.txt".into(),
            stem: "a".into(),
            body: "The bridge closed.".into(),
            meta: crate::load::Metadata::default(),
        });
        article.published = Some("2024-03-02T10:00:00Z".into());
        assert_eq!(publication_day(&article), Some(19784));
        article.published = Some("1969-12-31".into());
        assert_eq!(publication_day(&article), Some(-1));
        for unknown in [None, Some("last Tuesday".into())] {
            article.published = unknown;
            assert_eq!(publication_day(&article), None);
        }
    }

    #[test]
    fn slugs() {
        assert_eq!(
            slug("Flood hits Rivertown: 40 “missing”"),
            "flood-hits-rivertown-40-missing"
        );
        assert_eq!(slug("¿?"), "story");
    }
}
