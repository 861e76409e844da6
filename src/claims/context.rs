//! What claims are read against: the article's publication day (to resolve weekdays,
//! "yesterday" and dates without a year), its year (to tell past events from this one) and the
//! time zone of its dateline (to convert "local time").

use crate::text::find_byte;
use jiff::civil::Date;
use jiff::tz::TimeZone;

/// Per-article facts the extraction resolves claims against.
#[derive(Debug, Clone, Default)]
pub struct ClaimContext {
    /// Publication day, when the article's metadata or date line gives it.
    pub published: Option<Date>,
    /// The year the article is written in: the publication year, else the latest year the
    /// text mentions. Sentences naming an earlier year are about another event.
    pub year: Option<i16>,
    /// Time zone of the dateline's place, when the time-zone database knows it.
    pub zone: Option<TimeZone>,
}

impl ClaimContext {
    /// The year of the story when the article gives none of its own (no date, no year written):
    /// another article's, so that a sentence about "1961" is still told from this event.
    #[must_use]
    pub fn or_year(mut self, story_year: Option<i16>) -> ClaimContext {
        self.year = self.published.map(|d| d.year()).or(story_year.max(self.year));
        self
    }

    /// Build the context from the article's `published` string, its dateline place and its text.
    pub fn new(published: Option<&str>, dateline: Option<&str>, text: &str) -> ClaimContext {
        ClaimContext::with_day(published.and_then(parse_day), dateline, text)
    }

    /// [`ClaimContext::new`] with the publication day already parsed (and checked).
    pub fn with_day(published: Option<Date>, dateline: Option<&str>, text: &str) -> ClaimContext {
        let text_year = if published.is_none() { main_year(text) } else { None };
        ClaimContext::with_years(published, text_year, dateline)
    }

    /// [`ClaimContext::with_day`] with the year its text names most already found
    /// ([`main_year`]; only read when there is no publication day).
    pub fn with_years(published: Option<Date>, text_year: Option<i16>, dateline: Option<&str>) -> ClaimContext {
        ClaimContext {
            published,
            year: published.map(|d| d.year()).or(text_year),
            zone: dateline.and_then(zone_of_place),
        }
    }
}

/// The publication days of a story's articles, without those far (over 30 days) from the
/// story's median: such a date is the day a page was viewed or updated, not when the article
/// was written, and resolving "Tuesday" against it would move the event.
pub fn plausible_days(days: &[Option<Date>]) -> Vec<Option<Date>> {
    let mut known: Vec<Date> = days.iter().flatten().copied().collect();
    known.sort_unstable();
    let Some(median) = known.get(known.len() / 2).copied() else {
        return days.to_vec();
    };
    days.iter()
        .map(|d| d.filter(|d| d.since(median).is_ok_and(|s| s.get_days().abs() <= 30)))
        .collect()
}

/// The day of an ISO-like date or timestamp ("2024-05-02", "2024-05-02T10:00:00Z").
pub fn parse_day(s: &str) -> Option<Date> {
    let s = s.trim();
    let head = s.get(..10).unwrap_or(s);
    head.parse::<Date>().ok()
}

/// The year `text` is mostly about: the plausible year (1900–2100, four digits) it names most
/// often, the latest on a tie. Not simply the latest: "a plan to finish by 2030" does not make
/// 2030 the year of the event.
pub fn main_year(text: &str) -> Option<i16> {
    let mut counts: Vec<(i16, usize)> = Vec::new();
    // One pass over the bytes: runs of exactly four ASCII digits. Most bytes are not digits and
    // are skipped by the tight search for the next one.
    let bytes = text.as_bytes();
    let mut i = 0;
    while let Some(skip) = bytes.get(i..).and_then(|rest| find_byte(rest, |b| b.is_ascii_digit())) {
        let start = i + skip;
        let run = bytes
            .get(start..)
            .map_or(0, |rest| rest.iter().take_while(|b| b.is_ascii_digit()).count());
        i = start + run;
        if run != 4 {
            continue;
        }
        let value = bytes
            .get(start..i)
            .unwrap_or_default()
            .iter()
            .fold(0i16, |v, b| v * 10 + i16::from(b - b'0'));
        if (1900..=2100).contains(&value) {
            match counts.iter_mut().find(|(y, _)| *y == value) {
                Some((_, n)) => *n += 1,
                None => counts.push((value, 1)),
            }
        }
    }
    counts.into_iter().max_by_key(|(y, n)| (*n, *y)).map(|(y, _)| y)
}

/// The zone of a place named in a dateline ("PARIS", "Zurich, Switzerland"): the first part that
/// names a zone of the time-zone database ("Europe/Paris" for Paris). Places the database does
/// not name stay unknown rather than guessed.
pub fn zone_of_place(place: &str) -> Option<TimeZone> {
    let cities = cities();
    place
        .split([',', '(', ')', '/'])
        .map(|p| p.trim().to_lowercase().replace(' ', "_"))
        .filter(|p| p.len() > 2)
        .find_map(|w| {
            cities
                .get(&w)
                .and_then(|name| name.as_deref())
                .and_then(|n| jiff::tz::db().get(n).ok())
        })
}

