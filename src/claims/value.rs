//! Normalized claim values: what a claim asserts, in comparable units, and how to print it.

use serde::Serialize;

/// How the printed number bounds the true value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Hedge {
    /// As printed ("40 people").
    Exact,
    /// "about", "some", "around", "roughly" (also "just after" for clock times).
    About,
    /// "up to", "at most", "as many as".
    AtMost,
    /// "at least", "no fewer than".
    AtLeast,
    /// "more than", "over", "upwards of".
    Above,
    /// "less than", "under", "fewer than".
    Below,
    /// "nearly", "almost", "just under", "close to".
    Nearly,
    /// "four to five", "$2 billion to $4 billion": `value..=value_hi`.
    Range,
}

impl Hedge {
    /// A floor: "at least 5", "more than 5".
    pub fn lower_bound(self) -> bool {
        matches!(self, Hedge::AtLeast | Hedge::Above)
    }

    /// A ceiling: "up to 5", "less than 5".
    pub fn upper_bound(self) -> bool {
        matches!(self, Hedge::AtMost | Hedge::Below)
    }

    /// Excludes the figure itself: "more than", "less than", "nearly".
    pub fn strict(self) -> bool {
        matches!(self, Hedge::Above | Hedge::Below | Hedge::Nearly)
    }
}

/// Relative timing of an event, bucketed so that different wordings compare.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "bucket", rename_all = "snake_case")]
pub enum Relative {
    /// "soon", "shortly", near + future/term: forward, unspecified.
    Soon,
    /// Lately, in the unspecified past ("recently").
    Recently,
    /// "after the <event>" / "following the <event>".
    After { event: String },
    /// "before the <event>" / "ahead of the <event>".
    Before { event: String },
    /// "within days", "within two weeks", "in the coming days": at most `days` ahead.
    Within { days: f64 },
    /// "in three weeks": about `days` ahead.
    InFuture { days: f64 },
    /// "next week/month/year".
    Next { unit: String },
    /// "last week/month/year".
    Last { unit: String },
    /// "this year", "later this month" (`part` = "later"), "earlier this year" (`part` = "earlier").
    This { unit: String, part: String },
    /// "by the end of the year".
    ByEnd { unit: String },
    /// "two months ago": about `days` back.
    Ago { days: f64 },
    /// "since 2016".
    Since { year: i32 },
}

/// A claim's value normalized for comparison. Durations are in minutes (unit `"min"`).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Value {
    /// A duration or a count/amount: `value` (and `value_hi` for ranges) in `unit`.
    Amount {
        value: f64,
        value_hi: Option<f64>,
        hedge: Hedge,
        unit: String,
        round: bool,
    },
    /// A time of day in minutes after midnight in `zone`; `utc` when the zone is known.
    Clock {
        minutes: u32,
        zone: String,
        utc: Option<u32>,
        hedge: Hedge,
    },
    /// A date or weekday; any part may be missing. `weekday`: 0 = Monday. `resolved` when the
    /// day, month and year were worked out from the publication date ("Tuesday", "yesterday").
    Date {
        weekday: Option<u8>,
        day: Option<u8>,
        month: Option<u8>,
        year: Option<i32>,
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        resolved: bool,
    },
    /// Relative timing.
    Relative(Relative),
}

