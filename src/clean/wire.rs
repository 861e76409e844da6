//! Wire credits and datelines: "BERLIN (Acme) —", "(BERLIN) —", "VALMORA —", "Valmora:", and credit
//! lines like "— AFP" or "ab/cd (AP, dpa)".
//!
//! A wire credit says whose copy a page carries, not who published it, and a dateline names where
//! the story was filed; neither may become the outlet.

use super::byline::{OUTLET_WORDS, looks_like_names};
use super::headline::is_kicker;
use super::lines::{Counted, strip_word_prefix_ci, word_count};

/// News agencies whose credit marks syndicated copy (lowercase). Checked only in credit positions
/// (dateline parentheses, credit lines), so short forms do not match ordinary words in prose.
#[rustfmt::skip]
const WIRES: &[&str] = &[
    "ap", "associated press", "the associated press", "reuters", "thomson reuters", "afp",
    "agence france-presse", "agence france presse", "upi", "united press international", "xinhua",
    "xinhua news agency", "ann", "asia news network", "dpa", "efe", "ansa", "kyodo", "kyodo news",
    "yonhap", "pti", "ians", "ani", "bernama", "pna", "tass", "ria novosti", "anadolu",
    "anadolu agency", "aap", "cp", "the canadian press", "bloomberg", "agencies", "news agencies",
    "wires", "wire services",
];

/// Words a credit in parentheses may not contain: those parentheses caption a picture.
const PICTURE_WORDS: &[&str] = &["photo", "image", "video", "file", "picture", "pic"];

/// Dashes that end a dateline; a bare hyphen counts only when spaced or right after ")".
const DASHES: &[&str] = &["—", "–", "―", "--", " - ", ")-"];

/// Whether a credit names a news agency, alone or in a list ("Reuters, AFP", "The Star/ANN").
pub fn is_wire(credit: &str) -> bool {
    credit
        .split(['/', ',', ';', '&'])
        .flat_map(|part| part.split(" and "))
        .map(|part| part.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase())
        .any(|part| WIRES.contains(&part.as_str()))
}

/// Whether every part of a credit list names a news agency.
fn all_wires(list: &str) -> bool {
    let mut parts = list
        .split([',', ';', '/', '&'])
        .flat_map(|part| part.split(" and "))
        .map(|p| p.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase())
        .peekable();
    parts.peek().is_some() && parts.all(|p| WIRES.contains(&p.as_str()))
}

/// A line that only credits wires: "— AFP", "(Reuters)", "ab/cd (Reuters, AFP, dpa)",
/// "Source: Associated Press". Returns the credit as written.
pub fn credit_line<'a>(line: impl Into<Counted<'a>>) -> Option<String> {
    let line = line.into();
    if line.words_upto(13) > 12 {
        return None;
    }
    let line = line.text;
    let bare = line.trim_matches(|c: char| c.is_whitespace() || matches!(c, '—' | '–' | '-' | '*' | '_' | '.'));
    // Editors' initials before the list ("ab/cd (Reuters, AFP)").
    let listed = match bare.split_once('(') {
        Some((initials, list)) if is_initials(initials.trim()) => list.strip_suffix(')').unwrap_or(list),
        _ => bare.trim_matches(['(', ')']),
    };
    let labelled = ["source", "sources", "by", "credit", "via", "courtesy of", "with"]
        .iter()
        .find_map(|label| strip_word_prefix_ci(listed, label))
        .map(|rest| rest.trim_start_matches([':', ' ']));
    let credit = labelled.unwrap_or(listed).trim();
    all_wires(credit).then(|| credit.to_string())
}

/// Editors' initials as wire copy signs off: "" or "ab/cd", "ab".
fn is_initials(s: &str) -> bool {
    s.is_empty()
        || (s.len() <= 16
            && s.split('/')
                .all(|p| (1..=4).contains(&p.len()) && p.chars().all(|c| c.is_ascii_lowercase())))
}

