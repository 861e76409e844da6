//! Credit/byline lines ("From Acme News’s Jane Roe …", "By Jane Roe | Acme Times", "Reporting by …")
//! and the outlet they name. Datelines are read in `wire`.

use super::lines::{Counted, ends_sentence, starts_upper, strip_prefix_ci, word_count};

/// Lowercase words allowed inside a list of names ("Jane Roe and John Doe in Paris").
const CONNECTORS: &[&str] = &[
    "and", "&", "in", "from", "with", "at", "de", "da", "del", "della", "di", "van", "von", "der", "den", "la", "le",
    "du", "al", "el", "bin", "ibn", "y", "e", "of", "the",
];

/// Words that mark a comma-separated byline segment as an outlet rather than a role or place.
pub const OUTLET_WORDS: &[&str] = &[
    "news",
    "times",
    "post",
    "press",
    "journal",
    "herald",
    "tribune",
    "daily",
    "gazette",
    "telegraph",
    "guardian",
    "agency",
    "network",
    "tv",
    "radio",
    "media",
    "wire",
    "chronicle",
    "observer",
    "monitor",
    "express",
    "mail",
    "star",
    "globe",
    "independent",
    "review",
    "insider",
    "today",
    "weekly",
    "magazine",
    "planet",
    "broadcasting",
    "television",
    "reuters",
    "bloomberg",
    "afp",
    "ap",
    "dispatch",
    "courier",
    "examiner",
    "standard",
    "sun",
    "record",
];

/// Newsroom roles that follow a name in a byline without "By" ("Jane Roe, Staff Writer").
#[rustfmt::skip]
const ROLES: &[&str] = &[
    "staff writer", "staff reporter", "reporter", "correspondent", "senior writer", "contributor",
    "contributing writer", "editor", "senior editor", "news editor", "staff",
];

/// A removable credit line and the outlet it names, if any.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Credit {
    pub outlet: Option<String>,
}

/// Whether `s` reads as a list of people (and places): capitalised words plus connectors.
pub fn looks_like_names(s: &str) -> bool {
    let mut capitalised = 0;
    for raw in s.split_whitespace() {
        let w = raw.trim_matches(|c: char| matches!(c, ',' | ';' | '.' | '(' | ')'));
        if w.is_empty() || CONNECTORS.contains(&w.to_ascii_lowercase().as_str()) {
            continue;
        }
        if !starts_upper(w) {
            return false;
        }
        capitalised += 1;
    }
    capitalised > 0
}

/// A plausible outlet name: 1–6 words, capitalised, no digits (rules out dates and times).
fn plausible_outlet(s: &str) -> Option<String> {
    let s = s.trim_matches(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':' | '|' | '.' | '*'));
    let words = word_count(s);
    let ok =
        (1..=6).contains(&words) && starts_upper(s) && !s.chars().any(|c| c.is_ascii_digit()) && looks_like_names(s);
    ok.then(|| s.to_string())
}

/// Splits "Acme News’s Jane Roe …" at the first possessive into ("Acme News", "Jane Roe …").
fn split_possessive(s: &str) -> Option<(&str, &str)> {
    for pat in ["’s ", "'s ", "s’ ", "s' "] {
        if let Some(at) = s.find(pat) {
            // Keep the "s" of a plural possessive ("The Times’ …") in the outlet.
            let cut = if pat.starts_with('s') { at + 1 } else { at };
            return Some((s.get(..cut)?, s.get(at + pat.len()..)?));
        }
    }
    None
}

/// The outlet of a comma/pipe/"for" tail of a "By …" line, if that tail names one.
fn outlet_from_by(rest: &str) -> Option<String> {
    for sep in [" | ", "|", " — ", " – ", " - "] {
        if let Some((_, tail)) = rest.rsplit_once(sep) {
            return plausible_outlet(tail);
        }
    }
    if let Some((_, tail)) = rest.rsplit_once(" for ") {
        return plausible_outlet(tail);
    }
    let (_, tail) = rest.rsplit_once(',')?;
    let tail = tail.trim();
    let outletish = tail
        .split_whitespace()
        .any(|w| OUTLET_WORDS.contains(&w.to_ascii_lowercase().as_str()))
        || ((2..=6).contains(&tail.len()) && tail.chars().all(|c| c.is_ascii_uppercase()));
    if outletish { plausible_outlet(tail) } else { None }
}

/// The names part of a byline (before any outlet separator).
fn by_names(rest: &str) -> &str {
    let cut = [" | ", "|", " — ", " – ", " - ", " for "]
        .iter()
        .filter_map(|sep| rest.find(sep))
        .min()
        .unwrap_or(rest.len());
    rest.get(..cut).unwrap_or(rest)
}

