//! Claim extraction: run the matchers over each sentence's tokens and frame what they find.

use super::amounts::{duration, quantity};
use super::context::ClaimContext;
use super::counts::{counts_elided, elided_noun};
use super::modality::{attribution, modality};
use super::raw::Raw;
use super::relative::relative;
use super::scope::scope;
use super::subject::{Stems, Subject, build, find_verb};
use super::timing::{date, time_of_day};
use super::tokens::{TokKind, Token, lower_at, tokenize, tokenize_into};
use super::units::is_measure;
use super::value::{Relative, Value};
use super::verbs::is_modal;
use super::verbs::is_timing_verb;
use super::{Claim, ClaimKind};
use crate::span::Span;
use gate::may_start;
pub use pending::ClaimMemo;
use pending::{Pending, Scanned, year_candidates};

mod gate;
mod pending;

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
    let w = |k: Option<usize>| k.and_then(|k| toks.get(k)).map_or("", |t| t.lower.as_ref());
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
    let stamp = |t: &Token| matches!(t.lower.as_ref(), "updated" | "published" | "posted" | "modified");
    toks.first().is_some_and(stamp) || (toks.len() < 14 && toks.iter().any(|t| stamp(t) && t.capitalized()))
}

/// Extract the claims of one article. `sentences` are spans into `text` in order; `ctx` says
/// what its dates and times are read against.
pub fn extract_claims(text: &str, sentences: &[Span], ctx: &ClaimContext) -> Vec<Claim> {
    extract_claims_with(text, sentences, ctx, &mut ClaimMemo::default())
}

/// [`extract_claims`] with a memo of the sentences already read, shared by the articles of a
/// story: wire copy and boilerplate print the same sentence in many of them, and what a sentence
/// yields before its article's dates are applied depends on its words alone.
pub fn extract_claims_with<'t>(
    text: &'t str,
    sentences: &[Span],
    ctx: &ClaimContext,
    memo: &mut ClaimMemo<'t>,
) -> Vec<Claim> {
    let mut out = Vec::new();
    let mut toks = Vec::new();
    // Lower-cased once for every token of the article, at the same offsets.
    let lowered = text.to_ascii_lowercase();
    for (si, sent) in sentences.iter().enumerate() {
        let Some(words) = text.get(sent.start..sent.end) else {
            continue;
        };
        let previous = si
            .checked_sub(1)
            .and_then(|p| sentences.get(p))
            .and_then(|p| text.get(p.start..p.end))
            .unwrap_or("");
        if let Some(scanned) = memo.get(previous, words) {
            scanned.finish(*sent, si, ctx, &mut out);
            continue;
        }
        tokenize_into(text, Some(&lowered), *sent, &mut toks);
        let scanned = scan(text, sentences, si, &toks, &memo.stems);
        scanned.finish(*sent, si, ctx, &mut out);
        memo.keep(previous, words, scanned);
    }
    out
}