/// What a dateline opening a paragraph says.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Dateline {
    /// Where the story was filed ("PORT ALDER, Freedonia").
    pub place: Option<String>,
    /// The credit in parentheses or before the dash ("AFP", "Acme News").
    pub credit: Option<String>,
}

/// Whether the letters of `s` are all capitals (and there are at least two).
fn all_caps(s: &str) -> bool {
    s.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !s.chars().any(char::is_lowercase)
}

/// The place part of a dateline: its leading comma segments without digits, so a filing date
/// ("BEIJING, Oct. 1") is left out. Empty when the part is only a date ("Sept. 10").
fn place_of(part: &str) -> Option<String> {
    let mut kept = Vec::new();
    for seg in part.split(',').map(str::trim).filter(|s| !s.is_empty()) {
        if word_count(seg) > 4 || !looks_like_names(seg) {
            return None;
        }
        if seg.chars().any(|c| c.is_ascii_digit()) {
            break;
        }
        kept.push(seg);
    }
    Some(kept.join(", "))
}

/// A plausible credit: short, capitalised, not a picture caption.
fn credit_ok(s: &str) -> bool {
    let lower = s.to_lowercase();
    (1..=6).contains(&word_count(s))
        && !s.chars().any(|c| c.is_ascii_digit())
        && !lower
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| PICTURE_WORDS.contains(&w))
        && looks_like_names(s)
}

/// Reads the dateline opening `line`, if any.
pub fn dateline(line: &str) -> Option<Dateline> {
    // Datelines are short; looking at the first 100 characters keeps long paragraphs cheap.
    let window_end = line.char_indices().nth(100).map_or(line.len(), |(i, _)| i);
    let window = line.get(..window_end)?;
    let dash = DASHES
        .iter()
        .filter_map(|d| window.find(d).map(|at| if *d == ")-" { at + 1 } else { at }))
        .min();
    let colon = window.find(':').filter(|&c| dash.is_none_or(|d| c < d));
    // "(Acme)The talks…": a credit glued to the text, a common web style.
    let glued = window
        .strip_prefix('(')
        .and_then(|r| r.split_once(')'))
        .filter(|(_, after)| after.chars().next().is_some_and(char::is_uppercase));
    let (head, by_colon) = match (colon, dash, glued) {
        (_, _, Some((inner, _))) if dash.is_none() => (format!("({inner})"), false),
        (Some(c), _, _) => (window.get(..c)?.to_string(), true),
        (None, Some(d), _) => (window.get(..d)?.to_string(), false),
        _ => return None,
    };
    let head = head.trim();
    let (place_part, credit) = match head.strip_suffix(')').and_then(|h| h.rsplit_once('(')) {
        Some((place, credit)) if !by_colon => (place.trim(), Some(credit.trim())),
        Some(_) => return None,
        None if is_wire(head) && word_count(head) <= 3 => ("", Some(head)),
        None => (head, None),
    };
    let place = place_of(place_part)?;
    let found = match credit {
        Some(c) if !credit_ok(c) => return None,
        // "(BERLIN) —": a capitalised place in parentheses, not an agency or an outlet's name.
        Some(c) if place_part.is_empty() && all_caps(c) && !is_wire(c) && !has_outlet_word(c) => Dateline {
            place: place_of(c).filter(|p| !p.is_empty()),
            credit: None,
        },
        Some(c) => Dateline {
            place: Some(place).filter(|p| !p.is_empty()),
            credit: Some(c.to_string()),
        },
        // Without a credit only a capitalised place ("VALMORA —") or one word before a colon
        // ("Valmora:") reads as a dateline; "Talks end: …" or "Update:" do not.
        None => {
            let first = place.split(',').next().unwrap_or("");
            let one_word = by_colon && word_count(&place) == 1 && !is_kicker(&place);
            if place.is_empty() || place_part.contains(['(', ')']) || !(all_caps(first) || one_word) {
                return None;
            }
            Dateline {
                place: Some(place),
                credit: None,
            }
        }
    };
    Some(found)
}

