//! Counts worded apart from "N nouns": a capacity glued to its noun ("a 300-bed hospital"), a
//! count that is the subject of a casualty verb ("about 20,000 had fled"), and digits grouped with
//! dots ("5.000 injured"), and a count whose noun the previous sentence gave ("There are 900
//! stationed there").

use super::ClaimKind;
use super::amounts::hedge_at;
use super::lexicon::{casualty_role, is_stopword};
use super::numbers::Num;
use super::raw::Raw;
use super::tokens::{TokKind, Token, lower_at};
use super::units::duration_unit;
use super::value::Value;

/// "a 300-bed hospital", "the 9,000-seat arena": a capacity glued to its noun by a hyphen,
/// counted in that noun. Not "a 25-year-old" (an age) nor "a 3-0 win" (a score).
pub fn hyphenated_count(toks: &[Token], i: usize, at: usize) -> Option<Raw> {
    let (n, noun) = toks.get(at)?.lower.rsplit_once('-')?;
    let v = super::numbers::digits_value(n).filter(|v| *v >= 2.0 && v.fract() == 0.0)?;
    let plain = noun.len() >= 3 && noun.chars().all(|c| c.is_ascii_alphabetic());
    let describes = toks
        .get(at + 1)
        .is_some_and(|t| t.kind == TokKind::Word && !is_stopword(&t.lower));
    if !plain || !describes || duration_unit(noun).is_some() || is_stopword(noun) || matches!(noun, "old" | "odd") {
        return None;
    }
    // "a 10,000-seat arena" is as rounded as "10,000 seats".
    let num = Num {
        round: v >= 100.0 && v % 100.0 == 0.0,
        ..Num::token(v, at)
    };
    let (hedge, start) = hedge_at(toks, i, &num);
    let value = Value::Amount {
        value: v,
        value_hi: None,
        hedge,
        unit: noun.to_string(),
        round: num.round,
    };
    Some(Raw::new(ClaimKind::Quantity, value, start, at + 1, at, Some(at)))
}

/// A count's value, reading "5.000" and "2.750.000" as thousands: outlets that group digits
/// with dots write counts that way, and a count of people or homes is never fractional.
pub fn counted_value(tok: &Token, parsed: f64) -> f64 {
    let mut groups = tok.lower.split('.');
    let lead = groups
        .next()
        .is_some_and(|g| (1..=3).contains(&g.len()) && g.bytes().all(|b| b.is_ascii_digit()));
    let rest: Vec<&str> = groups.collect();
    let grouped = lead
        && !rest.is_empty()
        && rest
            .iter()
            .all(|g| g.len() == 3 && g.bytes().all(|b| b.is_ascii_digit()));
    if grouped {
        tok.lower.replace('.', "").parse().unwrap_or(parsed)
    } else {
        parsed
    }
}

/// The casualty word after an auxiliary at `k` ("had fled", "were killed", "have been
/// evacuated"), by its token.
pub fn casualty_after_aux(toks: &[Token], k: usize) -> Option<usize> {
    if !matches!(lower_at(toks, k), "had" | "have" | "has" | "were" | "are") {
        return None;
    }
    let k = if lower_at(toks, k + 1) == "been" { k + 2 } else { k + 1 };
    casualty_role(lower_at(toks, k)).map(|_| k)
}

/// Whether a count's `unit` is a participle ("stationed", "deployed", "based") rather than a
/// noun, so what it counts is named in the sentence before (see [`elided_noun`]). Casualty
/// participles are already counted in people.
pub fn counts_elided(unit: &str) -> bool {
    let participle = unit.len() > 4 && unit.ends_with("ed") && !unit.ends_with("eed");
    participle && casualty_role(unit).is_none()
}

/// The noun a count leaves out because the sentence before named it: "He wants the soldiers
/// home. There are nearly 900 stationed there." `unit` is the word read after the number; when
/// it is a participle ("stationed", "deployed", "based"), not a noun, the count is of the last
/// plural noun of `prev` (the previous sentence's tokens). Casualty participles are already
/// counted in people.
/// Returns the noun as counted and its token in `prev`.
pub fn elided_noun(unit: &str, prev: &[Token]) -> Option<(String, usize)> {
    if !counts_elided(unit) {
        return None;
    }
    let at = prev.iter().rposition(|t| {
        super::nouns::noun_candidate(t)
            && !t.capitalized()
            && t.lower.len() > 3
            && super::nouns::plural_like(&t.lower)
            && !t.lower.ends_with("ed")
    })?;
    let noun = match lower_at(prev, at) {
        w if super::nouns::troops_noun(w) => "troops".to_string(),
        w if super::nouns::person_noun(w) => "people".to_string(),
        w => w.to_string(),
    };
    Some((noun, at))
}
