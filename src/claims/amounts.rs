//! Durations and counts/amounts: a number, its hedge, and the unit or noun it measures.

use super::ClaimKind;
use super::counts::{casualty_after_aux, counted_value, hyphenated_count};
use super::demography::{apposed_age, hyphenated_age, population};
use super::lexicon::{is_casualty, is_stopword};
use super::nouns::{adjective_like, definite, noun_candidate, person_noun, phone_like, plural_like, singular_person};
use super::numbers::{Num, after_between, hedge_before, parse_range, words_value};
use super::raw::Raw;
use super::tokens::{TokKind, Token};
use super::units::{Measure, duration_unit, measure};
use super::value::{Hedge, Value};

fn lower<'a>(toks: &'a [Token<'_>], i: usize) -> &'a str {
    toks.get(i).map_or("", |t| t.lower.as_ref())
}

/// Words after a duration that turn it into relative timing ("two days ago", "an hour later")
/// or an age ("25 years old"), which are not durations.
fn not_a_duration_after(w: &str) -> bool {
    matches!(
        w,
        "ago" | "later" | "earlier" | "after" | "before" | "old" | "from" | "since"
    )
}

/// Verbs and prepositions after which "an hour" / "a day" states a duration.
fn duration_context(w: &str) -> bool {
    matches!(
        w,
        "for"
            | "lasted"
            | "last"
            | "lasting"
            | "lasts"
            | "took"
            | "take"
            | "takes"
            | "than"
            | "nearly"
            | "almost"
            | "about"
            | "around"
            | "roughly"
            | "some"
            | "over"
            | "under"
            | "just"
            | "spent"
            | "spend"
    )
}

/// Apply a hedge found before token `i` (if any); returns the hedge and where the claim starts.
pub(super) fn hedge_at(toks: &[Token], i: usize, num: &Num) -> (Hedge, usize) {
    // A signed number starts at its sign ("about -5 degrees").
    let i = i.min(num.start);
    match hedge_before(toks, i) {
        Some((Hedge::Range, _)) if num.hi.is_none() => (Hedge::Exact, i),
        Some((h, s)) if num.hi.is_none() => (h, s),
        Some((_, s)) => (Hedge::Range, s),
        None if num.hi.is_some() => (Hedge::Range, i),
        None => (Hedge::Exact, i),
    }
}

/// A duration starting at token `i`: compounds ("90-minute break"), "75 minutes",
/// "four hours and 10 minutes", "an hour and a half", "half an hour", "four to six hours".
pub fn duration(toks: &[Token], i: usize) -> Option<Raw> {
    let t = toks.get(i)?;
    // Hyphenated compound adjective: "six-hour", "two-and-a-half-hour", "20-minute-long".
    // Checked for a hyphen first: splitting every token of the article would allocate.
    let parts: Vec<&str> = if t.kind == TokKind::Word && t.lower.contains('-') {
        t.lower.split('-').collect()
    } else {
        Vec::new()
    };
    if parts.len() > 1
        && let Some(u) = parts.iter().position(|p| duration_unit(p).is_some())
    {
        let (nums, rest) = (parts.get(..u)?, parts.get(u + 1..)?);
        if !(rest.is_empty() || rest == ["long"]) {
            return None;
        }
        let v = words_value(nums)? * duration_unit(parts.get(u)?)?;
        let num = Num::token(v, i);
        let (hedge, start) = hedge_at(toks, i, &num);
        // "a 35-minute one-on-one meeting": the part word qualifies the noun that follows.
        let skip = usize::from(toks.get(i + 1).is_some_and(|h| super::lexicon::part_word(&h.lower)));
        let head = toks
            .get(i + 1 + skip)
            .filter(|h| h.kind == TokKind::Word && !is_stopword(&h.lower))
            .map(|_| i + 1 + skip);
        let value = Value::Amount {
            value: v,
            value_hi: None,
            hedge,
            unit: "min".into(),
            round: false,
        };
        return Some(Raw::new(
            ClaimKind::Duration,
            value,
            start,
            head.map_or(i + 1, |h| h + 1),
            i,
            head,
        ));
    }
    // "half an hour".
    if t.lower == "half" && matches!(lower(toks, i + 1), "an" | "a") {
        let unit = duration_unit(lower(toks, i + 2))?;
        let num = Num {
            value: 0.5,
            hi: None,
            start: i,
            end: i + 3,
            round: false,
        };
        let (hedge, start) = hedge_at(toks, i, &num);
        let value = Value::Amount {
            value: unit * 0.5,
            value_hi: None,
            hedge,
            unit: "min".into(),
            round: false,
        };
        return Some(Raw::new(ClaimKind::Duration, value, start, i + 3, i, None));
    }
    let num = if matches!(t.lower.as_ref(), "a" | "an") {
        let ok = duration_unit(lower(toks, i + 1)).is_some()
            && (lower(toks, i + 2) == "and" || i.checked_sub(1).is_some_and(|p| duration_context(lower(toks, p))));
        if !ok {
            return None;
        }
        Num {
            value: 1.0,
            hi: None,
            start: i,
            end: i + 1,
            round: false,
        }
    } else {
        parse_range(toks, i, after_between(toks, i))?
    };
    let unit = duration_unit(lower(toks, num.end))?;
    let mut end = num.end + 1;
    let mut minutes = num.value * unit;
    let mut hi = num.hi.map(|h| h * unit);
    // "an hour and a half", "two hours and a half".
    if lower(toks, end) == "and" && lower(toks, end + 1) == "a" && lower(toks, end + 2) == "half" {
        minutes += unit * 0.5;
        end += 3;
    } else if hi.is_none() {
        // "four hours and 10 minutes", "2 hours 10 minutes".
        let k = if lower(toks, end) == "and" { end + 1 } else { end };
        if let Some(n2) = parse_range(toks, k, false).filter(|n| n.hi.is_none())
            && let Some(u2) = duration_unit(lower(toks, n2.end)).filter(|u2| *u2 < unit)
        {
            minutes += n2.value * u2;
            end = n2.end + 1;
        }
    }
    if not_a_duration_after(lower(toks, end)) {
        return None;
    }
    let (hedge, start) = hedge_at(toks, i, &num);
    if hedge != Hedge::Range {
        hi = None;
    }
    let value = Value::Amount {
        value: minutes,
        value_hi: hi,
        hedge,
        unit: "min".into(),
        round: num.round,
    };
    // "three days of mourning": the noun after "of" is what lasts.
    let noun = |k: usize| {
        toks.get(k)
            .is_some_and(|t| t.kind == TokKind::Word && !is_stopword(&t.lower))
    };
    // "three days of national mourning": the last of up to two words.
    let head = (lower(toks, end) == "of" && noun(end + 1)).then(|| if noun(end + 2) { end + 2 } else { end + 1 });
    Some(Raw::new(ClaimKind::Duration, value, start, end, i, head))
}

/// A count or amount starting at token `i`: "100,000 troops", "at least 40 people",
/// "more than 2,000 injured", "$2 billion to $4 billion", "a quarter of a million people", "12%".
pub fn quantity(toks: &[Token], i: usize) -> Option<Raw> {
    let t = toks.get(i)?;
    let currency = match t.lower.as_ref() {
        "$" | "us$" => Some("USD"),
        "€" => Some("EUR"),
        "£" => Some("GBP"),
        _ => None,
    };
    let at = if currency.is_some() { i + 1 } else { i };
    let first = toks.get(at)?;
    if currency.is_none()
        && first.kind == TokKind::Word
        && let Some(age) = hyphenated_age(toks, at)
    {
        return Some(age);
    }
    if first.kind == TokKind::Word && first.capitalized() && at > 0 {
        return None; // "Air Force One", "Formula One": names, not counts.
    }
    // "5.4-magnitude", "7.5-tonne": a number glued to its unit by a hyphen.
    // "310-foot-long": the extent word after the unit says what is measured, not the unit.
    let glued = first.lower.as_ref();
    let glued = ["-long", "-deep", "-high", "-wide", "-tall"]
        .iter()
        .find_map(|s| glued.strip_suffix(s))
        .unwrap_or(glued);
    if first.kind == TokKind::Word
        && let Some((n, u)) = glued.rsplit_once('-')
        && let (Some(v), Some(unit)) = (super::numbers::digits_value(n), measure(u, lower(toks, at + 1)))
        && unit.words == 1
    {
        let num = Num::token(v, at);
        let (hedge, start) = hedge_at(toks, i, &num);
        return Some(measured(unit, &num, hedge, start, at + 1, at));
    }
    if currency.is_none()
        && first.kind == TokKind::Word
        && let Some(raw) = hyphenated_count(toks, i, at)
    {
        return Some(raw);
    }
    let num = parse_range(toks, at, after_between(toks, i))?;
    let year_like = first.kind == TokKind::Number
        && first.lower.len() == 4
        && (1000.0..=2100.0).contains(&num.value)
        && num.end == at + 1;
    let prev = i.checked_sub(1).map_or("", |p| lower(toks, p));
    let list_marker = i == 0 && toks.get(num.end).is_some_and(|n| n.is_punct_of(".)"));
    // "one" is mostly a pronoun ("one of them"); "one person died" still counts someone.
    let one_counted = toks.get(num.end).is_some_and(|w| singular_person(&w.lower));
    // "the 2.4 mile pier": a definite article before a measure still gives its size.
    let measure_follows = measure(lower(toks, num.end), lower(toks, num.end + 1)).is_some();
    // "the two leaders" describes; "the 28,500 troops stationed there" still counts them.
    let thousands = first.lower.contains(',');
    if year_like
        || (definite(prev) && !measure_follows && !thousands)
        || list_marker
        || phone_like(toks, &num)
        || (num.value == 1.0 && num.hi.is_none() && !one_counted)
    {
        return None;
    }
    let (hedge, start) = hedge_at(toks, i, &num);
    if currency.is_none() {
        if let Some(age) = (hedge == Hedge::Exact).then(|| apposed_age(toks, &num)).flatten() {
            return Some(age);
        }
        if let Some(p) = population(toks, &num, start, hedge) {
            return Some(p);
        }
    }
    let mut end = num.end;
    // "magnitude 5.4": the unit is named before the number.
    let prev2 = i.checked_sub(2).map_or("", |p| lower(toks, p));
    // "magnitude 5.4", "a magnitude of 7.3", "measured the magnitude as 7.3".
    if currency.is_none()
        && (matches!(prev, "magnitude" | "magnitude-") || (matches!(prev, "of" | "as" | "at") && prev2 == "magnitude"))
    {
        let unit = measure("magnitude", "")?;
        return Some(measured(unit, &num, hedge, start.min(i - 1), end, at));
    }
    if currency.is_none()
        && let Some(unit) = measure(lower(toks, end), lower(toks, end + 1))
    {
        return Some(measured(unit, &num, hedge, start, end + unit.words, at));
    }
    let (unit, head) = if let Some(cur) = currency {
        (cur.to_string(), None)
    } else if lower(toks, end) == "%" || lower(toks, end) == "percent" {
        end += 1;
        ("%".to_string(), None)
    } else if lower(toks, end) == "per" && lower(toks, end + 1) == "cent" {
        end += 2;
        ("%".to_string(), None)
    } else {
        // "150 reported injured", "29 confirmed dead": the participle qualifies the casualty word.
        if matches!(
            lower(toks, end),
            "reported" | "confirmed" | "estimated" | "more" | "other"
        ) && toks.get(end + 1).is_some_and(|w| is_casualty(&w.lower))
        {
            end += 1;
        }
        // "nine of the dead", "30 of the victims": a share of the casualties, counted in people.
        if lower(toks, end) == "of"
            && matches!(lower(toks, end + 1), "the" | "those")
            && toks
                .get(end + 2)
                .is_some_and(|w| is_casualty(&w.lower) || person_noun(&w.lower))
        {
            end += 2;
        }
        // "4,000 U.N. troops", "17 Danish sailors": a proper adjective before the noun.
        if toks
            .get(end)
            .is_some_and(|w| w.capitalized() && w.lower.len() <= 4 && w.lower.contains('.'))
            || (toks.get(end).is_some_and(Token::capitalized)
                && toks
                    .get(end + 1)
                    .is_some_and(|w| noun_candidate(w) && plural_like(&w.lower)))
        {
            end += 1;
            if lower(toks, end) == "." {
                end += 1;
            }
        }
        // "around 20,000 had fled", "40 were killed": the count is the subject of a casualty verb.
        if let Some(k) = casualty_after_aux(toks, end) {
            let value = Value::Amount {
                value: counted_value(first, num.value),
                value_hi: num.hi.filter(|_| hedge == Hedge::Range),
                hedge,
                unit: "people".into(),
                round: num.round,
            };
            return Some(Raw::new(ClaimKind::Quantity, value, start, k + 1, at, Some(k)));
        }
        let w1 = toks.get(end).filter(|w| noun_candidate(w))?;
        if super::nouns::troops_noun(&w1.lower) {
            end += 1;
            ("troops".to_string(), Some(end - 1))
        } else if is_casualty(&w1.lower) || person_noun(&w1.lower) || singular_person(&w1.lower) {
            end += 1;
            ("people".to_string(), Some(end - 1))
        } else if toks.get(end + 1).is_some_and(|w2| person_noun(&w2.lower)) && !plural_like(&w1.lower) {
            // "17 Danish sailors", "eleven farm workers": people, whatever their trade.
            end += 2;
            ("people".to_string(), Some(end - 1))
        } else {
            let w2 = toks.get(end + 1).filter(|w| noun_candidate(w) && plural_like(&w.lower));
            match w2 {
                Some(w2) if !plural_like(&w1.lower) && adjective_like(w1) => {
                    end += 2;
                    (w2.lower.to_string(), Some(end - 1))
                }
                _ => {
                    end += 1;
                    (w1.lower.to_string(), Some(end - 1))
                }
            }
        }
    };
    let counted = if unit == "%" || currency.is_some() {
        num.value
    } else {
        counted_value(first, num.value)
    };
    let (value, value_hi) = match num.hi {
        Some(h) if hedge == Hedge::Range => (counted, Some(h)),
        _ => (counted, None),
    };
    let value = Value::Amount {
        value,
        value_hi,
        hedge,
        unit,
        round: num.round,
    };
    Some(Raw::new(ClaimKind::Quantity, value, start, end, at, head))
}

/// A measured amount, converted into its canonical unit. A converted value is marked round:
/// "12 km (7.5 miles)" is exact in neither unit, so comparison allows for the rounding.
fn measured(unit: Measure, num: &Num, hedge: Hedge, start: usize, end: usize, anchor: usize) -> Raw {
    let convert = |v: f64| v * unit.factor + unit.offset;
    let converted = unit.factor != 1.0 || unit.offset != 0.0;
    let value = Value::Amount {
        value: convert(num.value),
        value_hi: num.hi.filter(|_| hedge == Hedge::Range).map(convert),
        hedge,
        unit: unit.unit.to_string(),
        round: num.round || converted,
    };
    Raw::new(ClaimKind::Quantity, value, start, end, anchor, None)
}
