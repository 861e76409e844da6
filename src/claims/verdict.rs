//! Value comparison: whether two values of one subject agree, differ or conflict, and why.

use super::Verdict;
use super::timing::weekday_of;
use super::value::{Hedge, Relative, Value};

/// The interval an amount claims, widened by its hedge. Durations are spoken loosely and
/// rounded counts ("2,000") are rounded, so both get ±5%; "about" allows ±10%. Widening is by
/// the value's magnitude, so a value below zero ("-5 degrees") gets an interval the right way round.
fn interval(value: f64, hi: Option<f64>, hedge: Hedge, duration: bool, round: bool) -> (f64, f64) {
    let slack = if duration || round { 0.05 } else { 0.0 };
    let size = value.abs();
    match hedge {
        Hedge::Exact => (value - size * slack, value + size * slack),
        Hedge::About => (value - size * 0.1, value + size * 0.1),
        // "up to 5" counts from zero; "under -5" has no floor.
        Hedge::AtMost | Hedge::Below => (if value < 0.0 { f64::NEG_INFINITY } else { 0.0 }, value),
        Hedge::AtLeast | Hedge::Above => (value, f64::INFINITY),
        Hedge::Nearly => (value - size * 0.15, value),
        Hedge::Range => {
            let other = hi.unwrap_or(value);
            (value.min(other), value.max(other))
        }
    }
}

/// The same value, allowing for the rounding of a unit conversion ("5 miles" is 8.05 km, said
/// "8 km"). Two whole numbers are written figures, not conversions: 9,962 is not 10,000.
fn close(a: f64, b: f64) -> bool {
    let whole = |v: f64| (v - v.round()).abs() < 1e-9;
    let scale = a.abs().max(b.abs()).max(1e-9);
    let diff = (a - b).abs();
    diff <= 1e-9 * scale || (diff <= 0.01 * scale && !(whole(a) && whole(b)))
}

/// Day offsets (relative to publication) a relative-timing bucket allows; `None` when
/// anchored to an event instead of the calendar.
fn days(r: &Relative) -> Option<(f64, f64)> {
    let unit = |u: &str| match u {
        "day" => 1.0,
        "week" | "weekend" => 7.0,
        "fortnight" => 14.0,
        "month" => 31.0,
        "decade" => 3650.0,
        _ => 366.0,
    };
    Some(match r {
        Relative::Soon => (0.0, 90.0),
        Relative::Recently => (-60.0, 0.0),
        Relative::Within { days } => (0.0, *days),
        Relative::InFuture { days } => (days * 0.7, days * 1.3),
        Relative::Next { unit: u } => (1.0, 2.0 * unit(u)),
        Relative::Last { unit: u } => (-2.0 * unit(u), -1.0),
        Relative::This { unit: u, part } if part == "later" => (0.0, unit(u)),
        Relative::This { unit: u, part } if part == "earlier" => (-unit(u), 0.0),
        Relative::This { unit: u, .. } => (-unit(u), unit(u)),
        Relative::ByEnd { unit: u } => (0.0, unit(u)),
        Relative::Ago { days } => (-days * 1.3, -days * 0.7),
        Relative::After { .. } | Relative::Before { .. } | Relative::Since { .. } => return None,
    })
}

/// The reason given for two values that cannot be compared (zones that cannot be converted,
/// dates of different precision): such a pair says nothing either way.
pub const INCOMPARABLE: &str = "values that cannot be compared";

