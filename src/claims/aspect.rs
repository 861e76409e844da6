//! What a measured amount measures: "10 km deep" is a depth, "17 km southwest of Alba" a
//! distance from Alba, "$2 billion in aid" an amount of aid. Two amounts in one unit are one
//! fact only when they measure the same aspect; a bare "10 km" measures nothing nameable.

use super::lexicon::is_stopword;
use super::tokens::{TokKind, Token, lower_at};

/// The aspect an adjective or noun of extent names.
fn extent(w: &str) -> Option<&'static str> {
    Some(match w {
        "deep" | "depth" | "beneath" | "below" | "underground" => "depth",
        "long" | "length" | "lengths" => "length",
        "high" | "tall" | "height" | "altitude" | "elevation" => "height",
        "wide" | "width" | "across" | "diameter" | "radius" => "width",
        "distance" => "distance",
        _ => return None,
    })
}

fn direction(w: &str) -> bool {
    // "south-west" and "southwest" alike, without building a new string.
    let joined = |a: &str, b: &str| {
        w.strip_prefix(a)
            .map(|r| r.strip_prefix('-').unwrap_or(r))
            .is_some_and(|r| r == b)
    };
    matches!(
        w,
        "north" | "south" | "east" | "west" | "away" | "from" | "off" | "outside" | "inland" | "offshore"
    ) || ["north", "south"]
        .iter()
        .any(|a| joined(a, "east") || joined(a, "west"))
}

/// The proper name starting at `k`, by its first word ("Port" of "Port Vale City"), lower-cased:
/// outlets add or drop "City" or "Province", rarely change the first word.
fn name_at(toks: &[Token], k: usize) -> Option<String> {
    toks.get(k)
        .filter(|t| t.kind == TokKind::Word && t.capitalized())
        .map(|t| t.lower.strip_suffix("'s").unwrap_or(&t.lower).to_string())
}

/// Whose magnitude: the main event's ("a 5.4-magnitude quake"), or that of something else the
/// sentence names ("an aftershock of magnitude 5.2", "four quakes of magnitude 5 or more").
fn magnitude_of(toks: &[Token], start: usize, after: usize) -> String {
    let word = |k: usize| {
        toks.get(k).filter(|t| {
            t.kind == TokKind::Word
                && t.lower.len() > 3
                && !is_stopword(&t.lower)
                && t.lower != "magnitude"
                && !t.lower.ends_with("ly")
                && !t.lower.ends_with("ed")
        })
    };
    let plural = |w: &str| w.ends_with('s') && !w.ends_with("ss");
    let event = |w: &str| super::lexicon::event_noun(w).is_some();
    // Right after the value: "a magnitude 4.1 aftershock", "a 5.4-magnitude quake".
    if let Some(t) = word(after) {
        return if event(&t.lower) && !plural(&t.lower) {
            "magnitude".to_string()
        } else {
            format!("magnitude of {}", t.lower)
        };
    }
    // Before it: "three quakes of magnitude 4", "an earthquake of magnitude 5.4".
    let before = (start.saturating_sub(4)..start)
        .rev()
        .take_while(|&k| lower_at(toks, k) != ",")
        .filter_map(word)
        .find(|t| plural(&t.lower) || event(&t.lower));
    match before {
        Some(t) if plural(&t.lower) => format!("magnitude of {}", t.lower),
        _ => "magnitude".to_string(),
    }
}

