//! Figures that change as a story develops (tolls revised through the day): when a group of
//! counts is an update rather than a conflict, and each outlet's latest figure.

use super::item::Item;
use super::{ArticleClaims, ClaimKind, Modality};

/// Whether a group's amounts name more than one figure.
pub fn distinct_values(group: &[&Item<'_>]) -> bool {
    let values: Vec<f64> = group
        .iter()
        .filter_map(|i| match &i.c.value {
            super::Value::Amount { value, .. } => Some(*value),
            _ => None,
        })
        .collect();
    let (lo, hi) = values
        .iter()
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(l, h), v| (l.min(*v), h.max(*v)));
    hi > lo * 1.01
}

/// Words saying a figure moved or may move ("the toll rose to", "is expected to climb").
const UPDATE_CUES: &[&str] = &[
    "rose",
    "risen",
    "rises",
    "rising",
    "climbed",
    "climbs",
    "increased",
    "jumped",
    "reached",
    "updated",
    "revised",
    "raised",
    "surged",
    "soared",
    "grew",
    "now",
    "latest",
    "recorded",
    "counted",
    "registered",
    "toll",
    "tally",
    "count",
];

/// Words saying a measurement was corrected.
const REVISION_CUES: &[&str] = &["revised", "downgraded", "upgraded", "updated"];

/// Whether `sentence` has one of `cues` as a word, in any case, without allocating.
/// "Right now" and "for now" say when, not that a figure moved.
fn has_cue(sentence: &str, cues: &[&str]) -> bool {
    let mut before = "";
    sentence
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .any(|w| {
            let idiom = w.eq_ignore_ascii_case("now")
                && ["right", "for", "just"].iter().any(|b| before.eq_ignore_ascii_case(b));
            before = w;
            !idiom && cues.iter().any(|c| w.eq_ignore_ascii_case(c))
        })
}

/// Whether a group of counts is a figure that evolves as a story develops: a toll (deaths,
/// injuries, the missing are revised all day), or counts whose sentences say the figure moved.
pub fn evolving(articles: &[ArticleClaims<'_>], group: &[&Item<'_>]) -> bool {
    let Some(first) = group.first() else { return false };
    if first.c.kind != ClaimKind::Quantity || first.c.modality == Modality::Expected {
        return false;
    }
    // Measures are revised, not updated by events: only an explicit revision moves them.
    let measure = first.c.subject.measure().is_some();
    if measure {
        return group.iter().any(|i| {
            articles
                .get(i.slot)
                .and_then(|a| a.sentences.get(i.c.sentence).map(|s| s.text(a.text)))
                .is_some_and(|s| has_cue(s, REVISION_CUES))
        });
    }
    // Deaths, injuries and the missing are recounted all day; other counts (evacuated,
    // arrested) change only when the text says so.
    let toll = |i: &&Item<'_>| matches!(i.c.subject.role.as_deref(), Some("die" | "injure" | "missing"));
    group.iter().any(toll)
        || group.iter().any(|i| {
            articles
                .get(i.slot)
                .and_then(|a| a.sentences.get(i.c.sentence).map(|s| s.text(a.text)))
                .is_some_and(|s| has_cue(s, UPDATE_CUES))
        })
}

/// "The figure changed as the story developed", with each outlet's latest figure: the last one
/// it prints. Outlets are ordered by publication day where known, then by figure.
pub fn latest_figures(articles: &[ArticleClaims<'_>], group: &[&Item<'_>]) -> String {
    let mut latest: Vec<(Option<jiff::civil::Date>, f64, String)> = Vec::new();
    let mut slots: Vec<usize> = group.iter().map(|i| i.slot).collect();
    slots.sort_unstable();
    slots.dedup();
    for slot in slots {
        let Some(a) = articles.get(slot) else { continue };
        let Some(last) = group.iter().filter(|i| i.slot == slot).max_by_key(|i| i.c.span.start) else {
            continue;
        };
        let value = match &last.c.value {
            super::Value::Amount { value, .. } => *value,
            _ => 0.0,
        };
        let day = a.published.map(|d| format!(" ({d})")).unwrap_or_default();
        latest.push((
            a.published,
            value,
            format!("{}{day}: {}", a.label, last.c.value.describe()),
        ));
    }
    latest.sort_by(|x, y| x.0.cmp(&y.0).then(x.1.total_cmp(&y.1)));
    // "Most recent" only when a publication day says so; otherwise the order is by figure.
    let dated_last = match latest.as_slice() {
        [.., before, last] => last.0.is_some() && before.0 < last.0,
        _ => false,
    };
    let newest = latest.last().map(|l| l.2.clone()).unwrap_or_default();
    let chain: Vec<String> = latest.into_iter().map(|l| l.2).collect();
    let end = if dated_last {
        format!("Most recent: {newest}.")
    } else {
        format!("Highest: {newest} (publication times unknown).")
    };
    format!(
        "The figure changed as the story developed; each outlet's latest: {}. {end}",
        chain.join(" → ")
    )
}

/// Whether dated statements contradict an update: figures that, ordered by publication day, go
/// up as often as down, so that no direction of change stands out. A few pairs against the trend
/// are expected (a page dated later that reprints an early figure). Undated statements, and
/// statements of one day, say nothing either way.
pub fn against_time(articles: &[ArticleClaims<'_>], group: &[&Item<'_>]) -> bool {
    let dated: Vec<(jiff::civil::Date, f64)> = group
        .iter()
        .filter_map(|i| {
            let day = articles.get(i.slot)?.published?;
            match &i.c.value {
                super::Value::Amount { value, .. } => Some((day, *value)),
                _ => None,
            }
        })
        .collect();
    let (mut rises, mut falls) = (0usize, 0usize);
    for (d1, v1) in &dated {
        for (d2, v2) in &dated {
            if d1 < d2 && v2 > v1 {
                rises += 1;
            }
            if d1 < d2 && v2 < v1 {
                falls += 1;
            }
        }
    }
    rises.min(falls) * 3 > rises.max(falls)
}
