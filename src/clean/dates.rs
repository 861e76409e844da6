//! Publication dates near the top of a page: "date 2024-05-02", "May 2, 2024", "Posted at 9:23 AM,
//! Aug 04, 2014", normalised to ISO `YYYY-MM-DD` (an RFC 3339 stamp with a zone is kept whole).

use super::lines::strip_word_prefix_ci;

/// Month names and their short forms, in calendar order (index + 1 is the month number).
#[rustfmt::skip]
const MONTHS: &[&[&str]] = &[
    &["january", "jan"], &["february", "feb"], &["march", "mar"], &["april", "apr"], &["may"],
    &["june", "jun"], &["july", "jul"], &["august", "aug"], &["september", "sep", "sept"],
    &["october", "oct"], &["november", "nov"], &["december", "dec"],
];

/// Labels that introduce a date stamp; the longest forms come first so "posted at" beats "posted".
#[rustfmt::skip]
const LABELS: &[&str] = &[
    "last updated on", "last updated", "first published on", "first published", "published on",
    "published at", "published", "updated on", "updated at", "updated", "posted on", "posted at",
    "posted", "date", "on",
];

/// The month number of a month name or abbreviation ("Aug.", "september").
fn month(token: &str) -> Option<u32> {
    let t = token.trim_end_matches('.').to_ascii_lowercase();
    let i = MONTHS.iter().position(|names| names.contains(&t.as_str()))?;
    u32::try_from(i + 1).ok()
}

/// A day of the month ("4", "04", "2nd").
fn day(token: &str) -> Option<u32> {
    let digits = token.trim_end_matches(|c: char| c.is_ascii_alphabetic() || c == '.');
    let suffix_ok = matches!(token.get(digits.len()..), Some("" | "." | "st" | "nd" | "rd" | "th"));
    let d: u32 = digits.parse().ok().filter(|_| suffix_ok && digits.len() <= 2)?;
    (1..=31).contains(&d).then_some(d)
}

/// A plausible four-digit year.
fn year(token: &str) -> Option<u32> {
    let y: u32 = token.trim_end_matches('.').parse().ok()?;
    (token.trim_end_matches('.').len() == 4 && (1800..=2200).contains(&y)).then_some(y)
}

/// An ISO date token ("2024-05-02", "2024-05", "2024-05-02T09:00:00+08:00") as the value to keep.
fn iso(token: &str) -> Option<String> {
    let date = token.get(..10).unwrap_or(token);
    let mut parts = date.split('-');
    let y = year(parts.next()?)?;
    let m: u32 = parts.next().filter(|p| p.len() == 2)?.parse().ok()?;
    if !(1..=12).contains(&m) {
        return None;
    }
    let Some(d) = parts.next() else {
        // Year and month only: as precise as the page is.
        return (token.len() == 7).then(|| format!("{y:04}-{m:02}"));
    };
    let d = day(d).filter(|_| d.len() == 2)?;
    let rest = token.get(10..).unwrap_or("");
    if rest.is_empty() {
        return Some(format!("{y:04}-{m:02}-{d:02}"));
    }
    // A full stamp is kept only when it carries a zone; without one the local time is ambiguous.
    let timed = rest.starts_with(['T', 't']) && rest.len() >= 6;
    let zoned = rest.ends_with(['Z', 'z']) || rest.get(rest.len().saturating_sub(6)..).is_some_and(is_offset);
    Some(if timed && zoned {
        token.to_string()
    } else {
        format!("{y:04}-{m:02}-{d:02}")
    })
}

/// Whether `s` is a UTC offset like "+08:00".
fn is_offset(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 6
        && matches!(b.first(), Some(b'+' | b'-'))
        && b.get(3) == Some(&b':')
        && [1, 2, 4, 5].iter().all(|&i| b.get(i).is_some_and(u8::is_ascii_digit))
}

/// The line without a leading date label ("Published:", "Posted at") or list bullet.
fn strip_label(line: &str) -> &str {
    let line = bare(line);
    for label in LABELS {
        if let Some(rest) = strip_word_prefix_ci(line, label) {
            return rest.trim_start_matches([':', ' ', '\t']);
        }
    }
    line
}

