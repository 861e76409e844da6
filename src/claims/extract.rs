//! Claim extraction: run the matchers over each sentence's tokens and frame what they find.

use rust_stemmers::{Algorithm, Stemmer};

use super::amounts::{duration, quantity};
use super::modality::{attribution, modality};
use super::relative::relative;
use super::subject::build;
use super::timing::{date, time_of_day};
use super::tokens::{TokKind, Token, tokenize};
use super::value::{Relative, Value};
use super::verbs::is_modal;
use super::{Claim, ClaimKind};
use crate::span::Span;

/// A matcher's find: token range `start..end` of the phrase, the token of its value
/// (`anchor`) and, when known, the token of the noun it measures (`head`).
#[derive(Debug, Clone, PartialEq)]
pub struct Raw {
    pub kind: ClaimKind,
    pub value: Value,
    pub start: usize,
    pub end: usize,
    pub anchor: usize,
    pub head: Option<usize>,
}

impl Raw {
    pub fn new(kind: ClaimKind, value: Value, start: usize, end: usize, anchor: usize, head: Option<usize>) -> Self {
        Raw {
            kind,
            value,
            start: start.min(anchor),
            end: end.max(anchor + 1),
            anchor,
            head,
        }
    }
}

/// Try every matcher at token `i`, most specific first: relative phrases own their
/// numbers ("two months ago"), clock times own theirs ("1 p.m."), then dates, durations, counts.
fn match_at(toks: &[Token], i: usize) -> Option<Raw> {
    relative(toks, i)
        .or_else(|| time_of_day(toks, i))
        .or_else(|| date(toks, i))
        .or_else(|| duration(toks, i))
        .or_else(|| quantity(toks, i))
}

/// Extend a duration's or count's printed span over a directly preceding modal + verb
/// ("could last up to …", "is expected to last …") so the claim reads as printed.
fn with_verb_prefix(toks: &[Token], start: usize) -> usize {
    let w = |k: Option<usize>| k.and_then(|k| toks.get(k)).map_or("", |t| t.lower.as_str());
    let verb = start.checked_sub(1);
    let is_word = verb
        .and_then(|k| toks.get(k))
        .is_some_and(|t| t.kind == TokKind::Word && !is_modal(&t.lower));
    if !is_word
        || !matches!(
            w(verb),
            "last"
                | "lasted"
                | "lasting"
                | "take"
                | "took"
                | "run"
                | "ran"
                | "stretch"
                | "reach"
                | "reached"
                | "total"
                | "kill"
                | "killed"
        )
    {
        return start;
    }
    let modal = start.checked_sub(2);
    if is_modal(w(modal)) && w(modal) != "to" {
        return start - 2;
    }
    if w(modal) == "to"
        && matches!(
            w(start.checked_sub(3)),
            "expected" | "scheduled" | "set" | "due" | "likely" | "going" | "planned"
        )
    {
        return start - 3;
    }
    start - 1
}

/// A byline or timestamp line ("Updated 10:32 AM ET, Tue June 1"), whose values are not claims.
fn is_byline(toks: &[Token]) -> bool {
    let stamp = |t: &Token| matches!(t.lower.as_str(), "updated" | "published" | "posted" | "modified");
    toks.first().is_some_and(stamp) || (toks.len() < 14 && toks.iter().any(|t| stamp(t) && t.capitalized()))
}

/// Extract the claims of one article. `sentences` are spans into `text` in order.
pub fn extract_claims(text: &str, sentences: &[Span]) -> Vec<Claim> {
    let stemmer = Stemmer::create(Algorithm::English);
    let mut out = Vec::new();
    for (si, sent) in sentences.iter().enumerate() {
        let toks = tokenize(text, *sent);
        if toks.is_empty() {
            continue;
        }
        let byline = is_byline(&toks);
        let attrib = attribution(&toks, text);
        let mut raws: Vec<Raw> = Vec::new();
        let (mut i, mut last_end) = (0, 0);
        while i < toks.len() {
            match match_at(&toks, i) {
                Some(mut r) if r.end > i => {
                    r.start = r.start.max(last_end).min(r.anchor);
                    // "after the 90-minute meeting": keep scanning inside for the duration.
                    let nests = matches!(
                        r.value,
                        Value::Relative(Relative::After { .. } | Relative::Before { .. })
                    );
                    i = if nests { i + 1 } else { r.end };
                    if !nests {
                        last_end = r.end;
                    }
                    raws.push(r);
                }
                _ => i += 1,
            }
        }
        for r in raws {
            let in_attrib = attrib
                .as_ref()
                .is_some_and(|(_, (a, b))| r.anchor >= *a && r.anchor < *b);
            if in_attrib || byline {
                continue;
            }
            let start = match r.kind {
                ClaimKind::Duration | ClaimKind::Quantity => with_verb_prefix(&toks, r.start),
                _ => r.start,
            };
            let (Some(first), Some(last)) = (toks.get(start), toks.get(r.end.saturating_sub(1))) else {
                continue;
            };
            let skip = attrib.as_ref().map(|(_, range)| *range);
            out.push(Claim {
                span: Span::new(first.span.start, last.span.end),
                sentence: si,
                kind: r.kind,
                modality: modality(&toks, &r),
                attributed_to: attrib.as_ref().map(|(s, _)| s.clone()),
                subject: build(&toks, &r, skip, &stemmer),
                value: r.value,
            });
        }
    }
    out
}