/// The database's zones by the city their name ends with, lower-cased, built once. Research
/// bases ("Antarctica/Davis") are left out, and a city ending zone names of two continents maps
/// to none: a guess would be worse than no conversion. Within one continent the names are
/// aliases ("America/Indianapolis", "America/Indiana/Indianapolis").
fn cities() -> &'static std::collections::HashMap<String, Option<String>> {
    static CITIES: std::sync::OnceLock<std::collections::HashMap<String, Option<String>>> = std::sync::OnceLock::new();
    CITIES.get_or_init(|| {
        let mut map: std::collections::HashMap<String, Option<String>> = std::collections::HashMap::new();
        for name in jiff::tz::db().available() {
            let name = name.as_str();
            let Some((region, city)) = name.rsplit_once('/') else {
                continue;
            };
            if region.starts_with("Etc") || region.starts_with("Antarctica") {
                continue;
            }
            let continent = |n: &str| n.split('/').next().map(str::to_string);
            map.entry(city.to_lowercase())
                .and_modify(|e| {
                    if e.as_deref().and_then(continent) != continent(name) {
                        *e = None;
                    }
                })
                .or_insert_with(|| Some(name.to_string()));
        }
        map
    })
}

/// The zone an abbreviation stands for: a fixed offset where it names one ("GMT", "CEST"), or
/// the region whose daylight-saving rules decide its offset ("ET" → New York).
pub fn zone_of_abbreviation(z: &str) -> Option<TimeZone> {
    let fixed = |minutes: i32| jiff::tz::Offset::from_seconds(minutes * 60).ok().map(TimeZone::fixed);
    match z {
        "gmt" | "utc" | "z" => Some(TimeZone::UTC),
        "et" | "eastern" => jiff::tz::db().get("America/New_York").ok(),
        "ct" | "central" => jiff::tz::db().get("America/Chicago").ok(),
        "mt" | "mountain" => jiff::tz::db().get("America/Denver").ok(),
        "pt" | "pacific" => jiff::tz::db().get("America/Los_Angeles").ok(),
        "bst" => fixed(60),
        "cet" | "wat" => fixed(60),
        "cest" | "eet" | "cat" | "sast" => fixed(120),
        "eest" | "msk" | "eat" => fixed(180),
        "ist" => fixed(330),
        "pht" | "sgt" | "hkt" | "awst" => fixed(480),
        "jst" | "kst" => fixed(540),
        "aest" => fixed(600),
        "edt" => fixed(-240),
        "est" | "cdt" => fixed(-300),
        "cst" | "mdt" => fixed(-360),
        "mst" | "pdt" => fixed(-420),
        "pst" => fixed(-480),
        _ => None,
    }
}

/// Minutes after midnight UTC of `minutes` after local midnight on `day` in `zone`, honouring
/// daylight saving time on that day.
pub fn to_utc(zone: &TimeZone, day: Date, minutes: u32) -> Option<u32> {
    let h = i8::try_from(minutes / 60).ok()?;
    let m = i8::try_from(minutes % 60).ok()?;
    let zoned = day.at(h, m, 0, 0).to_zoned(zone.clone()).ok()?;
    let utc = zoned.with_time_zone(TimeZone::UTC);
    u32::try_from(i32::from(utc.hour()) * 60 + i32::from(utc.minute())).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn daylight_saving_is_taken_from_the_day() {
        let et = zone_of_abbreviation("et").expect("ET");
        let summer = Date::new(2021, 6, 16).expect("date");
        let winter = Date::new(2021, 1, 16).expect("date");
        assert_eq!(to_utc(&et, summer, 9 * 60), Some(13 * 60));
        assert_eq!(to_utc(&et, winter, 9 * 60), Some(14 * 60));
    }

    #[test]
    fn dateline_places_found_in_the_zone_database() {
        assert!(zone_of_place("PARIS").is_some());
        assert!(zone_of_place("Paris, France").is_some());
        assert!(zone_of_place("Nowhere Town").is_none());
        // A research base is no dateline's place; aliases within a continent still resolve.
        assert!(zone_of_place("DAVIS, Calif.").is_none());
        assert!(zone_of_place("Indianapolis").is_some());
    }

    #[test]
    fn page_dates_far_from_the_story_are_dropped() {
        let d = |s: &str| parse_day(s);
        let days = [d("2020-08-05"), d("2020-08-04"), d("2024-05-21"), None, d("2020-08-06")];
        assert_eq!(
            plausible_days(&days),
            vec![d("2020-08-05"), d("2020-08-04"), None, None, d("2020-08-06")]
        );
    }

    #[test]
    fn publication_day_and_year() {
        let c = ClaimContext::new(Some("2025-10-01T08:00:00Z"), None, "In 2013 a quake hit.");
        assert_eq!(c.published, Date::new(2025, 10, 1).ok());
        assert_eq!(c.year, Some(2025));
        assert_eq!(ClaimContext::new(None, None, "In 2013 and 2019.").year, Some(2019));
        assert_eq!(
            main_year("In 2024 the town voted; in 2024 it built; done by 2030."),
            Some(2024)
        );
        // Exactly four digits, within 1900–2100, the latest on a tie; a text may end in one.
        assert_eq!(main_year("19999 2019 0201 2101 x2100"), Some(2100));
        assert_eq!(main_year("in 2019, 2019 and 2018"), Some(2019));
        assert_eq!(main_year("12345 99 1899"), None);
    }
}
