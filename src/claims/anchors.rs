//! Grouping a story's claims around anchors: each claim joins the best-matching group whose first
//! claim (its anchor) shares its subject, found through an index of anchors by head and verb.

use super::ClaimKind;
use super::item::Item;
use super::matching::{Names, count_sorted, matches};
use rustc_hash::FxHashMap as FxMap;

/// Which subject word an anchor is listed under.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum Key {
    Head,
    Verb,
}

/// Group `items` (in order): each joins the group whose anchor it matches with the most shared
/// terms (the earliest group on a tie), or starts a group. `other_event` tells, per item, which
/// other happening it is about; only claims about the same one group.
///
/// Joining needs a match with the anchor, which keeps chains of loose matches from merging
/// distinct subjects. Every kind of claim needs its head or its verb equal to the anchor's before
/// anything else is compared (see [`matches`]), so an item is tried only against the anchors
/// listed under its own head and verb: the story's claims are not each compared with every group,
/// which grew with the square of one long article's claims.
pub fn group_items(items: &[Item<'_>], other_event: &[Option<&str>], names: &Names<'_>) -> Vec<Vec<usize>> {
    let shared = |a: &Item<'_>, b: &Item<'_>| count_sorted(&a.terms, &b.terms);
    let mut groups: Vec<Vec<usize>> = Vec::new();
    let mut anchors: FxMap<(ClaimKind, Key, &str), Vec<usize>> = FxMap::default();
    let mut tried: Vec<usize> = Vec::new();
    for (ix, it) in items.iter().enumerate() {
        let subject = &it.c.subject;
        tried.clear();
        for (key, word) in [(Key::Head, &subject.head), (Key::Verb, &subject.verb)] {
            if let Some(listed) = word.as_deref().and_then(|w| anchors.get(&(it.c.kind, key, w))) {
                tried.extend_from_slice(listed);
            }
        }
        tried.sort_unstable();
        tried.dedup();
        let best = tried
            .iter()
            .filter_map(|&g| {
                let first = *groups.get(g)?.first()?;
                let anchor = items.get(first)?;
                (other_event.get(first) == other_event.get(ix)).then_some(())?;
                matches(&anchor.c.subject, subject, it.c.kind, names, || shared(anchor, it))?;
                Some((shared(it, anchor), g))
            })
            .max_by_key(|(score, g)| (*score, usize::MAX - g));
        match best.and_then(|(_, g)| groups.get_mut(g)) {
            Some(members) => members.push(ix),
            None => {
                let g = groups.len();
                groups.push(vec![ix]);
                for (key, word) in [(Key::Head, &subject.head), (Key::Verb, &subject.verb)] {
                    if let Some(w) = word {
                        anchors.entry((it.c.kind, key, &**w)).or_default().push(g);
                    }
                }
            }
        }
    }
    groups
}