/// The aspect a measured amount in `unit` at tokens `start..end` measures, if the sentence
/// names one.
pub fn aspect(toks: &[Token], start: usize, end: usize, unit: &str) -> Option<String> {
    // Skip a parenthesised conversion right after: "17 kilometres (10.5 miles) southwest of".
    let mut after = end;
    if lower_at(toks, after) == "(" {
        after = (after..(after + 6).min(toks.len()))
            .find(|&k| lower_at(toks, k) == ")")
            .map_or(end, |k| k + 1);
    }
    if lower_at(toks, after) == ")" {
        after += 1;
    }
    let before = |n: usize| (start.saturating_sub(n)..start).rev();
    match unit {
        "km" | "m" => {
            if let Some(e) = (after..(after + 2).min(toks.len())).find_map(|k| extent(lower_at(toks, k))) {
                return Some(e.to_string());
            }
            if direction(lower_at(toks, after)) {
                // "17 km southwest of Alba", "10 miles off the coast of Orrin", "50 km from Brell".
                let place = (after..(after + 7).min(toks.len()))
                    .filter(|&k| matches!(lower_at(toks, k), "of" | "from" | "off"))
                    .find_map(|k| {
                        let next = if lower_at(toks, k + 1) == "the" { k + 2 } else { k + 1 };
                        name_at(toks, next)
                    });
                // "felt in Port Vale, 1,000 km away": away from the place the clause named.
                let place = place.or_else(|| {
                    (lower_at(toks, after) == "away")
                        .then(|| {
                            (start.saturating_sub(10)..start)
                                .rev()
                                .filter(|&k| matches!(lower_at(toks, k), "in" | "at"))
                                .find_map(|k| name_at(toks, k + 1))
                        })
                        .flatten()
                });
                // "10 km from the site": a distance from nothing named is no fact to compare.
                return place.map(|p| format!("distance from {p}"));
            }
            if let Some(e) = before(4).find_map(|k| extent(lower_at(toks, k))) {
                return Some(e.to_string());
            }
            // "a 2.4-mile pier", "the 310 foot ferry": the size of what follows.
            let noun = |k: usize| {
                toks.get(k).filter(|t| {
                    t.kind == TokKind::Word
                        && !t.capitalized()
                        && t.lower.len() > 2
                        && !is_stopword(&t.lower)
                        && !t.lower.ends_with("ly")
                        && !matches!(
                            t.lower.as_ref(),
                            "above"
                                | "below"
                                | "away"
                                | "across"
                                | "along"
                                | "into"
                                | "onto"
                                | "over"
                                | "under"
                                | "beneath"
                                | "inland"
                                | "offshore"
                                | "apart"
                                | "behind"
                                | "ahead"
                        )
                })
            };
            let first = noun(after)?;
            // "the 2.4 mile pier collapsed": a verb after the noun is not part of it.
            let verbish =
                |w: &str| w.ends_with("ed") || w.ends_with("ing") || super::verbs::irregular_lemma(w).is_some();
            let last = noun(after + 1).filter(|t| !verbish(&t.lower)).unwrap_or(first);
            Some(format!("size of {}", last.lower))
        }
        "magnitude" => Some(magnitude_of(toks, start, after)),
        super::demography::AGE | super::demography::POPULATION => super::demography::aspect(toks, start, end, unit),
        "°C" => Some("temperature".to_string()),
        "km/h" => Some("speed".to_string()),
        "ha" => Some("area".to_string()),
        _ => {
            // Weights, money and shares: what follows "of"/"in"/"for" ("1,200 tonnes of grain").
            let k = (after..(after + 2).min(toks.len())).find(|&k| matches!(lower_at(toks, k), "of" | "in" | "for"))?;
            (k + 1..(k + 4).min(toks.len()))
                .filter_map(|j| toks.get(j))
                .find(|t| t.kind == TokKind::Word && t.lower.len() > 2 && !is_stopword(&t.lower))
                .map(|t| t.lower.to_string())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::tokens::tokenize;
    use crate::span::Span;

    fn of(s: &str, value: &str, unit: &str) -> Option<String> {
        let toks = tokenize(s, Span::new(0, s.len()));
        let k = toks.iter().position(|t| t.text == value)?;
        aspect(&toks, k, k + 2, unit)
    }

    #[test]
    fn extents_and_distances() {
        assert_eq!(of("It struck 10 km deep.", "10", "km").as_deref(), Some("depth"));
        assert_eq!(of("at a depth of 35 km", "35", "km").as_deref(), Some("depth"));
        assert_eq!(
            of("some 17 km (10.5 miles) southwest of Port Vale", "17", "km").as_deref(),
            Some("distance from port")
        );
        assert_eq!(of("a 2.4 mile span", "2.4", "km").as_deref(), Some("size of span"));
        assert_eq!(of("it was 10 km, officials said", "10", "km"), None);
        assert_eq!(
            of("the 2.4 mile span fell", "2.4", "km").as_deref(),
            Some("size of span")
        );
        assert_eq!(of("a 310 foot ferry boat", "310", "m").as_deref(), Some("size of boat"));
        assert_eq!(
            of("felt in Port Vale, some 900 km away", "900", "km").as_deref(),
            Some("distance from port")
        );
        assert_eq!(of("2,750 tonnes of grain", "2,750", "t").as_deref(), Some("grain"));
    }
}
