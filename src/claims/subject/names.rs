//! Names near a claim that are not participants (an agency that counted), and the incident a
//! claim's sentence names nearest to it.

use super::super::lexicon::event_noun;
use super::super::tokens::{TokKind, Token};

/// Words ending the name of an agency that measures or reports ("Geological Survey",
/// "Seismological Service", "Statistics Bureau"): a source, not a participant.
fn agency_word(w: &str) -> bool {
    matches!(
        w,
        "service"
            | "survey"
            | "agency"
            | "institute"
            | "bureau"
            | "observatory"
            | "office"
            | "administration"
            | "centre"
            | "center"
    )
}

/// Whether token `k` belongs to a run of capitalized words (joined by "of", "and", "for")
/// that names an agency.
pub(super) fn in_agency(toks: &[Token], k: usize) -> bool {
    let capital = |j: usize| toks.get(j).is_some_and(|t| t.kind == TokKind::Word && t.capitalized());
    let joiner = |j: usize| {
        toks.get(j)
            .is_some_and(|t| matches!(t.lower.as_ref(), "of" | "and" | "for"))
            && capital(j - 1)
            && capital(j + 1)
    };
    let linked = |j: usize| capital(j) || (j > 0 && joiner(j));
    let first = (0..=k).rev().take_while(|&j| linked(j)).last().unwrap_or(k);
    (first..toks.len())
        .take_while(|&j| linked(j))
        .any(|j| toks.get(j).is_some_and(|t| agency_word(&t.lower)))
}

/// The incident noun nearest token `at` ("storm", "quake"), singular, with "earthquake" as "quake".
pub(super) fn incident_near(toks: &[Token], at: usize) -> Option<String> {
    let incident = |w: &str| event_noun(w).or_else(|| w.strip_suffix('s').and_then(event_noun)) == Some("incident");
    (0..toks.len())
        .filter(|&k| toks.get(k).is_some_and(|t| incident(&t.lower)))
        .min_by_key(|k| k.abs_diff(at))
        .and_then(|k| toks.get(k))
        .map(|t| {
            let w = t.lower.strip_suffix('s').unwrap_or(&t.lower);
            if w == "earthquake" {
                "quake".to_string()
            } else {
                w.to_string()
            }
        })
}
