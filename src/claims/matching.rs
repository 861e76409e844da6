//! Whether two claims share a subject: the same head, verb, role, parts and scope, enough shared
//! terms, and no participant or place of one absent from the other.

use super::ClaimKind;
use super::lexicon::occurrence;
use super::subject::Subject;

/// How many elements of sorted `a` (counting repeats) occur in sorted `b`, by one merge.
pub fn count_sorted<T: Ord>(a: &[T], b: &[T]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while let (Some(x), Some(y)) = (a.get(i), b.get(j)) {
        match x.cmp(y) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
            }
        }
    }
    n
}

/// Names equal up to a demonym ending ("russia" / "russian").
fn same_name(a: &str, b: &str) -> bool {
    a == b || (a.len().min(b.len()) >= 4 && (a.starts_with(b) || b.starts_with(a)))
}

/// Whether `a` names a participant (a name, not a place, rare in the story) absent from `b`'s sentence.
fn foreign_name(a: &Subject, b: &Subject, common: &dyn Fn(&str) -> bool) -> bool {
    a.m()
        .names
        .iter()
        .filter(|n| !common(n))
        .any(|n| !b.m().context_names.iter().any(|m| same_name(n, m)))
}

/// The places near a claim's value that only part of the story names.
fn rare_places<'s>(s: &'s Subject, common: &'s dyn Fn(&str) -> bool) -> impl Iterator<Item = &'s String> + 's {
    s.m().places.iter().filter(move |n| !common(n))
}

/// The place a count is scoped to, if it scopes: a place everyone names (the stricken region)
/// scopes nothing, unless the story calls it a town, city, state or province somewhere.
fn scope<'s>(s: &'s Subject, names: &Names<'_>) -> Option<&'s str> {
    s.m()
        .scope
        .as_ref()
        .filter(|(n, local)| *local || (names.local)(n) || !(names.setting)(n))
        .map(|(n, _)| n.as_str())
}

/// Verbs of tallying read as one ("recorded", "counted", "registered", "reported"): outlets
/// word the same count differently.
fn verb_class(stem: &str) -> &str {
    match stem {
        "record" | "count" | "regist" | "report" | "confirm" | "detect" | "log" | "list" | "talli" | "tally" => "count",
        other => other,
    }
}

/// How widespread a story's names are: `common` names (in much of the story) cannot veto a
/// match; `setting` names (in nearly every article: the country, the city) do not scope a count.
pub struct Names<'a> {
    pub common: &'a dyn Fn(&str) -> bool,
    pub setting: &'a dyn Fn(&str) -> bool,
    /// Names the story calls a town, city, state or province somewhere.
    pub local: &'a dyn Fn(&str) -> bool,
}

/// Whether two claims of `kind` share a subject. `Some(strong)` when they do; `strong`
/// marks a match solid enough to call incompatible values a conflict. `common` tells
/// which names occur across much of the story: only rarer names (a second participant,
/// another town) can veto a match.
///
/// Every test here is pure, so they run cheapest first: comparison calls this for each
/// claim against each group, and most pairs already fail on their head or verb.
///
/// `shared` counts the terms of `a` found in `b` (the caller counts on interned ids, see
/// [`count_sorted`]); it is only called for pairs that pass the cheaper tests.
pub fn matches(
    a: &Subject,
    b: &Subject,
    kind: ClaimKind,
    names: &Names<'_>,
    shared: impl FnOnce() -> usize,
) -> Option<bool> {
    let common = names.common;
    let same = |x: &Option<Box<str>>, y: &Option<Box<str>>| x.is_some() && x == y;
    let gate = match kind {
        ClaimKind::Quantity => same(&a.head, &b.head),
        ClaimKind::Duration => match (&a.head, &b.head) {
            (Some(_), Some(_)) => same(&a.head, &b.head),
            _ => same(&a.verb, &b.verb),
        },
        ClaimKind::RelativeTime => same(&a.verb, &b.verb),
        ClaimKind::Date | ClaimKind::TimeOfDay => same(&a.head, &b.head) || same(&a.verb, &b.verb),
    };
    if !gate || a.m().parts != b.m().parts || a.m().era != b.m().era || a.role != b.role {
        return None;
    }
    let shared = shared();
    let strong = match kind {
        // A measure with its aspect ("km depth", "magnitude") names the fact by itself.
        ClaimKind::Quantity if a.measure() == Some(true) => Some(true),
        // Counts of one casualty role ("killed", "died", "dead") are one toll, given some shared context.
        ClaimKind::Quantity if a.role.is_some() => (shared >= 1).then_some(true),
        // Counts of one kind of happening are one tally, given no other noun qualifies them.
        ClaimKind::Quantity if a.head.as_deref().is_some_and(occurrence) => Some(shared >= 3),
        ClaimKind::Quantity => {
            // Two numbers sharing a unit are not one finding without shared context, nor people
            // counted under different verbs ("110,000 people need help", "170,000 were affected").
            let (va, vb) = (a.verb.as_deref().map(verb_class), b.verb.as_deref().map(verb_class));
            let other_verbs = a.head.as_deref() == Some("people") && va.is_some() && vb.is_some() && va != vb;
            // The same thing counted the same way ("recorded 340 aftershocks", "counted nearly
            // 400 aftershocks") is one tally whatever else the sentences say.
            let same_count = va.is_some() && va == vb;
            let alone = a.m().terms.len() <= 1 && b.m().terms.len() <= 1;
            (!other_verbs && (shared >= 2 || alone || same_count)).then_some(shared >= 3)
        }
        ClaimKind::Duration => match (&a.head, &b.head) {
            (Some(_), Some(_)) => Some(true),
            _ => (shared >= 3).then_some(false),
        },
        // Dates and times are tied to their event by syntax, so the event names the fact.
        ClaimKind::Date | ClaimKind::TimeOfDay if a.head.is_some() => (shared >= 1).then_some(shared >= 2),
        ClaimKind::RelativeTime | ClaimKind::Date | ClaimKind::TimeOfDay => (shared >= 2).then_some(shared >= 3),
    }?;
    // Relative timings are already pinned by their verb; their nearby names are often
    // destinations ("return to A and B"), not participants.
    if kind != ClaimKind::RelativeTime {
        let other_places = rare_places(a, common).next().is_some()
            && rare_places(b, common).next().is_some()
            && !rare_places(a, common).any(|n| rare_places(b, common).any(|m| same_name(n, m)));
        // A count in one town is not the count of the whole event: "14 died in Alba" and
        // "60 died" are different facts, though both are deaths.
        let measure = a.measure().is_some();
        let scoped = kind == ClaimKind::Quantity && !measure && scope(a, names) != scope(b, names);
        if scoped {
            return None;
        }
        if foreign_name(a, b, common) || foreign_name(b, a, common) || other_places {
            return None;
        }
    }
    Some(strong)
}