/// Whether a credit contains a word that marks an outlet's name ("News", "Times").
fn has_outlet_word(s: &str) -> bool {
    s.split_whitespace()
        .any(|w| OUTLET_WORDS.contains(&w.to_lowercase().trim_matches(|c: char| !c.is_alphanumeric())))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dl(place: Option<&str>, credit: Option<&str>) -> Option<Dateline> {
        Some(Dateline {
            place: place.map(Into::into),
            credit: credit.map(Into::into),
        })
    }

    #[test]
    fn datelines_with_credits() {
        assert_eq!(
            dateline("PARIS (Acme) — Ministers met."),
            dl(Some("PARIS"), Some("Acme"))
        );
        assert_eq!(
            dateline("WASHINGTON, D.C. (Acme News) - Talks ended."),
            dl(Some("WASHINGTON, D.C."), Some("Acme News"))
        );
        assert_eq!(
            dateline("LYON, France (AFP) – Talks ended."),
            dl(Some("LYON, France"), Some("AFP"))
        );
        assert_eq!(
            dateline("Lyon (France) (AFP) – Talks ended."),
            dl(Some("Lyon (France)"), Some("AFP"))
        );
        assert_eq!(
            dateline("LYON  (Acme Star/ANN)-  Talks ended."),
            dl(Some("LYON"), Some("Acme Star/ANN"))
        );
        assert_eq!(dateline("Oct. 2 (UPI) — Talks ended."), dl(None, Some("UPI")));
        assert_eq!(
            dateline("ROME, Oct. 2 (Xinhua) -- Talks ended."),
            dl(Some("ROME"), Some("Xinhua"))
        );
        assert_eq!(dateline("UPI — Talks ended on Monday."), dl(None, Some("UPI")));
        assert_eq!(
            dateline("(Daily Planet)The talks ended."),
            dl(None, Some("Daily Planet"))
        );
    }

    #[test]
    fn datelines_without_credits() {
        assert_eq!(dateline("(LYON) — Talks ended."), dl(Some("LYON"), None));
        assert_eq!(dateline("LYON — Talks ended."), dl(Some("LYON"), None));
        assert_eq!(
            dateline("NORTH VALE, Ruritania — Talks ended."),
            dl(Some("NORTH VALE, Ruritania"), None)
        );
        assert_eq!(dateline("Lyon: Talks ended on Monday."), dl(Some("Lyon"), None));
        assert_eq!(dateline("LYON: Talks ended on Monday."), dl(Some("LYON"), None));
    }

    #[test]
    fn prose_is_not_a_dateline() {
        assert_eq!(dateline("The minister (who left early) — said nothing."), None);
        assert_eq!(dateline("ROME (AP Photo) — x"), None);
        assert_eq!(dateline("Talks ended (2021) — and then"), None);
        assert_eq!(dateline("Talks End: What Comes Next"), None);
        assert_eq!(dateline("Update: the talks ended."), None);
        assert_eq!(dateline("Ministers met — and nothing changed."), None);
        assert_eq!(dateline("Ministers met on Monday."), None);
        assert_eq!(dateline("Acme-Beta talks end"), None);
    }

    #[test]
    fn wire_credit_lines() {
        assert_eq!(credit_line("— AFP").as_deref(), Some("AFP"));
        assert_eq!(credit_line("(Reuters)").as_deref(), Some("Reuters"));
        assert_eq!(
            credit_line("ab/cd (Reuters, AFP, dpa, AP)").as_deref(),
            Some("Reuters, AFP, dpa, AP")
        );
        assert_eq!(
            credit_line("Source: Associated Press").as_deref(),
            Some("Associated Press")
        );
        assert_eq!(credit_line("By: Associated Press").as_deref(), Some("Associated Press"));
        assert_eq!(credit_line("(Acme News)"), None);
        assert_eq!(credit_line("Reuters said the talks ended."), None);
        assert!(is_wire("Acme Star/ANN"));
        assert!(!is_wire("Acme News"));
    }
}