const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A number with thousands separators and at most two decimals; millions and more in words;
/// values under one with three significant digits ("0.0000001" stays itself, never "0"); signs
/// kept. Never "inf" or "NaN": magnitudes past a thousand trillion are written in scientific
/// notation, and a non-finite value as "?".
pub fn fmt_num(v: f64) -> String {
    if !v.is_finite() {
        return "?".into();
    }
    if v < 0.0 {
        return format!("-{}", fmt_num(-v));
    }
    if v >= 1e15 {
        return trim_exponent(&format!("{v:.2e}"));
    }
    if v >= 1e6 {
        let (d, w) = if v >= 1e12 {
            (1e12, "trillion")
        } else if v >= 1e9 {
            (1e9, "billion")
        } else {
            (1e6, "million")
        };
        if ((v / d) * 100.0 - ((v / d) * 100.0).round()).abs() < 1e-6 {
            return format!("{} {w}", fmt_num(v / d));
        }
    }
    if v == 0.0 || (v >= 1.0 && (v - v.round()).abs() < 1e-9) {
        let digits = (v.round() as i64).to_string();
        let mut out = String::with_capacity(digits.len() + digits.len() / 3);
        for (k, b) in digits.bytes().enumerate() {
            if k > 0 && (digits.len() - k).is_multiple_of(3) {
                out.push(',');
            }
            out.push(char::from(b));
        }
        out
    } else if v >= 1.0 {
        trim_zeros(&format!("{v:.2}"))
    } else if v >= 1e-9 {
        // Three significant digits: 0.123, 0.0105, 0.0000009.
        let decimals = (2.0 - v.log10().floor()).max(0.0) as usize;
        trim_zeros(&format!("{v:.decimals$}"))
    } else {
        trim_exponent(&format!("{v:.2e}"))
    }
}

