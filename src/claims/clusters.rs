//! A finding's statements grouped by value, so that a finding from dozens of outlets reads as
//! a few values and how many outlets give each.

use super::item::Item;
use super::{ArticleClaims, ValueCluster};

/// The group's statements by value, most articles first, then in order of first appearance.
pub fn clusters(articles: &[ArticleClaims<'_>], group: &[&Item<'_>]) -> Vec<ValueCluster> {
    let mut out: Vec<ValueCluster> = Vec::new();
    for i in group {
        let Some(article) = articles.get(i.slot).map(|a| a.article) else {
            continue;
        };
        let value = i.c.value.describe();
        match out.iter_mut().find(|c| c.value == value && c.modality == i.c.modality) {
            Some(c) if !c.articles.contains(&article) => c.articles.push(article),
            Some(_) => {}
            None => out.push(ValueCluster {
                value,
                modality: i.c.modality,
                articles: vec![article],
            }),
        }
    }
    out.sort_by_key(|c| std::cmp::Reverse(c.articles.len()));
    out
}
