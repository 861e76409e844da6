//! Ages of named people ("49-year-old Ana Ruiz", "Ana Ruiz, 49,") and populations of places
//! ("a town of 100,000", "a population of about 2 million"): facts outlets state about who
//! and where, compared like measures so that a different age or size is a finding.

use super::numbers::{Num, digits_value};
use super::raw::Raw;
use super::tokens::{TokKind, Token, lower_at};
use super::value::{Hedge, Value};
use super::{ClaimKind, lexicon::is_stopword};

/// The unit of an age, and of a population.
pub const AGE: &str = "years old";
pub const POPULATION: &str = "inhabitants";

/// Whether a measure's aspect alone labels it ("age of ruiz", not "age of ruiz (years old)").
pub fn names_itself(unit: &str) -> bool {
    unit == AGE || unit == POPULATION
}

fn name_word(t: Option<&Token>) -> bool {
    t.is_some_and(|t| t.kind == TokKind::Word && t.capitalized() && !is_stopword(&t.lower))
}

/// The run of capitalized words starting at `k`, as its end (exclusive).
fn name_run(toks: &[Token], k: usize) -> usize {
    (k..toks.len()).find(|&j| !name_word(toks.get(j))).unwrap_or(toks.len())
}

fn amount(value: f64, hedge: Hedge, unit: &str, round: bool) -> Value {
    Value::Amount {
        value,
        value_hi: None,
        hedge,
        unit: unit.to_string(),
        round,
    }
}

/// "49-year-old Ana Ruiz" at token `at`: an age, when a person's name follows. One capitalized
/// word followed by a noun ("a 49-year-old Lisbon resident") is a place, not a name.
pub fn hyphenated_age(toks: &[Token], at: usize) -> Option<Raw> {
    let t = toks.get(at)?;
    let n = t
        .lower
        .strip_suffix("-year-old")
        .or_else(|| t.lower.strip_suffix("-years-old"))?;
    let v = digits_value(n).filter(|v| v.fract() == 0.0 && (1.0..=120.0).contains(v))?;
    let end = name_run(toks, at + 1);
    let one_word_then_noun = end == at + 2 && toks.get(end).is_some_and(|w| w.kind == TokKind::Word);
    if end == at + 1 || one_word_then_noun {
        return None;
    }
    Some(Raw::new(
        ClaimKind::Quantity,
        amount(v, Hedge::Exact, AGE, false),
        at,
        at + 1,
        at,
        None,
    ))
}

/// "Ana Ruiz, 49, of Alba": an age in commas after a full name, when the sentence goes on in
/// lower case (a list of towns and their tolls, "Alba, 12, Brell, 7", does not).
pub fn apposed_age(toks: &[Token], num: &Num) -> Option<Raw> {
    let at = num.start;
    let whole = num.hi.is_none() && num.value.fract() == 0.0 && (1.0..=120.0).contains(&num.value);
    let commas = at >= 3 && lower_at(toks, at - 1) == "," && lower_at(toks, num.end) == ",";
    let full_name = commas && name_word(toks.get(at - 2)) && name_word(toks.get(at - 3));
    let goes_on = toks
        .get(num.end + 1)
        .is_some_and(|w| w.kind == TokKind::Word && !w.capitalized());
    (whole && full_name && goes_on).then(|| {
        Raw::new(
            ClaimKind::Quantity,
            amount(num.value, Hedge::Exact, AGE, false),
            at,
            num.end,
            at,
            None,
        )
    })
}

/// Words for a place whose size in people can be given ("a town of 100,000").
fn settlement(w: &str) -> bool {
    matches!(
        w,
        "town"
            | "city"
            | "township"
            | "village"
            | "municipality"
            | "community"
            | "island"
            | "country"
            | "nation"
            | "province"
            | "region"
            | "district"
            | "suburb"
            | "metropolis"
            | "population"
    )
}

/// "a town of 100,000", "a city of almost 2 million people", "a population of 40,000": the
/// number `num` (its hedge starting at `start`) after "of" counts the place's inhabitants.
pub fn population(toks: &[Token], num: &Num, start: usize, hedge: Hedge) -> Option<Raw> {
    let of = start.checked_sub(1)?;
    if lower_at(toks, of) != "of" || !settlement(lower_at(toks, of.checked_sub(1)?)) {
        return None;
    }
    let next = lower_at(toks, num.end);
    let people = matches!(next, "people" | "residents" | "inhabitants" | "souls");
    // "a town of 300 homes" counts something else.
    let bare = toks.get(num.end).is_none_or(|t| t.kind != TokKind::Word)
        || matches!(
            next,
            "is" | "was" | "has" | "had" | "that" | "which" | "where" | "and" | "in" | "on"
        );
    if !(people || bare) || num.hi.is_some() {
        return None;
    }
    let end = num.end + usize::from(people);
    Some(Raw::new(
        ClaimKind::Quantity,
        amount(num.value, hedge, POPULATION, num.round),
        start,
        end,
        num.start,
        None,
    ))
}

/// What an age or population measures: "age of ruiz" (the surname, which outlets keep when
/// they drop the first name), or "population".
pub fn aspect(toks: &[Token], start: usize, end: usize, unit: &str) -> Option<String> {
    if unit == POPULATION {
        return Some("population".to_string());
    }
    let after = name_run(toks, end);
    let surname = if after > end {
        toks.get(after - 1)
    } else {
        start.checked_sub(2).and_then(|k| toks.get(k))
    };
    surname
        .filter(|t| name_word(Some(t)))
        .map(|t| format!("age of {}", t.lower.strip_suffix("'s").unwrap_or(&t.lower)))
}

#[cfg(test)]
mod tests {
    use crate::claims::tests::claims_of;

    fn values(s: &str) -> Vec<String> {
        claims_of(s).into_iter().map(|c| c.2).collect()
    }

    #[test]
    fn ages_of_named_people_only() {
        assert_eq!(
            values("The dead include 49-year-old Ana Ruiz, a welder."),
            ["49 years old"]
        );
        assert_eq!(values("Ana Ruiz, 49, of Alba, was among them."), ["49 years old"]);
        assert_eq!(values("The 25-year-old driver was unhurt."), Vec::<String>::new());
        assert_eq!(values("A 49-year-old Lisbon resident was hurt."), Vec::<String>::new());
        assert_eq!(values("Deaths: Alba, 12, Brell, 7."), Vec::<String>::new());
    }

    #[test]
    fn populations() {
        assert_eq!(values("The town of 100,000 was hit hardest."), ["100,000 inhabitants"]);
        assert_eq!(
            values("Orrin, a city of almost 2 million people, lost power."),
            ["nearly 2 million inhabitants"]
        );
        assert_eq!(values("It razed a village of 300 homes."), ["300 homes"]);
    }
}