/// "0.1230" → "0.123", "2.00" → "2".
fn trim_zeros(s: &str) -> String {
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// "1.00e-7" → "1e-7", "2.50e20" → "2.5e20".
fn trim_exponent(s: &str) -> String {
    match s.split_once('e') {
        Some((mantissa, exp)) => format!("{}e{exp}", trim_zeros(mantissa)),
        None => s.to_string(),
    }
}

/// A duration in minutes, in the unit a reader expects (a negative one keeps its sign).
fn fmt_minutes(m: f64) -> String {
    if m < 0.0 {
        return format!("-{}", fmt_minutes(-m));
    }
    if m < 60.0 {
        format!("{} min", fmt_num(m))
    } else if m < 2880.0 {
        let whole = (m - m.round()).abs() < 1e-6;
        if m % 30.0 == 0.0 || !whole {
            format!("{} h", fmt_num(m / 60.0))
        } else {
            format!("{} h {} min", fmt_num((m / 60.0).floor()), fmt_num(m % 60.0))
        }
    } else if m < 60.0 * 24.0 * 60.0 {
        format!("{} days", fmt_num(m / 1440.0))
    } else {
        format!("{} years", fmt_num(m / 525_600.0))
    }
}

fn fmt_clock(m: u32) -> String {
    format!("{:02}:{:02}", (m / 60) % 24, m % 60)
}

impl Value {
    /// Human-readable value, e.g. "3 h", "up to 5 h", "≥ 40 people", "13:00 (local)".
    pub fn describe(&self) -> String {
        match self {
            Value::Amount {
                value,
                value_hi,
                hedge,
                unit,
                ..
            } => {
                let show = |v: f64| {
                    if unit == "min" {
                        fmt_minutes(v)
                    } else {
                        let mut shown = fmt_num(v);
                        shown.push(' ');
                        shown.push_str(unit);
                        shown
                    }
                };
                match hedge {
                    Hedge::Exact => show(*value),
                    Hedge::About => format!("about {}", show(*value)),
                    Hedge::AtMost => format!("up to {}", show(*value)),
                    Hedge::AtLeast => format!("≥ {}", show(*value)),
                    Hedge::Above => format!("> {}", show(*value)),
                    Hedge::Below => format!("< {}", show(*value)),
                    Hedge::Nearly => format!("nearly {}", show(*value)),
                    Hedge::Range => format!("{} to {}", show(*value), show(value_hi.unwrap_or(*value))),
                }
            }
            Value::Clock {
                minutes,
                zone,
                utc,
                hedge,
            } => {
                let approx = if *hedge == Hedge::Exact { "" } else { "about " };
                match utc {
                    Some(u) if zone != "UTC" => {
                        format!("{approx}{} ({zone}) = {} UTC", fmt_clock(*minutes), fmt_clock(*u))
                    }
                    _ => format!("{approx}{} ({zone})", fmt_clock(*minutes)),
                }
            }
            Value::Date {
                weekday,
                day,
                month,
                year,
                resolved,
            } => {
                let mut parts = Vec::new();
                if let Some(w) = weekday.and_then(|w| WEEKDAYS.get(usize::from(w))) {
                    parts.push((*w).to_string());
                }
                if let Some(d) = day {
                    parts.push(d.to_string());
                }
                if let Some(m) = month.and_then(|m| MONTHS.get(usize::from(m).wrapping_sub(1))) {
                    parts.push((*m).to_string());
                }
                if let Some(y) = year {
                    parts.push(y.to_string());
                }
                let text = parts.join(" ");
                if *resolved { format!("{text} (resolved)") } else { text }
            }
            Value::Relative(r) => match r {
                Relative::Soon => "soon (unspecified)".to_string(),
                Relative::Recently => "recently (unspecified)".to_string(),
                Relative::After { event } => format!("after the {event}"),
                Relative::Before { event } => format!("before the {event}"),
                Relative::Within { days } => format!("within {} days", fmt_num(*days)),
                Relative::InFuture { days } => format!("in about {} days", fmt_num(*days)),
                Relative::Next { unit } => format!("next {unit}"),
                Relative::Last { unit } => format!("last {unit}"),
                Relative::This { unit, part } if part.is_empty() => format!("this {unit}"),
                Relative::This { unit, part } => format!("{part} this {unit}"),
                Relative::ByEnd { unit } => format!("by the end of the {unit}"),
                Relative::Ago { days } => format!("about {} days ago", fmt_num(*days)),
                Relative::Since { year } => format!("since {year}"),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_numbers_get_a_separator_every_three_digits() {
        let mut rng = crate::synth::Rng(3);
        for _ in 0..5000 {
            let n = (rng.next_u64() >> (rng.below(60) + 4)) % 1_000_000;
            let digits = n.to_string();
            let grouped: Vec<String> = digits
                .as_bytes()
                .rchunks(3)
                .rev()
                .map(|c| String::from_utf8_lossy(c).into_owned())
                .collect();
            assert_eq!(fmt_num(n as f64), grouped.join(","), "{n}");
        }
        assert_eq!(fmt_num(0.0), "0");
        assert_eq!(fmt_num(-1234.0), "-1,234");
    }

    fn amount(value: f64, hedge: Hedge, unit: &str) -> Value {
        Value::Amount {
            value,
            value_hi: None,
            hedge,
            unit: unit.to_string(),
            round: false,
        }
    }

    #[test]
    fn describes_values() {
        assert_eq!(amount(180.0, Hedge::Exact, "min").describe(), "3 h");
        assert_eq!(amount(300.0, Hedge::AtMost, "min").describe(), "up to 5 h");
        assert_eq!(amount(75.0, Hedge::Exact, "min").describe(), "1 h 15 min");
        assert_eq!(amount(45.0, Hedge::Exact, "min").describe(), "45 min");
        assert_eq!(amount(40.0, Hedge::AtLeast, "people").describe(), "≥ 40 people");
        assert_eq!(amount(100_000.0, Hedge::Exact, "troops").describe(), "100,000 troops");
        assert_eq!(
            Value::Clock {
                minutes: 780,
                zone: "local".into(),
                utc: None,
                hedge: Hedge::Exact
            }
            .describe(),
            "13:00 (local)"
        );
        assert_eq!(Value::Relative(Relative::Soon).describe(), "soon (unspecified)");
        assert_eq!(
            Value::Date {
                weekday: Some(2),
                day: None,
                month: None,
                year: None,
                resolved: false,
            }
            .describe(),
            "Wednesday"
        );
        assert_eq!(fmt_num(1.5), "1.5");
    }
}
