//! What a sentence yields before its article's dates are applied, and the memo that reads each
//! distinct sentence of a story once.

use rustc_hash::FxHashMap;

use super::super::context::ClaimContext;
use super::super::lexicon::{event_noun, month};
use super::super::resolve::{day_of, resolve_clock, resolve_date};
use super::super::subject::{Stems, Subject};
use super::super::tokens::{Token, lower_at};
use super::super::value::Value;
use super::super::{Claim, ClaimKind, Modality};
use crate::span::Span;

/// A claim a sentence's words support, with its span relative to the sentence's start and its
/// value as printed (dates not yet read against the article).
#[derive(Debug)]
pub(super) struct Pending {
    pub start: usize,
    pub end: usize,
    pub kind: ClaimKind,
    /// The value's anchor word, lower-cased, without a possessive `'s` ("monday", "yesterday").
    pub word: Box<str>,
    pub value: Value,
    pub modality: Modality,
    pub attributed_to: Option<Box<str>>,
    pub subject: Subject,
}

/// What one sentence yields whatever article prints it.
#[derive(Debug, Default)]
pub(super) struct Scanned {
    pub pending: Vec<Pending>,
    /// The four-digit numbers in a year's place, in order: the earliest one before the story's
    /// year makes the sentence about that past year.
    pub years: Vec<i16>,
    /// Whether a count looked for its noun in the previous sentence, so the same words after
    /// another sentence may yield something else.
    pub reads_previous: bool,
}

impl Scanned {
    /// Append the sentence's claims, read against `ctx`; `sent` is where this copy of the
    /// sentence lies in the article and `si` its index.
    pub fn finish(&self, sent: Span, si: usize, ctx: &ClaimContext, out: &mut Vec<Claim>) {
        if self.pending.is_empty() {
            return;
        }
        let past = ctx
            .year
            .and_then(|now| self.years.iter().copied().find(|y| (1900..now).contains(y)));
        // This sentence's claims are appended to `out` as they are read, without a list of
        // their own: a memo hit ends here for every copy of a sentence in a story.
        let first = out.len();
        for p in &self.pending {
            let Some(value) = resolve_date(p.value.clone(), &p.word, ctx, p.modality) else {
                continue;
            };
            let mut subject = p.subject.clone();
            if let Some(year) = past {
                mark_past(&mut subject, year);
            }
            out.push(Claim {
                span: Span::new(sent.start + p.start, sent.start + p.end),
                sentence: si,
                kind: p.kind,
                modality: p.modality,
                attributed_to: p.attributed_to.clone(),
                subject,
                value,
            });
        }
        // A clock time is converted on the day the sentence names, else the publication day.
        let found = out.get_mut(first..).unwrap_or_default();
        let day = found.iter().find_map(|c| day_of(&c.value));
        for c in found.iter_mut().filter(|c| c.kind == ClaimKind::TimeOfDay) {
            c.value = resolve_clock(c.value.clone(), day, ctx);
        }
    }
}

/// The sentences of a story already read, by their words.
#[derive(Default)]
pub struct ClaimMemo<'t> {
    seen: FxHashMap<&'t str, Seen>,
    /// What the sentences that read the one before them yielded, by both sentences' words.
    after: FxHashMap<(&'t str, &'t str), Scanned>,
    pub(super) stems: Stems,
}

enum Seen {
    /// What the words yield wherever they are printed.
    Alone(Scanned),
    /// What they yield depends on the sentence before them (see `ClaimMemo::after`).
    AfterPrevious,
}

impl<'t> ClaimMemo<'t> {
    /// A memo for a story of `sentences` sentences in all: sized once rather than regrown as
    /// it fills, each regrowth moving every sentence kept so far.
    pub fn with_capacity(sentences: usize) -> Self {
        ClaimMemo {
            seen: FxHashMap::with_capacity_and_hasher(sentences, Default::default()),
            ..ClaimMemo::default()
        }
    }

    /// What `words` yielded before, printed after `previous` (empty for an article's first sentence).
    pub(super) fn get(&self, previous: &'t str, words: &'t str) -> Option<&Scanned> {
        match self.seen.get(words)? {
            Seen::Alone(scanned) => Some(scanned),
            Seen::AfterPrevious => self.after.get(&(previous, words)),
        }
    }

    /// Keep what `words` yield, printed after `previous`, for their next copy. Whether words
    /// read the sentence before them depends on the words alone, so a second copy never
    /// contradicts the first.
    pub(super) fn keep(&mut self, previous: &'t str, words: &'t str, scanned: Scanned) {
        if scanned.reads_previous {
            self.seen.insert(words, Seen::AfterPrevious);
            self.after.insert((previous, words), scanned);
        } else {
            self.seen.insert(words, Seen::Alone(scanned));
        }
    }
}

/// The four-digit numbers of a sentence in a year's place, in order: "in 1961", "of 2009",
/// "March 2011", "the 1961 flood", "1961's". Not "1950 people", and "since 1961" spans up to now.
pub(super) fn year_candidates(toks: &[Token]) -> Vec<i16> {
    let year_place = |k: usize| {
        let before = lower_at(toks, k.wrapping_sub(1));
        let after = lower_at(toks, k + 1);
        // "since 2009, when a flood killed 48": the clause after "when" is that year's.
        let when = after == "when" || (after == "," && lower_at(toks, k + 2) == "when");
        matches!(before, "in" | "of" | "during")
            || when
            || month(before).is_some()
            || (before == "the" && event_noun(after).is_some())
            || toks.get(k).is_some_and(|t| t.lower.ends_with("'s"))
    };
    toks.iter()
        .enumerate()
        .filter(|(_, t)| t.lower.len() == 4 || t.lower.len() == 6)
        .filter(|(k, _)| year_place(*k))
        .filter_map(|(_, t)| t.lower.trim_end_matches("'s").parse::<i16>().ok())
        .collect()
}

/// Tag the subject with the past year it is about, so its values only meet values of that year.
fn mark_past(subject: &mut Subject, year: i16) {
    subject.label = format!("{} ({year})", subject.label).into();
    if let Some(m) = subject.matching.as_mut() {
        m.era = Some(year);
    }
}
