//! The nouns a count is of: people (whatever word counts them), plurals and adjectives before
//! them, and what makes a number a reference or a code rather than a count.

use super::lexicon::{is_stopword, is_time_word};
use super::numbers::Num;
use super::tokens::{TokKind, Token};
use super::units::duration_unit;

/// Tokens before a number that make it a definite reference ("the two countries"), not a claim.
pub fn definite(w: &str) -> bool {
    matches!(
        w,
        "the" | "these" | "those" | "their" | "its" | "his" | "her" | "our" | "both" | "my" | "your" | "each" | "every"
    )
}

/// Word endings and words that mark an adjective in front of the counted noun ("Russian troops").
pub fn adjective_like(t: &Token) -> bool {
    let w = t.lower.as_ref();
    t.capitalized()
        || ["al", "ian", "ese", "ish", "ive", "ic", "ous", "ern", "ary", "ed"]
            .iter()
            .any(|s| w.ends_with(s) && w.len() > 4)
        || matches!(
            w,
            "new" | "more" | "other" | "additional" | "extra" | "young" | "old" | "armed" | "unarmed"
        )
}

/// Plural nouns that count people: a toll is one fact whether outlets count "people",
/// "victims", "residents" or "deaths".
pub fn person_noun(w: &str) -> bool {
    matches!(
        w,
        "people"
            | "persons"
            | "individuals"
            | "others"
            | "residents"
            | "civilians"
            | "victims"
            | "deaths"
            | "fatalities"
            | "casualties"
            | "bodies"
            | "workers"
            | "passengers"
            | "children"
            | "adults"
            | "men"
            | "women"
            | "survivors"
            | "inhabitants"
            | "villagers"
    )
}

/// Singular nouns that count one person or one death ("one person", "one death").
pub fn singular_person(w: &str) -> bool {
    matches!(
        w,
        "person" | "death" | "body" | "victim" | "resident" | "worker" | "child" | "man" | "woman" | "fatality"
    )
}

/// Words for soldiers, all counted as "troops" ("32,000 soldiers", "900 personnel").
pub fn troops_noun(w: &str) -> bool {
    matches!(w, "troops" | "soldiers" | "personnel" | "servicemen")
}

pub fn plural_like(w: &str) -> bool {
    (w.ends_with('s') && !w.ends_with("ss"))
        || matches!(
            w,
            "people" | "children" | "men" | "women" | "police" | "personnel" | "staff" | "cattle" | "livestock"
        )
}

pub fn noun_candidate(t: &Token) -> bool {
    t.kind == TokKind::Word
        && t.lower.chars().all(|c| c.is_alphabetic() || c == '-')
        && !is_stopword(&t.lower)
        && !is_time_word(&t.lower)
        && duration_unit(&t.lower).is_none()
}

/// Whether the number at `i` looks like part of a phone number or reference code.
pub fn phone_like(toks: &[Token], num: &Num) -> bool {
    let digit = |k: Option<usize>| k.and_then(|k| toks.get(k)).is_some_and(|t| t.kind == TokKind::Number);
    let skip_sep = |k: usize, back: bool| {
        let mut k = k;
        while toks.get(k).is_some_and(|t| t.is_punct_of("-()+./")) {
            k = if back {
                k.checked_sub(1).unwrap_or(usize::MAX)
            } else {
                k + 1
            };
        }
        k
    };
    let before = num.start.checked_sub(1).map(|p| skip_sep(p, true));
    let after = Some(skip_sep(num.end, false));
    digit(before)
        || digit(after)
        || toks.get(num.start).is_some_and(|t| {
            t.lower.len() > 3
                && t.lower.chars().filter(|c| *c == '-').count() >= 1
                && t.lower.chars().all(|c| c.is_ascii_digit() || c == '-')
        })
}
