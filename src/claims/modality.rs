//! How a claim is framed: reported or expected, and whom the article attributes it to.

use super::Modality;
use super::raw::Raw;
use super::tokens::{TokKind, Token};
use super::verbs::{is_expectation, is_speech_verb};

/// Expected when a modal or a word of planning/prediction governs the claim in its clause
/// ("could last", "is scheduled to start", "expected to return"); reported otherwise.
pub fn modality(toks: &[Token], raw: &Raw) -> Modality {
    // "and" does not end the clause: "expected to return to A and B after …".
    for k in (raw.start.saturating_sub(12)..raw.start).rev() {
        let Some(t) = toks.get(k) else { continue };
        if t.is_punct_of(",;:()\"“”")
            || matches!(t.lower.as_ref(), "but" | "while" | "which" | "who" | "after" | "before")
        {
            break;
        }
        let next = toks.get(k + 1).map_or("", |n| n.lower.as_ref());
        let expects = match t.lower.as_ref() {
            "set" | "going" => next == "to",
            "due" => true,
            w => is_expectation(w),
        };
        if expects {
            return Modality::Expected;
        }
    }
    Modality::Reported
}

/// Abbreviations that keep their final dot inside a name ("Mr. Smith", "J. Doe").
fn keeps_dot(t: Option<&Token>) -> bool {
    t.is_some_and(|t| {
        t.kind == TokKind::Word
            && (t.text.chars().count() == 1
                || matches!(
                    t.lower.as_ref(),
                    "mr" | "mrs" | "ms" | "dr" | "gen" | "sen" | "rep" | "gov" | "st" | "lt" | "col" | "jr"
                ))
    })
}

/// Common nouns that name a source of information.
fn source_noun(w: &str) -> bool {
    matches!(
        w,
        "officials"
            | "official"
            | "police"
            | "authorities"
            | "ministry"
            | "spokesman"
            | "spokeswoman"
            | "spokesperson"
            | "sources"
            | "source"
            | "people"
            | "residents"
            | "witnesses"
            | "experts"
            | "analysts"
            | "agency"
            | "statement"
            | "government"
            | "officers"
            | "organisers"
            | "organizers"
            | "company"
            | "report"
            | "media"
            | "minister"
            | "governor"
            | "mayor"
            | "president"
            | "chief"
            | "director"
            | "commander"
            | "department"
            | "office"
            | "council"
            | "survey"
            | "institute"
            | "service"
            | "center"
            | "centre"
            | "coroner"
            | "hospital"
            | "firefighters"
            | "rescuers"
            | "investigators"
            | "prosecutors"
            | "army"
            | "military"
    )
}

fn pronoun(w: &str) -> bool {
    matches!(
        w,
        "he" | "she" | "they" | "it" | "we" | "i" | "you" | "this" | "that" | "who"
    )
}

/// The noun phrase right before token `k` (at most five words), as a token range.
fn phrase_before(toks: &[Token], k: usize) -> Option<(usize, usize)> {
    let mut s = k;
    while s > 0 && k - s < 6 {
        let t = toks.get(s - 1)?;
        let ok = (t.kind == TokKind::Word
            && !matches!(
                t.lower.as_ref(),
                "that"
                    | "and"
                    | "but"
                    | "as"
                    | "which"
                    | "who"
                    | "while"
                    | "has"
                    | "have"
                    | "had"
                    | "also"
                    | "later"
                    | "then"
                    | "where"
                    | "when"
                    | "after"
                    | "before"
                    | "because"
                    | "if"
                    | "since"
            ))
            || (t.lower == "." && keeps_dot(s.checked_sub(2).and_then(|p| toks.get(p))));
        if !ok {
            break;
        }
        s -= 1;
    }
    (s < k).then_some((s, k))
}

/// The noun phrase right after token `k`, up to punctuation (at most `max` tokens).
fn phrase_after(toks: &[Token], k: usize, max: usize) -> Option<(usize, usize)> {
    let mut e = k;
    while e < toks.len() && e - k < max {
        let t = toks.get(e)?;
        let dot_ok = t.lower == "." && keeps_dot(e.checked_sub(1).and_then(|p| toks.get(p))) && e + 1 < toks.len();
        if t.kind == TokKind::Punct && !dot_ok {
            break;
        }
        e += 1;
    }
    (e > k).then_some((k, e))
}

fn phrase_text(text: &str, toks: &[Token], (s, e): (usize, usize)) -> Option<String> {
    let a = toks.get(s)?.span.start;
    let b = toks.get(e.checked_sub(1)?)?.span.end;
    text.get(a..b).map(str::to_string)
}

/// The source the sentence attributes its content to ("according to the ministry",
/// "officials said"), with its token range. Pronouns ("he said") are not a source.
pub fn attribution(toks: &[Token], text: &str) -> Option<(String, (usize, usize))> {
    for (k, t) in toks.iter().enumerate() {
        let range = if t.lower == "according" && toks.get(k + 1).is_some_and(|n| n.lower == "to") {
            phrase_after(toks, k + 2, 8)
        } else if is_speech_verb(&t.lower)
            // "a report", and the passive "six were reported missing": no one is speaking.
            && !matches!(
                k.checked_sub(1).and_then(|p| toks.get(p)).map(|p| p.lower.as_ref()),
                Some("an" | "a" | "the" | "was" | "were" | "is" | "are" | "been" | "being" | "be")
            )
        {
            match phrase_before(toks, k) {
                Some(r) => Some(r),
                None if toks.get(k + 1).is_some_and(|n| n.lower == "the" || n.capitalized()) => {
                    phrase_after(toks, k + 1, 5)
                }
                None => None,
            }
        } else {
            None
        };
        let Some(r) = range else { continue };
        let Some(s) = phrase_text(text, toks, r) else { continue };
        // A source is a named person or organisation, or a role phrase ("the mayor", "police");
        // "according to the price" and "he also" are not. Capitals at the sentence start prove nothing.
        let sourcey = toks.get(r.0..r.1).is_some_and(|ts| {
            ts.iter()
                .enumerate()
                .any(|(j, t)| (t.capitalized() && (r.0 + j > 0 || ts.len() > 1)) || source_noun(&t.lower))
        });
        let leads_with_pronoun = toks.get(r.0).is_some_and(|t| pronoun(&t.lower));
        if pronoun(&s.to_lowercase()) || leads_with_pronoun || !sourcey {
            continue;
        }
        let full = if t.lower == "according" {
            (k, r.1)
        } else {
            (r.0.min(k), r.1.max(k + 1))
        };
        return Some((s, full));
    }
    None
}
