//! A finding's statements grouped by value, so that a finding from dozens of outlets reads as
//! a few values and how many outlets give each.

use super::item::Item;
use super::{ArticleClaims, Modality, ValueCluster};
use rustc_hash::{FxHashMap as FxMap, FxHashSet as FxSet};

/// The group's statements by value, most articles first, then in order of first appearance.
/// Values and article memberships are looked up by hash: a finding may hold thousands of values.
pub fn clusters(articles: &[ArticleClaims<'_>], group: &[&Item<'_>]) -> Vec<ValueCluster> {
    let mut out: Vec<ValueCluster> = Vec::new();
    let mut index: FxMap<(String, Modality), usize> = FxMap::default();
    let mut listed: FxSet<(usize, usize)> = FxSet::default();
    for i in group {
        let Some(article) = articles.get(i.slot).map(|a| a.article) else {
            continue;
        };
        let value = i.c.value.describe();
        let next = out.len();
        let at = *index.entry((value.clone(), i.c.modality)).or_insert(next);
        if at == next {
            out.push(ValueCluster {
                value,
                modality: i.c.modality,
                articles: Vec::new(),
            });
        }
        if listed.insert((at, article))
            && let Some(c) = out.get_mut(at)
        {
            c.articles.push(article);
        }
    }
    out.sort_by_key(|c| std::cmp::Reverse(c.articles.len()));
    out
}