/// Verdict and reason for two values of the same subject, before modality is considered.
pub fn compare_values(a: &Value, b: &Value) -> (Verdict, &'static str) {
    use Verdict::{Agrees, Conflict, Differs};
    match (a, b) {
        (
            Value::Amount {
                value: x,
                value_hi: xh,
                hedge: hx,
                unit: ux,
                round: rx,
            },
            Value::Amount {
                value: y,
                value_hi: yh,
                hedge: hy,
                round: ry,
                ..
            },
        ) => {
            let dur = ux == "min";
            let (al, ah) = interval(*x, *xh, *hx, dur, *rx);
            let (bl, bh) = interval(*y, *yh, *hy, dur, *ry);
            let overlap = al <= bh && bl <= ah;
            if close(*x, *y) && xh == yh {
                // "More than an hour" and "almost an hour" lie on either side of one value:
                // a strict bound excludes the value itself, so the intervals only touch.
                let below = |h: Hedge| h.upper_bound() || h == Hedge::Nearly;
                let sides = (hx.lower_bound() && below(*hy)) || (below(*hx) && hy.lower_bound());
                if sides && (hx.strict() || hy.strict()) {
                    return if *hx == Hedge::Nearly || *hy == Hedge::Nearly {
                        (Differs, "approximate values on either side of one figure")
                    } else {
                        (Conflict, "opposite bounds on the same value")
                    };
                }
                return if overlap {
                    (Agrees, "same value")
                } else {
                    (Conflict, "opposite bounds on the same value")
                };
            }
            let hedged = *hx != Hedge::Exact || *hy != Hedge::Exact;
            // Two bounds in one direction ("at least 5", "at least 60") overlap, yet say different things.
            let same_direction = (hx.lower_bound() && hy.lower_bound()) || (hx.upper_bound() && hy.upper_bound());
            if same_direction {
                return (Differs, "different bounds");
            }
            // "about 2.5 hours" and "less than three hours": hedged values that can both be true.
            let meet = al < bh && bl < ah;
            if hedged && meet {
                return (Agrees, "within the stated hedges");
            }
            // Point estimates said loosely; a bound ("more than 1,500") against them still contradicts.
            let point = |h: &Hedge| matches!(h, Hedge::Exact | Hedge::About | Hedge::Nearly);
            let approximate =
                point(hx) && point(hy) && [hx, hy].iter().any(|h| matches!(h, Hedge::About | Hedge::Nearly));
            if overlap {
                (Differs, "different precision")
            } else if approximate {
                // "about 48 minutes" against "41": apart, but said loosely; not a contradiction.
                (Differs, "approximate values that do not meet")
            } else {
                (Conflict, "values that cannot both be true")
            }
        }
        (
            Value::Clock {
                minutes: m1,
                zone: z1,
                utc: u1,
                hedge: h1,
            },
            Value::Clock {
                minutes: m2,
                zone: z2,
                utc: u2,
                hedge: h2,
            },
        ) => {
            // Two exact clock times are the same only to the minute ("11:49" and "11:50" differ,
            // though not enough to contradict); hedged ones meet within their hedge.
            let exact = *h1 == Hedge::Exact && *h2 == Hedge::Exact;
            let tol = if exact { 5 } else { 20 };
            let localish = |z: &str| z == "local" || z == "unspecified";
            let (p, q) = match (u1, u2) {
                (Some(p), Some(q)) => (*p, *q),
                _ if z1 == z2 || (localish(z1) && localish(z2)) => (*m1, *m2),
                _ => return (Differs, INCOMPARABLE),
            };
            let d = p.abs_diff(q).min(1440 - p.abs_diff(q).min(1440));
            match d {
                0 => (Agrees, "same time"),
                d if d <= tol && exact => (Differs, "times a few minutes apart"),
                d if d <= tol => (Agrees, "same time within the stated hedges"),
                _ if z1 == "unspecified" || z2 == "unspecified" => (Differs, "different times, zone not stated"),
                _ => (Conflict, "different times"),
            }
        }
        (
            Value::Date {
                weekday: w1,
                day: d1,
                month: m1,
                year: y1,
                resolved: r1,
            },
            Value::Date {
                weekday: w2,
                day: d2,
                month: m2,
                year: y2,
                resolved: r2,
            },
        ) => {
            let full = |d: &Option<u8>, m: &Option<u8>, y: &Option<i32>| match (d, m, y) {
                (Some(d), Some(m), Some(y)) => Some(weekday_of(*y, *m, *d)),
                _ => None,
            };
            let wk1 = w1.or(full(d1, m1, y1));
            let wk2 = w2.or(full(d2, m2, y2));
            if let (Some(a), Some(b)) = (y1, y2)
                && a != b
            {
                return (Conflict, "different years");
            }
            // Two calendar days (the year of either when one is missing): one day apart may be one
            // moment written in local time and in UTC ("30 September" and "1 October").
            if let (Some(da), Some(ma), Some(db), Some(mb)) = (d1, m1, d2, m2) {
                let year = y1.or(*y2).unwrap_or(2000);
                let day = |d: u8, m: u8, y: Option<i32>| {
                    let y = i16::try_from(y.unwrap_or(year)).ok()?;
                    jiff::civil::Date::new(y, i8::try_from(m).ok()?, i8::try_from(d).ok()?).ok()
                };
                if let (Some(a), Some(b)) = (day(*da, *ma, *y1), day(*db, *mb, *y2)) {
                    let apart = a.since(b).map_or(i32::MAX, |s| s.get_days().abs());
                    return match apart {
                        0 => (Agrees, "same date"),
                        1 => (Differs, "a day apart: local and UTC dates can differ"),
                        _ => (Conflict, "different days"),
                    };
                }
            }
            if let (Some(a), Some(b)) = (m1, m2)
                && a != b
            {
                return (Conflict, "different months");
            }
            if let (Some(a), Some(b)) = (wk1, wk2) {
                let apart = a.abs_diff(b) == 1 || a.abs_diff(b) == 6;
                return if a == b {
                    (Agrees, "same day")
                } else if apart {
                    (Differs, "a day apart: local and UTC dates can differ")
                } else if !(*r1 || *r2) {
                    (Differs, "different weekdays, not resolved against a publication date")
                } else {
                    (Conflict, "different days")
                };
            }
            (Differs, INCOMPARABLE)
        }
        (Value::Relative(r1), Value::Relative(r2)) => {
            if r1 == r2 {
                return (Agrees, "same timing");
            }
            match (r1, r2) {
                (Relative::Since { .. }, Relative::Since { .. }) => (Conflict, "different starting years"),
                (Relative::After { event: e1 }, Relative::Before { event: e2 })
                | (Relative::Before { event: e1 }, Relative::After { event: e2 })
                    if e1 == e2 =>
                {
                    (Conflict, "before versus after the same event")
                }
                _ => match (days(r1), days(r2)) {
                    (Some((l1, h1)), Some((l2, h2))) if l2 - h1 > 21.0 || l1 - h2 > 21.0 => {
                        (Conflict, "timings far apart (past versus future)")
                    }
                    (Some(_), Some(_)) => (Differs, "different relative timing"),
                    _ => (
                        Differs,
                        "timing given against different anchors (a calendar period versus an event)",
                    ),
                },
            }
        }
        _ => (Differs, "values of different forms"),
    }
}