/// Recognises a credit/byline line to remove. Conservative: short, no full stop, names-shaped.
pub fn credit_line<'a>(line: impl Into<Counted<'a>>) -> Option<Credit> {
    let line = line.into();
    let line = line.trimmed(
        line.text
            .trim_matches(|c: char| c.is_whitespace() || matches!(c, '*' | '_')),
    );
    let words = line.words_upto(61);
    let line = line.text;
    if words == 0 || words > 60 {
        return None;
    }
    // "From Acme News’s Jane Roe, John Doe in Brussels and Mary Major in Rome"
    if let Some(rest) = strip_prefix_ci(line, "from ")
        && let Some((outlet, names)) = split_possessive(rest)
        && words <= 40
        && !ends_sentence(line)
        && looks_like_names(names)
        && let Some(outlet) = plausible_outlet(outlet)
    {
        return Some(Credit { outlet: Some(outlet) });
    }
    // "By Jane Roe | Acme Times", "Written by Jane Roe, Acme News"
    for p in [
        "by ",
        "written by ",
        "words by ",
        "story by ",
        "posted by ",
        "reported by ",
        "text by ",
    ] {
        if let Some(rest) = strip_prefix_ci(line, p) {
            let names = by_names(rest);
            let name_part = names.split(',').next().unwrap_or("");
            let ok = words <= 20 && !line.ends_with('.') && word_count(name_part) <= 8 && looks_like_names(names);
            if ok {
                return Some(Credit {
                    outlet: outlet_from_by(rest),
                });
            }
        }
    }
    // "Jane Roe, Staff Writer": a name and a newsroom role, with no "By" in front.
    // The word count first: most lines are prose with a comma, and their tail is not lower-cased.
    if words <= 8
        && let Some((names, role)) = line.rsplit_once(',')
        && ROLES.contains(&role.trim().to_lowercase().as_str())
        && word_count(names) <= 4
        && looks_like_names(names)
    {
        return Some(Credit { outlet: None });
    }
    // "(Reporting by Jane Roe; Editing by John Doe)"
    let bare = line.trim_start_matches(['(', '[', '—', '–', '-', ' ']);
    for p in [
        "reporting by",
        "additional reporting by",
        "writing by",
        "editing by",
        "compiled by",
        "reporting and writing by",
        "research by",
    ] {
        if strip_prefix_ci(bare, p).is_some() {
            return Some(Credit { outlet: None });
        }
    }
    // "Acme News’s Jane Roe contributed to this report."
    // Lower-cased only for lines short enough, and searched once for the word every phrase has.
    let contributed = || {
        let lower = line.to_ascii_lowercase();
        lower.contains("contributed")
            && [
                "contributed to this report",
                "contributed reporting",
                "contributed to this article",
                "contributed to this story",
            ]
            .iter()
            .any(|p| lower.contains(p))
    };
    if words <= 40 && contributed() {
        let outlet = split_possessive(line).and_then(|(o, _)| plausible_outlet(o));
        return Some(Credit { outlet });
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn outlet(line: &str) -> Option<Option<String>> {
        credit_line(line).map(|c| c.outlet)
    }

    #[test]
    fn from_credit_lines() {
        let some = |s: &str| Some(Some(s.to_string()));
        assert_eq!(
            outlet("From Acme News’s Jane Roe, John Doe in Brussels and Mary Major in Rome"),
            some("Acme News")
        );
        assert_eq!(
            outlet("From The Daily Planet's Jane Roe and John Doe"),
            some("The Daily Planet")
        );
        assert_eq!(outlet("From The Times’ Jane Roe in Lyon"), some("The Times"));
        // Prose that starts with "From X's" is kept.
        assert_eq!(
            outlet("From Acme's perspective, the talks were a failure and nothing changed."),
            None
        );
        assert_eq!(
            outlet("From Paris’s cafes to Rome’s piazzas, the mood was gloomy"),
            None
        );
    }

    #[test]
    fn by_lines() {
        let some = |s: &str| Some(Some(s.to_string()));
        assert_eq!(outlet("By Jane Roe | Acme Times"), some("Acme Times"));
        assert_eq!(outlet("By Jane Roe, Acme News"), some("Acme News"));
        assert_eq!(outlet("By Jane Roe for The Daily Planet"), some("The Daily Planet"));
        assert_eq!(outlet("By JANE ROE and JOHN DOE"), Some(None));
        assert_eq!(outlet("By Jane Roe, Chief Correspondent"), Some(None));
        assert_eq!(outlet("**By Jane Roe | June 16, 2021**"), Some(None));
        assert_eq!(outlet("By the end of the day, nothing had changed."), None);
        assert_eq!(outlet("By Tuesday the ministers had left"), None);
        assert_eq!(outlet("Jane Roe, Staff Writer"), Some(None));
        assert_eq!(outlet("Lyon, France"), None);
    }

    #[test]
    fn reporting_lines() {
        assert_eq!(
            outlet("(Reporting by Jane Roe in Paris; Editing by John Doe)"),
            Some(None)
        );
        assert_eq!(
            outlet("Reporting by Jane Roe; Additional reporting by John Doe"),
            Some(None)
        );
        assert_eq!(
            outlet("Acme News’s John Doe contributed to this report."),
            Some(Some("Acme News".to_string()))
        );
        assert_eq!(
            outlet("The reporting by Acme was thorough and accurate, critics said."),
            None
        );
    }
}
