//! Relative timing of an event ("soon", "after the <event>", "within days", "next week",
//! "by the end of the year", "two months ago", "since 2016"), bucketed for comparison.

use super::ClaimKind;
use super::lexicon::{event_noun, is_stopword};
use super::numbers::parse_number;
use super::raw::Raw;
use super::tokens::{TokKind, Token};
use super::value::{Relative, Value};
use super::wordlist::word_match;

fn lower<'a>(toks: &'a [Token<'_>], i: usize) -> &'a str {
    toks.get(i).map_or("", |t| t.lower.as_ref())
}

/// Days in a calendar unit word, singular or plural.
pub fn unit_days(w: &str) -> Option<f64> {
    unit_word_days(w.strip_suffix('s').unwrap_or(w))
}

word_match! {
    /// Days in a calendar unit word, singular.
    pub fn unit_word_days -> f64, words UNIT_WORDS {
        "hour" => 1.0 / 24.0,
        "day" => 1.0,
        "week" => 7.0,
        "weekend" => 7.0,
        "fortnight" => 14.0,
        "month" => 30.0,
        "year" => 365.0,
        "decade" => 3650.0,
    }
}

fn unit_name(w: &str) -> String {
    w.strip_suffix('s').unwrap_or(w).to_string()
}

fn raw(rel: Relative, start: usize, end: usize, anchor: usize) -> Option<Raw> {
    Some(Raw::new(
        ClaimKind::RelativeTime,
        Value::Relative(rel),
        start,
        end,
        anchor,
        None,
    ))
}

/// "the <modifiers> <event noun>" after "after"/"before" at `k`: the canonical event and the end.
fn event_after(toks: &[Token], k: usize) -> Option<(String, usize)> {
    let mut j = k;
    if matches!(
        lower(toks, j),
        "the" | "a" | "an" | "this" | "that" | "their" | "its" | "his" | "her" | "next"
    ) {
        j += 1;
    }
    for _ in 0..3 {
        let t = toks.get(j)?;
        if t.kind == TokKind::Punct {
            return None;
        }
        if let Some(ev) = event_noun(t.lower.strip_suffix("'s").unwrap_or(&t.lower)) {
            return Some((ev.to_string(), j + 1));
        }
        if is_stopword(&t.lower) && j > k {
            return None;
        }
        j += 1;
    }
    None
}

/// A relative-timing phrase starting at token `i`.
pub fn relative(toks: &[Token], i: usize) -> Option<Raw> {
    let w = |k: usize| lower(toks, i + k);
    let prev = lower(toks, i.wrapping_sub(1));
    match w(0) {
        // near + future/term after "in the", "in the coming days", "in three weeks".
        "in" | "for" => {
            let (k, det) = if w(1) == "the" { (2, true) } else { (1, false) };
            if w(k) == "near" && matches!(w(k + 1), "future" | "term") {
                return raw(Relative::Soon, i, i + k + 2, i + k);
            }
            if matches!(w(k), "coming" | "next" | "following") {
                let j = if w(k + 1) == "few" { k + 2 } else { k + 1 };
                if let Some(d) = unit_days(w(j)).filter(|_| w(j).ends_with('s')) {
                    return raw(Relative::Within { days: d * 3.0 }, i, i + j + 1, i + j);
                }
            }
            if w(0) == "in"
                && !det
                && let Some(n) = parse_number(toks, i + 1).filter(|n| n.hi.is_none())
            {
                let d = unit_days(lower(toks, n.end))?;
                return raw(Relative::InFuture { days: n.value * d }, i, n.end + 1, i + 1);
            }
            if w(0) == "in" && w(1) == "the" && w(2) == "days" && w(3) == "ahead" {
                return raw(Relative::Within { days: 7.0 }, i, i + 4, i + 2);
            }
            None
        }
        "soon" | "shortly" | "imminently" | "swiftly" if prev != "as" && !matches!(w(1), "after" | "before" | "as") => {
            raw(Relative::Soon, i, i + 1, i)
        }
        "recently" | "lately" => raw(Relative::Recently, i, i + 1, i),
        "near" if matches!(w(1), "future" | "term") && prev != "the" => raw(Relative::Soon, i, i + 2, i),
        "within" => {
            if let Some(d) = unit_days(w(1)).filter(|_| w(1).ends_with('s')) {
                // "within days" / "within weeks": a handful of the unit.
                return raw(
                    Relative::Within {
                        days: (d * 7.0).max(1.0),
                    },
                    i,
                    i + 2,
                    i + 1,
                );
            }
            let n = if matches!(w(1), "a" | "an") {
                1.0
            } else {
                parse_number(toks, i + 1).map(|n| n.value)?
            };
            let j = if matches!(w(1), "a" | "an") {
                i + 2
            } else {
                parse_number(toks, i + 1)?.end
            };
            let d = unit_days(lower(toks, j))?;
            raw(Relative::Within { days: n * d }, i, j + 1, i + 1)
        }
        "next" | "last" | "this" if unit_days(w(1)).is_some() && !w(1).ends_with('s') => {
            let unit = unit_name(w(1));
            let rel = match w(0) {
                "next" => Relative::Next { unit },
                "last" => Relative::Last { unit },
                _ => Relative::This {
                    unit,
                    part: String::new(),
                },
            };
            // "the last week of talks" is a span, not a time: skip after a determiner.
            if matches!(prev, "the" | "a" | "its" | "their" | "his" | "her") {
                return None;
            }
            raw(rel, i, i + 2, i + 1)
        }
        "later" | "earlier" => {
            let part = w(0).to_string();
            let (k, unit_at) = match (w(1), w(2)) {
                ("this", _) => (3, 2),
                ("in", "the") => (4, 3),
                _ => return None,
            };
            let unit = w(unit_at);
            unit_days(unit).filter(|_| !unit.ends_with('s'))?;
            raw(
                Relative::This {
                    unit: unit_name(unit),
                    part,
                },
                i,
                i + k,
                i + unit_at,
            )
        }
        "by" => {
            // "by the end of the year", "by the end of this month", "by year-end".
            if w(1) == "year-end" {
                return raw(Relative::ByEnd { unit: "year".into() }, i, i + 2, i + 1);
            }
            if w(1) == "the" && w(2) == "end" && w(3) == "of" {
                let k = if matches!(w(4), "the" | "this" | "next") { 5 } else { 4 };
                let unit = w(k);
                unit_days(unit).filter(|_| !unit.ends_with('s'))?;
                return raw(Relative::ByEnd { unit: unit_name(unit) }, i, i + k + 1, i + k);
            }
            None
        }
        "since" => {
            let t = toks
                .get(i + 1)
                .filter(|t| t.kind == TokKind::Number && t.lower.len() == 4)?;
            let year: i32 = t.lower.parse().ok().filter(|y| (1800..=2100).contains(y))?;
            raw(Relative::Since { year }, i, i + 2, i + 1)
        }
        "after" | "following" | "before" | "ahead" | "prior" => {
            let k = match w(0) {
                "ahead" | "prior" if matches!(w(1), "of" | "to") => i + 2,
                "ahead" | "prior" => return None,
                _ => i + 1,
            };
            let (event, end) = event_after(toks, k)?;
            let start = match prev {
                "shortly" | "soon" | "just" | "right" | "immediately" | "directly" => i - 1,
                _ => i,
            };
            let rel = if matches!(w(0), "after" | "following") {
                Relative::After { event }
            } else {
                Relative::Before { event }
            };
            raw(rel, start, end, end - 1)
        }
        _ => {
            // "two months ago", "a week ago". A bare "years ago" says no span: it is not read as three.
            let (value, j) = if matches!(w(0), "a" | "an") {
                (1.0, i + 1)
            } else if unit_days(w(0)).is_some() && w(1) == "ago" {
                return None;
            } else {
                let n = parse_number(toks, i)?;
                (n.value, n.end)
            };
            let d = unit_days(lower(toks, j))?;
            (lower(toks, j + 1) == "ago").then_some(())?;
            raw(Relative::Ago { days: value * d }, i, j + 2, j)
        }
    }
}