/// The line without list bullets or other symbols in front.
fn bare(line: &str) -> &str {
    line.trim_start_matches(|c: char| !c.is_alphanumeric()).trim_end()
}

/// How much a date line says about publication, best first: a "Published"/"Posted"/"Date" label,
/// then no label, then "Updated". Saved pages often print the day they were viewed unlabelled in
/// their header, so a labelled publication date further down wins over it.
pub fn rank(line: &str) -> u8 {
    let line = bare(line);
    let has = |labels: &[&str]| labels.iter().any(|l| strip_word_prefix_ci(line, l).is_some());
    if has(&["published", "first published", "posted", "date"]) {
        0
    } else if has(&["updated", "last updated", "last update"]) {
        2
    } else {
        1
    }
}

/// The date a date line gives, normalised: ISO tokens first, else month name + day + year.
pub fn parse(line: &str) -> Option<String> {
    let tokens: Vec<&str> = strip_label(line)
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '|' | '•' | '·'))
        .filter(|t| !t.is_empty())
        .collect();
    if let Some(found) = tokens.iter().find_map(|t| iso(t)) {
        return Some(found);
    }
    let at = tokens.iter().position(|t| month(t).is_some())?;
    let m = month(tokens.get(at)?)?;
    // The day sits right after the month ("May 2") or right before it ("2 May").
    let d = tokens
        .get(at + 1)
        .and_then(|t| day(t))
        .or_else(|| at.checked_sub(1).and_then(|i| tokens.get(i)).and_then(|t| day(t)));
    let y = tokens.iter().skip(at).take(4).find_map(|t| year(t))?;
    Some(match d {
        Some(d) => format!("{y:04}-{m:02}-{d:02}"),
        None => format!("{y:04}-{m:02}"),
    })
}

/// A "date 2024-05-02" label glued to the start of a line (some page savers put it there):
/// the normalised date and the rest of the line after it.
pub fn split_date_prefix(line: &str) -> Option<(String, &str)> {
    let rest = strip_word_prefix_ci(line.trim_start(), "date")?;
    let rest = rest.trim_start_matches([':', ' ', '\t']);
    let token_end = rest.find(char::is_whitespace).unwrap_or(rest.len());
    let date = iso(rest.get(..token_end)?)?;
    Some((date, rest.get(token_end..)?.trim_start()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_lines_normalise_to_iso() {
        let p = |s: &str| parse(s);
        assert_eq!(p("date 2024-05-02").as_deref(), Some("2024-05-02"));
        assert_eq!(p("May 2, 2024").as_deref(), Some("2024-05-02"));
        assert_eq!(p("2 May 2024").as_deref(), Some("2024-05-02"));
        assert_eq!(p("Posted at 9:23 AM, Aug 04, 2014").as_deref(), Some("2014-08-04"));
        assert_eq!(p("Published: Sept. 3rd, 2019 10:00 ET").as_deref(), Some("2019-09-03"));
        assert_eq!(p("Updated June 2021").as_deref(), Some("2021-06"));
        assert_eq!(
            p("Updated 2024-05-02T09:30:00+08:00").as_deref(),
            Some("2024-05-02T09:30:00+08:00")
        );
        assert_eq!(p("2024-05-02T09:30:00").as_deref(), Some("2024-05-02"));
        assert_eq!(p("5 min read"), None);
        assert_eq!(p("2024-13-02"), None);
        assert_eq!(
            p("• Published at 06:58 am June 12th, 2018").as_deref(),
            Some("2018-06-12")
        );
    }

    #[test]
    fn labelled_publication_dates_rank_first() {
        assert!(rank("• Published at 06:58 am June 12th, 2018") < rank("Wednesday, Aug 12, 2020"));
        assert!(rank("Wednesday, Aug 12, 2020") < rank("Last updated June 13, 2018"));
    }

    #[test]
    fn glued_date_prefix() {
        assert_eq!(
            split_date_prefix(" date 2024-05-02 Valley floods after storm"),
            Some(("2024-05-02".to_string(), "Valley floods after storm"))
        );
        assert_eq!(split_date_prefix("date 2017-09"), Some(("2017-09".to_string(), "")));
        assert_eq!(split_date_prefix("Dates were set for the talks."), None);
        assert_eq!(split_date_prefix("date night in the valley"), None);
    }
}