/// What sentence `si` yields whatever article prints it: the claims its words support, before
/// dates are read against the article. `toks` are its tokens.
fn scan(text: &str, sentences: &[Span], si: usize, toks: &[Token], stems: &Stems) -> Scanned {
    let mut scanned = Scanned::default();
    let Some(sent) = sentences.get(si) else {
        return scanned;
    };
    if toks.is_empty() {
        return scanned;
    }
    let mut raws: Vec<Raw> = Vec::new();
    let (mut i, mut last_end) = (0, 0);
    while let Some(t) = toks.get(i) {
        if !may_start(t) {
            i += 1;
            continue;
        }
        match match_at(toks, i) {
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
    // Most sentences hold no value at all: only those that do are checked for a
    // byline or an attribution (both only filter or annotate claims).
    if raws.is_empty() || is_byline(toks) {
        return scanned;
    }
    let attrib = attribution(toks, text);
    let mut prev_toks: Option<Vec<Token>> = None;
    scanned.years = year_candidates(toks);
    for r in raws {
        let in_attrib = attrib
            .as_ref()
            .is_some_and(|(_, (a, b))| r.anchor >= *a && r.anchor < *b);
        if in_attrib {
            continue;
        }
        let start = match r.kind {
            ClaimKind::Duration | ClaimKind::Quantity => with_verb_prefix(toks, r.start),
            _ => r.start,
        };
        let (Some(first), Some(last)) = (toks.get(start), toks.get(r.end.saturating_sub(1))) else {
            continue;
        };
        // The cheap checks first: most raw finds that are dropped need no subject built.
        let word = toks.get(r.anchor).map_or("", |t| t.lower.as_ref());
        // "Today" inside a quotation is the day the speaker spoke, which may not be the day
        // the article was published: it cannot be resolved.
        let quoted_day = matches!(word, "today" | "yesterday" | "tomorrow" | "tonight")
            && toks
                .get(r.anchor)
                .is_some_and(|t| inside_quote(text, sent.start, t.span.start));
        if quoted_day {
            continue;
        }
        // "There are nearly 900 stationed there": counted in the previous sentence's noun
        // (tokenized once per sentence, and only when a count needs it).
        let mut r = r;
        let mut elided = None;
        if let (ClaimKind::Quantity, Value::Amount { unit, .. }) = (r.kind, &mut r.value)
            && counts_elided(unit)
        {
            // Even the first sentence of an article: the same words elsewhere may follow one.
            scanned.reads_previous = true;
            if let Some(prev) = si.checked_sub(1).and_then(|p| sentences.get(p))
                && let Some((noun, at)) = elided_noun(unit, prev_toks.get_or_insert_with(|| tokenize(text, *prev)))
            {
                *unit = noun.clone();
                elided = Some((noun, at));
            }
        }
        let modality = modality(toks, &r);
        let skip = attrib.as_ref().map(|(_, range)| *range);
        let mut subject = build(toks, &r, skip, stems);
        if let Some((noun, at)) = &elided {
            subject.label = format!("{noun} {}", subject.label).into();
            // "… stationed there": the place is the one the previous sentence gave them.
            if lower_at(toks, r.end) == "there" {
                subject.set_scope(scope(prev_toks.as_deref().unwrap_or(&[]), *at, at + 1));
            }
        }
        if !asserted(toks, &r, &subject, modality) {
            continue;
        }
        scanned.pending.push(Pending {
            start: first.span.start - sent.start,
            end: last.span.end - sent.start,
            kind: r.kind,
            word: word.strip_suffix("'s").unwrap_or(word).into(),
            value: r.value,
            modality,
            attributed_to: attrib.as_ref().map(|(s, _)| s.as_str().into()),
            subject,
        });
    }
    scanned
}

/// Whether the sentence asserts the value as a fact of some event: dates, times and durations
/// need an event the syntax ties them to (or, for durations, a governing verb); relative
/// timings need a verb of timing ("return", "resume"); a small exact count of a plain noun
/// ("the two leaders", "three separate blasts") or a fractional count describes, not claims.
fn asserted(toks: &[Token], r: &Raw, subject: &Subject, modality: super::Modality) -> bool {
    match r.kind {
        ClaimKind::Date | ClaimKind::TimeOfDay => subject.head.is_some(),
        // "the wettest in 60 years", "the worst since 1961": a record's span, not a timing.
        ClaimKind::RelativeTime | ClaimKind::Duration if superlative_before(toks, r.start) => false,
        ClaimKind::Duration => {
            subject.head.is_some()
                || find_verb(toks, r)
                    .and_then(|k| toks.get(k))
                    .is_some_and(|t| is_timing_verb(&t.lower) || matches!(t.lower.as_ref(), "lasted" | "spent" | "ran"))
        }
        // "after the incident" says little unless something is timed by it ("will return after
        // the summit"); calendar timings ("two months ago", "next week") stand on their own.
        ClaimKind::RelativeTime => {
            !matches!(
                r.value,
                Value::Relative(Relative::After { .. } | Relative::Before { .. })
            ) || modality == super::Modality::Expected
                || find_verb(toks, r)
                    .and_then(|k| toks.get(k))
                    .is_some_and(|t| is_timing_verb(&t.lower))
        }
        // A length with nothing it measures ("a 10 km stretch", "2.4 miles") names no fact.
        ClaimKind::Quantity
            if subject.measure() == Some(false)
                && matches!(&r.value, Value::Amount { unit, .. } if unit == "km" || unit == "m") =>
        {
            false
        }
        // "magnitude 4.5 or greater": a threshold naming a class, not a measurement.
        ClaimKind::Quantity
            if lower_at(toks, r.end) == "or"
                && matches!(
                    lower_at(toks, r.end + 1),
                    "greater" | "higher" | "more" | "above" | "larger" | "stronger" | "over"
                ) =>
        {
            false
        }
        ClaimKind::Quantity => match &r.value {
            Value::Amount { value, hedge, unit, .. } if !is_measure(unit) && subject.role.is_none() => {
                let whole = value.fract() == 0.0;
                whole && (*value >= 10.0 || *hedge != super::value::Hedge::Exact || counted(toks, r.start))
            }
            _ => true,
        },
    }
}

/// Whether byte `pos` lies inside a quotation that opened after `from` (an odd number of straight
/// quote marks, or more opening than closing curly ones, before it).
fn inside_quote(text: &str, from: usize, pos: usize) -> bool {
    let before = text.get(from..pos).unwrap_or("");
    let straight = before.matches('"').count();
    let open = before.matches(['\u{201C}', '\u{00AB}']).count();
    let close = before.matches(['\u{201D}', '\u{00BB}']).count();
    straight % 2 == 1 || open > close
}

/// Whether a verb of counting introduces the count ("recorded four quakes", "the deal contains
/// three points", "there were two blasts"): then even a small number is what the sentence asserts.
fn counted(toks: &[Token], start: usize) -> bool {
    (start.saturating_sub(2)..start).any(|k| {
        let w = lower_at(toks, k);
        let there = k > 0 && lower_at(toks, k - 1) == "there";
        matches!(
            w,
            "recorded"
                | "counted"
                | "registered"
                | "detected"
                | "reported"
                | "confirmed"
                | "contains"
                | "contained"
                | "details"
                | "detailed"
                | "lists"
                | "listed"
                | "includes"
                | "included"
                | "totalled"
                | "totaled"
                | "numbered"
        ) || (matches!(w, "were" | "are") && there)
    })
}

/// Whether a superlative ("strongest", "worst", "first", "most") shortly precedes token `start`.
fn superlative_before(toks: &[Token], start: usize) -> bool {
    (start.saturating_sub(6)..start).any(|k| {
        toks.get(k).is_some_and(|t| {
            let w = t.lower.as_ref();
            matches!(w, "first" | "most" | "worst" | "biggest" | "largest" | "best")
                || (w.ends_with("est")
                    && w.len() > 5
                    && !matches!(w, "interest" | "protest" | "request" | "forest" | "harvest"))
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The gate may only skip tokens at which no matcher would start.
    #[test]
    fn gate_never_hides_a_match() {
        let text = "Half an hour later, at 4:15 p.m. local time (1415 GMT) on Wednesday, June 16, 2021, \
            some 1,800-tonne loads left; the talks could last up to six hours. Two months ago, $2 billion \
            to $4 billion, a quarter of a million people, 40 dead and 12% fled in October and in 2019. \
            Within days, by the end of the year, next week, later this month, since 2016, soon after the \
            meeting, ahead of the vote, in three weeks, in the near term, recently, at noon, 3 May, the \
            18th of May, two dozen, forty two, a dozen, twenty-five, 10-15 minutes, Monday's meeting, \
            an hour and a half, 90-minute break, €5 and £7, one hundred, three quarters of a million.";
        let toks = tokenize(text, Span::new(0, text.len()));
        let mut matched = 0;
        for (i, t) in toks.iter().enumerate() {
            let found = match_at(&toks, i).is_some();
            matched += usize::from(found);
            assert!(may_start(t) || !found, "gate skips a match at {:?}", t.text);
        }
        assert!(matched > 30, "{matched}");
    }
}
