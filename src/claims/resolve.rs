//! Dates and clock times resolved against the article: a weekday, "yesterday" or a date without
//! a year becomes a calendar day of the publication week; a time in a named zone or in the
//! dateline's local time becomes UTC on its day, daylight saving time included.

use jiff::civil::Date;

use super::Modality;
use super::context::{ClaimContext, to_utc, zone_of_abbreviation};
use super::value::Value;

/// Days after publication a relative day word names.
fn day_word(w: &str) -> Option<i64> {
    match w {
        "yesterday" => Some(-1),
        "today" | "tonight" => Some(0),
        "tomorrow" => Some(1),
        _ => None,
    }
}

fn civil(d: Date) -> Value {
    Value::Date {
        weekday: Some(d.weekday().to_monday_zero_offset().unsigned_abs()),
        day: u8::try_from(d.day()).ok(),
        month: u8::try_from(d.month()).ok(),
        year: Some(i32::from(d.year())),
        resolved: true,
    }
}

/// The date `value` names once read against the publication day, or `None` when it names
/// no day of this event: a bare month or year ("in January", "in 2018") dates some other
/// happening, and "yesterday" without a publication day names nothing checkable.
pub fn resolve_date(value: Value, word: &str, ctx: &ClaimContext, modality: Modality) -> Option<Value> {
    let Value::Date {
        weekday,
        day,
        month,
        year,
        ..
    } = value
    else {
        return Some(value);
    };
    let published = ctx.published;
    if let Some(offset) = day_word(word) {
        return published
            .and_then(|p| p.checked_add(jiff::Span::new().days(offset)).ok())
            .map(civil);
    }
    match (weekday, day, month, year) {
        (Some(w), None, None, None) => {
            let Some(p) = published else { return Some(value) };
            // The nearest such weekday: back for what happened, ahead for what is expected.
            let today = i64::from(p.weekday().to_monday_zero_offset());
            let back = (today - i64::from(w)).rem_euclid(7);
            let offset = match modality {
                Modality::Reported => -back,
                Modality::Expected => (7 - back) % 7,
            };
            p.checked_add(jiff::Span::new().days(offset)).ok().map(civil)
        }
        (_, Some(d), Some(m), None) => {
            let Some(p) = published else { return Some(value) };
            // A month well after publication was last year's ("on 28 December", read in January).
            let mut y = p.year();
            if i8::try_from(m).is_ok_and(|m| m > p.month() + 1) && modality == Modality::Reported {
                y -= 1;
            }
            let date = Date::new(y, i8::try_from(m).ok()?, i8::try_from(d).ok()?).ok()?;
            Some(civil(date))
        }
        (_, Some(_), Some(_), Some(_)) => Some(value),
        _ => None,
    }
}

/// The day a full date value names.
pub fn day_of(value: &Value) -> Option<Date> {
    match value {
        Value::Date {
            day: Some(d),
            month: Some(m),
            year: Some(y),
            ..
        } => Date::new(i16::try_from(*y).ok()?, i8::try_from(*m).ok()?, i8::try_from(*d).ok()?).ok(),
        _ => None,
    }
}

/// Fill a clock time's UTC equivalent when its zone can be converted on `day`: a named zone
/// ("ET", with daylight saving time from the day) or "local" at the dateline's place.
pub fn resolve_clock(value: Value, day: Option<Date>, ctx: &ClaimContext) -> Value {
    let Value::Clock {
        minutes,
        zone,
        utc: None,
        hedge,
    } = value
    else {
        return value;
    };
    let tz = if zone == "local" {
        ctx.zone.clone()
    } else {
        zone_of_abbreviation(&zone.to_lowercase())
    };
    let day = day.or(ctx.published);
    let utc = match (tz, day) {
        (Some(tz), Some(day)) => to_utc(&tz, day, minutes),
        // A fixed zone converts without knowing the day.
        (Some(tz), None) => tz.to_fixed_offset().ok().and_then(|_| {
            let any_day = Date::new(2000, 1, 1).ok()?;
            to_utc(&tz, any_day, minutes)
        }),
        _ => None,
    };
    Value::Clock {
        minutes,
        zone,
        utc,
        hedge,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ctx(day: &str) -> ClaimContext {
        ClaimContext::new(Some(day), None, "")
    }

    fn weekday(w: u8) -> Value {
        Value::Date {
            weekday: Some(w),
            day: None,
            month: None,
            year: None,
            resolved: false,
        }
    }

    #[test]
    fn weekdays_resolve_to_the_publication_week() {
        // 2025-10-01 is a Wednesday; "Tuesday" reported is the day before.
        let v = resolve_date(weekday(1), "tuesday", &ctx("2025-10-01"), Modality::Reported).expect("date");
        assert_eq!(day_of(&v), Date::new(2025, 9, 30).ok());
        let v = resolve_date(weekday(4), "friday", &ctx("2025-10-01"), Modality::Expected).expect("date");
        assert_eq!(day_of(&v), Date::new(2025, 10, 3).ok());
        let v = resolve_date(weekday(2), "wednesday", &ctx("2025-10-01"), Modality::Reported).expect("date");
        assert_eq!(day_of(&v), Date::new(2025, 10, 1).ok());
    }

    #[test]
    fn yesterday_needs_a_publication_day() {
        let empty = weekday(0);
        let y = resolve_date(empty.clone(), "yesterday", &ctx("2024-03-01"), Modality::Reported).expect("date");
        assert_eq!(day_of(&y), Date::new(2024, 2, 29).ok());
        assert!(resolve_date(empty, "yesterday", &ClaimContext::default(), Modality::Reported).is_none());
    }

    #[test]
    fn bare_months_and_years_name_no_day() {
        let month = Value::Date {
            weekday: None,
            day: None,
            month: Some(1),
            year: None,
            resolved: false,
        };
        assert!(resolve_date(month, "january", &ctx("2024-03-01"), Modality::Reported).is_none());
    }
}
