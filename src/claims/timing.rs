//! Times of day with their zones, and dates or weekdays.

use super::ClaimKind;
use super::lexicon::{month, weekday};
use super::numbers::{digits_value, hedge_before};
use super::raw::Raw;
use super::tokens::{TokKind, Token};
use super::value::{Hedge, Value};
use super::verbs::is_speech_verb;

fn lower<'a>(toks: &'a [Token<'_>], i: usize) -> &'a str {
    toks.get(i).map_or("", |t| t.lower.as_ref())
}

/// Offset from UTC in minutes for unambiguous zone abbreviations. "ET"/"PT" are left
/// unknown on purpose: without the date we cannot tell daylight time from standard time.
fn zone_offset(z: &str) -> Option<Option<i32>> {
    Some(match z {
        "gmt" | "utc" | "z" => Some(0),
        "bst" | "cet" | "wat" => Some(60),
        "cest" | "eet" | "cat" | "sast" => Some(120),
        "eest" | "msk" | "eat" => Some(180),
        "ist" => Some(330),
        "pht" | "sgt" | "hkt" | "awst" => Some(480),
        "aest" => Some(600),
        "jst" | "kst" => Some(540),
        "edt" => Some(-240),
        "est" | "cdt" => Some(-300),
        "cst" | "mdt" => Some(-360),
        "mst" | "pdt" => Some(-420),
        "pst" => Some(-480),
        "et" | "pt" | "ct" | "mt" => None,
        _ => return None,
    })
}

/// "h:mm", "h:mm pm", "h pm", "1pm", "noon"; returns minutes after midnight and the next token.
fn clock_at(toks: &[Token], i: usize) -> Option<(u32, usize)> {
    let t = toks.get(i)?;
    if matches!(t.lower.as_ref(), "noon" | "midday") {
        return Some((720, i + 1));
    }
    if t.lower == "midnight" {
        return Some((0, i + 1));
    }
    let (body, glued) = ["a.m", "p.m", "am", "pm"]
        .iter()
        .find_map(|s| t.lower.strip_suffix(s).filter(|b| !b.is_empty()).map(|b| (b, Some(*s))))
        .unwrap_or((t.lower.as_ref(), None));
    // "11.50pm": a dot separates hours and minutes only when a meridian follows.
    let split = body
        .split_once(':')
        .or_else(|| glued.and(body.split_once('.')))
        .or_else(|| {
            matches!(lower(toks, i + 1), "a.m" | "p.m" | "am" | "pm")
                .then(|| body.split_once('.'))
                .flatten()
        });
    // "1:26:39 a.m.": the seconds of a timeline are dropped.
    let split = split.map(|(h, m)| match m.split_once(':') {
        Some((m, sec)) if sec.len() == 2 && sec.chars().all(|c| c.is_ascii_digit()) => (h, m),
        _ => (h, m),
    });
    let (h, m) = match split {
        Some((h, m)) if m.len() == 2 => (h.parse::<u32>().ok()?, m.parse::<u32>().ok()?),
        Some(_) => return None,
        None if body.chars().all(|c| c.is_ascii_digit()) && body.len() <= 2 => (body.parse::<u32>().ok()?, 0),
        None => return None,
    };
    if h > 23 || m > 59 {
        return None;
    }
    let (meridian, mut next) = match glued {
        Some(g) => (Some(g), i + 1),
        None => match lower(toks, i + 1) {
            w @ ("a.m" | "p.m" | "am" | "pm") => (Some(if w.starts_with('a') { "am" } else { "pm" }), i + 2),
            _ => (None, i + 1),
        },
    };
    if toks.get(next).is_some_and(|p| p.lower == ".")
        && meridian.is_some_and(|m| m.contains('.') || toks.get(next - 1).is_some_and(|p| p.lower.contains('.')))
    {
        next += 1; // the final dot of "p.m."
    }
    let h = match meridian {
        Some(m) if m.starts_with('p') && h < 12 => h + 12,
        Some(m) if m.starts_with('a') && h == 12 => 0,
        Some(_) => h,
        // A bare "14:20" is a clock time; a bare "4" is not, unless a zone follows ("9 local time").
        None if body.contains(':') => h,
        None if matches!(lower(toks, next), "local" | "gmt" | "utc") && h <= 23 => h,
        None => return None,
    };
    Some((h * 60 + m, next))
}

/// A zone after a clock time: "local time", "local", "GMT", "<Place> time". Returns the
/// label, its UTC offset if known, and the next token.
fn zone_at(toks: &[Token], i: usize) -> Option<(String, Option<i32>, usize)> {
    let w = lower(toks, i);
    if w == "local" {
        let next = if lower(toks, i + 1) == "time" { i + 2 } else { i + 1 };
        return Some(("local".into(), None, next));
    }
    if let Some(off) = zone_offset(w) {
        let label = match off {
            Some(0) => "UTC".to_string(),
            _ => w.to_uppercase(),
        };
        return Some((label, off, i + 1));
    }
    // "<Place> time": the time where the event happens, i.e. local time.
    if toks.get(i).is_some_and(|t| t.capitalized() && t.kind == TokKind::Word) && lower(toks, i + 1) == "time" {
        return Some(("local".into(), None, i + 2));
    }
    None
}

/// A time of day starting at `i`: "1 p.m. local time", "14:20 local time",
/// "4:15 pm local (1415 GMT)", "just after 10 a.m. ET".
pub fn time_of_day(toks: &[Token], i: usize) -> Option<Raw> {
    let t = toks.get(i)?;
    // "1415 GMT": four bare digits count only with an explicit zone.
    let (minutes, mut next) = match clock_at(toks, i) {
        Some(c) => c,
        None if t.kind == TokKind::Number && t.lower.len() == 4 => {
            let v = digits_value(&t.lower)? as u32;
            zone_offset(lower(toks, i + 1))?;
            if v / 100 > 23 || v % 100 > 59 {
                return None;
            }
            ((v / 100) * 60 + v % 100, i + 1)
        }
        None => return None,
    };
    if matches!(t.lower.as_ref(), "noon" | "midday" | "midnight")
        && !matches!(
            lower(toks, i.wrapping_sub(1)),
            "at" | "by" | "until" | "before" | "after" | "around"
        )
    {
        return None;
    }
    // "10:15 p.m. Friday local time": the zone may follow the day.
    let day_between = weekday(lower(toks, next)).is_some() && zone_at(toks, next + 1).is_some();
    let at_zone = if day_between { next + 1 } else { next };
    let (zone, offset, after_zone) = zone_at(toks, at_zone).unwrap_or(("unspecified".into(), None, next));
    next = after_zone;
    // "face-to-face 0:37": a bare clock figure with no meridian, zone or "at" before it is as
    // likely a video's length or a score as a time of day.
    let meridian = t.lower.ends_with('m') || matches!(lower(toks, i + 1), "a.m" | "p.m" | "am" | "pm");
    let timed = (i.saturating_sub(3)..i).any(|k| {
        matches!(
            lower(toks, k),
            "at" | "by"
                | "until"
                | "till"
                | "from"
                | "before"
                | "after"
                | "since"
                | "around"
                | "about"
                | "approximately"
        )
    });
    if zone == "unspecified" && !meridian && !timed && t.kind != TokKind::Word {
        return None;
    }
    let mut utc = offset.map(|o| (minutes as i32 - o).rem_euclid(1440) as u32);
    // "(1415 GMT)" right after gives the UTC equivalent of a local time.
    if toks.get(next).is_some_and(|p| p.lower == "(")
        && let Some(inner) = time_of_day(toks, next + 1)
        && let Value::Clock { utc: Some(u), .. } = inner.value
        && toks.get(inner.end).is_some_and(|p| p.lower == ")")
    {
        utc = utc.or(Some(u));
        next = inner.end + 1;
    }
    let prev2 = (lower(toks, i.wrapping_sub(2)), lower(toks, i.wrapping_sub(1)));
    let (hedge, start) = match prev2 {
        ("just" | "shortly" | "soon" | "right", "after" | "before") => (Hedge::About, i - 2),
        _ => match hedge_before(toks, i) {
            Some((Hedge::About | Hedge::Nearly, s)) => (Hedge::About, s),
            _ => (Hedge::Exact, i),
        },
    };
    let value = Value::Clock {
        minutes,
        zone,
        utc,
        hedge,
    };
    Some(Raw::new(ClaimKind::TimeOfDay, value, start, next, i, None))
}

fn day_number(w: &str) -> Option<u8> {
    let digits = ["st", "nd", "rd", "th"]
        .iter()
        .find_map(|s| w.strip_suffix(s))
        .unwrap_or(w);
    let d: u8 = digits.parse().ok()?;
    (1..=31).contains(&d).then_some(d)
}

fn year_number(t: Option<&Token>) -> Option<i32> {
    let t = t.filter(|t| t.kind == TokKind::Number && t.lower.len() == 4)?;
    let y: i32 = t.lower.parse().ok()?;
    (1800..=2100).contains(&y).then_some(y)
}

/// A speech verb shortly before the date: "said on Monday" dates the statement, not the event.
fn dates_a_statement(toks: &[Token], i: usize) -> bool {
    (i.saturating_sub(6)..i).any(|k| toks.get(k).is_some_and(|t| is_speech_verb(&t.lower)))
}

/// A date or weekday starting at `i`: "Wednesday", "3 May", "May 3, 2021", "in October", "in 2019".
pub fn date(toks: &[Token], i: usize) -> Option<Raw> {
    let t = toks.get(i)?;
    let w = t.lower.strip_suffix("'s").unwrap_or(&t.lower);
    let mut start = i;
    let (mut wd, mut day, mut mon, mut year, mut end) = (None, None, None, None, i + 1);
    if matches!(w, "yesterday" | "today" | "tonight" | "tomorrow") {
        // Resolved against the publication day by extraction, which knows it.
        if dates_a_statement(toks, i) {
            return None;
        }
        let value = Value::Date {
            weekday: None,
            day: None,
            month: None,
            year: None,
            resolved: false,
        };
        return Some(Raw::new(ClaimKind::Date, value, i, i + 1, i, None));
    }
    if let Some(d) = weekday(w).filter(|_| t.capitalized()) {
        wd = Some(d);
        let k = if matches!(lower(toks, end), "," | "(") {
            end + 1
        } else {
            end
        };
        // "Wednesday, June 16", "Friday (March 8)": the weekday heads a full date.
        if let Some(r) = date(toks, k)
            && let Value::Date {
                day: d2 @ Some(_),
                month: m2,
                year: y2,
                ..
            } = r.value
        {
            (day, mon, year, end) = (d2, m2, y2, r.end);
            if lower(toks, k.wrapping_sub(1)) == "(" && lower(toks, end) == ")" {
                end += 1;
            }
        }
    } else if let Some(m) = month(w).filter(|_| t.capitalized()) {
        if let Some(d) = day_number(lower(toks, i + 1)) {
            (mon, day, end) = (Some(m), Some(d), i + 2);
        } else if matches!(
            lower(toks, i.wrapping_sub(1)),
            "in" | "during" | "until" | "early" | "late" | "mid" | "since" | "by" | "of"
        ) {
            (mon, end) = (Some(m), i + 1);
            start = i - 1;
        } else {
            return None;
        }
    } else if let Some(d) = day_number(w).filter(|_| t.kind != TokKind::Punct) {
        let k = if lower(toks, i + 1) == "of" { i + 2 } else { i + 1 };
        let m = toks.get(k).filter(|n| n.capitalized()).and_then(|n| month(&n.lower))?;
        (day, mon, end) = (Some(d), Some(m), k + 1);
    } else if matches!(lower(toks, i.wrapping_sub(1)), "in" | "during")
        && let Some(y) = year_number(Some(t))
    {
        // "in 2019": a bare year elsewhere is usually part of a name ("the 2021 games").
        return (!dates_a_statement(toks, i)).then(|| {
            let value = Value::Date {
                weekday: None,
                day: None,
                month: None,
                year: Some(y),
                resolved: false,
            };
            Raw::new(ClaimKind::Date, value, i - 1, i + 1, i, None)
        });
    } else {
        return None;
    }
    if mon.is_some() && year.is_none() {
        let k = if lower(toks, end) == "," { end + 1 } else { end };
        if let Some(y) = year_number(toks.get(k)) {
            (year, end) = (Some(y), k + 1);
        }
    }
    if dates_a_statement(toks, i) {
        return None;
    }
    let value = Value::Date {
        weekday: wd,
        day,
        month: mon,
        year,
        resolved: false,
    };
    Some(Raw::new(ClaimKind::Date, value, start, end, i, None))
}

/// Weekday (0 = Monday) of a full Gregorian date, for checking "Wednesday, 3 May 2023".
pub fn weekday_of(year: i32, month: u8, day: u8) -> u8 {
    let t = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
    let y = if month < 3 { year - 1 } else { year };
    let m = usize::from(month.clamp(1, 12)) - 1;
    let sunday0 = (y + y / 4 - y / 100 + y / 400 + t.get(m).copied().unwrap_or(0) + i32::from(day)).rem_euclid(7);
    ((sunday0 + 6) % 7) as u8
}
