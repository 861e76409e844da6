//! What a claim is about: head noun, governing verb, casualty role, nearby terms and names,
//! taken generically from the sentence; and the test of whether two claims share a subject.

use std::cell::RefCell;

use rust_stemmers::{Algorithm, Stemmer};
use serde::Serialize;

use super::ClaimKind;
use super::aspect::aspect;
use super::attach::{event_name, tied_event};
use super::lexicon::{casualty_role, event_noun, is_stopword, is_time_word, is_title, month, part_word, weekday};
use super::raw::Raw;
use super::scope::scope;
use super::tokens::{TokKind, Token};
use super::units::is_measure;
use super::value::Value;
use super::verbs::{irregular_lemma, is_modal, is_timing_verb};
use rustc_hash::FxHashMap as FxMap;

mod label;
mod names;

use label::label;
use names::{in_agency, incident_near};

/// The subject of a claim: a short human label plus the terms used to match subjects.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Subject {
    /// Short human label, e.g. "meeting", "troops", "people killed", "return (ambassadors)".
    pub label: Box<str>,
    /// Canonical head: the counted unit for quantities, the event noun for durations/dates.
    pub head: Option<Box<str>>,
    /// Lemma-stem of the governing verb ("last", "return", "kill").
    pub verb: Option<Box<str>>,
    /// Casualty role for counts of people ("die", "injure", …).
    pub role: Option<Box<str>>,
    /// What only matching needs; dropped by [`Subject::compact`] once the story is compared.
    pub matching: Option<Box<SubjectTerms>>,
}

/// The words a subject is matched by.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct SubjectTerms {
    /// Content stems near the value (including head and verb).
    pub terms: Vec<String>,
    /// Proper names near the value, lower-cased: different participants veto a match.
    pub names: Vec<String>,
    /// Place names near the value ("in Tolvik"): only two different rare places veto.
    pub places: Vec<String>,
    /// Proper names anywhere in the sentence, lower-cased.
    pub context_names: Vec<String>,
    /// Words naming a part of an event ("private", "opening"): parts must agree.
    pub parts: Vec<String>,
    /// The place a count is scoped to ("died in Alba town") and whether a locality word marks it local.
    pub scope: Option<(String, bool)>,
    /// The kind of incident the sentence names nearest the value ("quake", "storm"), when it names one.
    pub incident: Option<String>,
    /// The earlier year the sentence is about ("the 1961 flood"): its values are that event's.
    pub era: Option<i16>,
}

static NO_TERMS: SubjectTerms = SubjectTerms {
    terms: Vec::new(),
    names: Vec::new(),
    places: Vec::new(),
    context_names: Vec::new(),
    parts: Vec::new(),
    scope: None,
    incident: None,
    era: None,
};

impl Subject {
    /// The matching words (empty once compacted).
    pub fn m(&self) -> &SubjectTerms {
        self.matching.as_deref().unwrap_or(&NO_TERMS)
    }

    /// Whether this is a measure with its aspect ("km depth", "magnitude magnitude"), whose head
    /// names the fact by itself; `Some(false)` for a measure that names no aspect ("km ?").
    pub fn measure(&self) -> Option<bool> {
        let head = self.head.as_deref()?;
        head.contains(' ').then(|| !head.ends_with(" ?"))
    }

    /// Scope the count to a place found outside its sentence ("there"), which then also counts
    /// as a place its sentence names.
    pub fn set_scope(&mut self, place: Option<(String, bool)>) {
        if let Some(m) = self.matching.as_deref_mut() {
            if let Some((name, _)) = &place {
                m.places.push(name.clone());
                m.context_names.push(name.clone());
                if let Err(at) = m.terms.binary_search(name) {
                    m.terms.insert(at, name.clone());
                }
            }
            m.scope = place;
        }
    }

    /// Drop what only matching needs (terms and names), keeping the label, head, verb and role:
    /// claims outlive their comparison in every article, so the matching data must not.
    pub fn compact(&mut self) {
        self.matching = None;
    }
}

/// Stem of a word with irregular verbs lemmatized and event nouns canonicalized.
pub fn stem(stemmer: &Stemmer, w: &str) -> String {
    let w = w.strip_suffix("'s").unwrap_or(w);
    if let Some(ev) = event_noun(w) {
        return ev.to_string();
    }
    if matches!(w, "people" | "persons" | "person" | "individuals") {
        return "people".to_string();
    }
    stemmer.stem(irregular_lemma(w).unwrap_or(w)).into_owned()
}

/// [`stem`] with a memo: the same words recur in many claims' windows and across
/// articles, and stemming was the costliest step of building subjects.
pub struct Stems {
    stemmer: Stemmer,
}

/// Memo size at which it is dropped and restarted, to bound memory on long runs.
const MEMO_LIMIT: usize = 1 << 16;

thread_local! {
    /// Per thread, so that parallel extraction neither locks nor shares state.
    static MEMO: RefCell<FxMap<String, String>> = RefCell::new(FxMap::default());
}

impl Default for Stems {
    fn default() -> Self {
        Stems {
            stemmer: Stemmer::create(Algorithm::English),
        }
    }
}

impl Stems {
    pub fn get(&self, w: &str) -> String {
        MEMO.with(|memo| {
            // `try_borrow_mut` cannot fail here (nothing re-enters), but never panic over a cache.
            let Ok(mut memo) = memo.try_borrow_mut() else {
                return stem(&self.stemmer, w);
            };
            if let Some(s) = memo.get(w) {
                return s.clone();
            }
            if memo.len() >= MEMO_LIMIT {
                memo.clear();
            }
            let s = stem(&self.stemmer, w);
            memo.insert(w.to_string(), s.clone());
            s
        })
    }
}

fn content(t: &Token) -> bool {
    t.kind == TokKind::Word
        && t.lower.chars().next().is_some_and(char::is_alphabetic)
        && t.lower.len() > 2
        && !is_stopword(&t.lower)
        && !is_time_word(&t.lower)
        && !is_modal(&t.lower)
}

/// Whether token `k` looks like a verb: after a modal or "to", a past form, or an irregular lemma.
fn verb_like(toks: &[Token], k: usize) -> bool {
    let Some(t) = toks.get(k).filter(|t| content(t)) else {
        return false;
    };
    let w = t.lower.as_ref();
    if event_noun(w).is_some() && !matches!(w, "met" | "meet" | "talked") {
        return false;
    }
    let after_modal = !t.capitalized()
        && k.checked_sub(1)
            .and_then(|p| toks.get(p))
            .is_some_and(|p| is_modal(&p.lower));
    after_modal
        || (w.ends_with("ed") && w.len() > 4 && !t.capitalized())
        || irregular_lemma(w).is_some()
        || is_timing_verb(w)
}

/// The governing verb: nearest verb-like token before the claim, else just after it.
pub fn find_verb(toks: &[Token], raw: &Raw) -> Option<usize> {
    let back = (raw.start.saturating_sub(12)..raw.start)
        .rev()
        .find(|&k| verb_like(toks, k));
    back.or_else(|| (raw.end..(raw.end + 4).min(toks.len())).find(|&k| verb_like(toks, k)))
}

/// Build the subject of `raw`. `skip` is the token range of the attribution, which says
/// who reports the value, not what it is about.
pub fn build(toks: &[Token], raw: &Raw, skip: Option<(usize, usize)>, stems: &Stems) -> Subject {
    let inside = |k: usize| (k >= raw.start && k < raw.end) || skip.is_some_and(|(a, b)| k >= a && k < b);
    let (lo, hi) = match raw.kind {
        ClaimKind::RelativeTime | ClaimKind::Date | ClaimKind::TimeOfDay => (0, toks.len()),
        _ => (raw.start.saturating_sub(8), (raw.end + 6).min(toks.len())),
    };
    let verb_at = find_verb(toks, raw);
    let head_at = match raw.kind {
        ClaimKind::Quantity => raw.head,
        ClaimKind::Duration => raw.head.or_else(|| tied_event(toks, raw.start, raw.end)),
        ClaimKind::Date | ClaimKind::TimeOfDay => tied_event(toks, raw.start, raw.end),
        ClaimKind::RelativeTime => None,
    };
    let word = |k: Option<usize>| k.and_then(|k| toks.get(k)).map(|t| t.lower.to_string());
    // A measure is a fact only with its aspect: the unit plus what it measures ("km depth").
    let measured = match &raw.value {
        Value::Amount { unit, .. } if raw.kind == ClaimKind::Quantity && is_measure(unit) => {
            Some((unit.clone(), aspect(toks, raw.start, raw.end, unit)))
        }
        _ => None,
    };
    let head = match (&raw.value, &measured) {
        (_, Some((unit, aspect))) => Some(format!("{unit} {}", aspect.as_deref().unwrap_or("?"))),
        (Value::Amount { unit, .. }, None) if raw.kind == ClaimKind::Quantity => Some(stems.get(unit)),
        _ => match head_at.and_then(|k| event_name(toks, k)) {
            Some(event) => Some(event.to_string()),
            None => word(head_at).map(|w| super::verbs::happening(&stems.get(&w)).to_string()),
        },
    };
    let verb = word(verb_at).map(|w| stems.get(&w));
    let role_at = if raw.kind == ClaimKind::Quantity && head.as_deref() == Some("people") {
        // The count's own word or verb after it ("were killed", "fled"), else the verb before it
        // in its clause ("killed at least 40 people"); never a word across "and" or a comma,
        // which belongs to another count ("killed 5 and affected 2.5 million people").
        let is_role = |k: &usize| toks.get(*k).is_some_and(|t| casualty_role(&t.lower).is_some());
        let in_clause = |k: &usize| {
            toks.get(*k)
                .is_some_and(|t| t.kind == TokKind::Word && !matches!(t.lower.as_ref(), "and" | "but" | "or"))
        };
        // A little further than the terms' window: "six people who were on the bridge are missing".
        (raw.anchor + 1..(raw.end + 9).min(toks.len()))
            .take_while(in_clause)
            .find(is_role)
            .or_else(|| (lo..raw.start).rev().take_while(in_clause).find(is_role))
    } else {
        None
    };
    let role = role_at
        .and_then(|k| toks.get(k))
        .and_then(|t| casualty_role(&t.lower))
        .map(str::to_string);
    let mut terms: Vec<String> = (lo..hi)
        .filter(|&k| !inside(k) || Some(k) == head_at)
        .filter_map(|k| toks.get(k).filter(|t| content(t)).map(|t| stems.get(&t.lower)))
        .chain(head.clone())
        .chain(verb.clone())
        .collect();
    terms.sort();
    terms.dedup();
    // A name after "in"/"at"/"near"… (skipping other names, titles and "the") is a place; a
    // capitalized preposition opening the sentence ("In Alba town, …") is still one.
    let preposition = |w: &str| {
        matches!(
            w,
            "in" | "at"
                | "near"
                | "from"
                | "of"
                | "to"
                | "across"
                | "outside"
                | "inside"
                | "around"
                | "off"
                | "along"
                | "into"
        )
    };
    let place = |k: usize| {
        let before = (0..k).rev().find(|&p| {
            toks.get(p)
                .is_none_or(|t| preposition(&t.lower) || !(t.capitalized() || t.lower == "." || t.lower == "the"))
        });
        before.and_then(|p| toks.get(p)).is_some_and(|t| preposition(&t.lower))
    };
    // Name candidates of the whole sentence, filtered once and borrowed: the window's
    // names and places are the ones among them near the value.
    let candidates: Vec<(usize, &str)> = (1..toks.len())
        .filter(|&k| !inside(k))
        .filter_map(|k| toks.get(k).map(|t| (k, t)))
        .filter(|(_, t)| t.kind == TokKind::Word && t.capitalized() && t.lower.len() > 1)
        .map(|(k, t)| (k, t.lower.strip_suffix("'s").unwrap_or(&t.lower)))
        // "Norland-flagged": the name is the part before the hyphen.
        .map(|(k, w)| (k, w.split_once('-').map_or(w, |(name, _)| name)))
        .filter(|(_, w)| {
            w.len() > 1
                && !is_title(w)
                && weekday(w).is_none()
                && month(w).is_none()
                && !is_stopword(w)
                && !is_time_word(w)
                // "10,000 TEU … and 4,679 TEU": the counted unit is no participant.
                && !matches!(&raw.value, Value::Amount { unit, .. } if unit.eq_ignore_ascii_case(w))
        })
        .collect();
    let window = (raw.start.saturating_sub(8), (raw.end + 6).min(toks.len()));
    let sorted = |names: Vec<&str>| {
        let mut names: Vec<String> = names.into_iter().map(str::to_string).collect();
        names.sort();
        names.dedup();
        names
    };
    let near = || candidates.iter().filter(|(k, _)| *k >= window.0 && *k < window.1);
    let places = sorted(near().filter(|(k, _)| place(*k)).map(|(_, w)| *w).collect());
    // A name by its first word: "the Orrin" and "the Orrin Hotel" are one place, and outlets
    // add or drop "Island", "Hotel" or a first name's second part more than they change the first.
    let run_head = |k: usize| !candidates.iter().any(|(j, _)| *j + 1 == k);
    let names: Vec<String> = sorted(
        near()
            .filter(|(k, _)| !in_agency(toks, *k) && run_head(*k))
            .map(|(_, w)| *w)
            .collect(),
    )
    .into_iter()
    .filter(|n| !places.contains(n))
    .collect();
    // Every name of the sentence, the attribution's too: "the municipality of Alba confirmed one
    // death" does name Alba, though there Alba is the source, not a participant.
    let context_names = sorted(
        (1..toks.len())
            .filter(|&k| k < raw.start || k >= raw.end)
            .filter_map(|k| toks.get(k))
            .filter(|t| t.kind == TokKind::Word && t.capitalized() && t.lower.len() > 1)
            .map(|t| t.lower.strip_suffix("'s").unwrap_or(&t.lower))
            .map(|w| w.split_once('-').map_or(w, |(name, _)| name))
            .filter(|w| !is_stopword(w))
            .collect(),
    );
    let centre = head_at.unwrap_or(raw.anchor);
    // A part word inside a length or count's own phrase ("a 35-minute one-on-one meeting")
    // still names the part; inside a clock time ("9 in the morning") it is the time itself.
    let own_phrase = matches!(raw.kind, ClaimKind::Duration | ClaimKind::Quantity);
    let in_attribution = |k: usize| skip.is_some_and(|(a, b)| k >= a && k < b);
    let mut parts: Vec<String> = (centre.saturating_sub(4)..(centre + 2).min(toks.len()))
        .filter(|&k| !inside(k) || Some(k) == head_at || (own_phrase && !in_attribution(k)))
        .filter_map(|k| toks.get(k))
        .filter(|t| part_word(&t.lower))
        .map(|t| t.lower.to_string())
        .collect();
    parts.sort();
    parts.dedup();
    let label = match &measured {
        // An age or a population says what it measures in its aspect alone.
        Some((unit, Some(aspect))) if super::demography::names_itself(unit) => aspect.clone(),
        Some((unit, Some(aspect))) if aspect != unit && unit != "magnitude" => format!("{aspect} ({unit})"),
        Some((unit, _)) => unit.clone(),
        None => label(toks, raw.kind, head_at, verb_at, role_at, &parts),
    };
    Subject {
        label: label.into(),
        head: head.map(String::into_boxed_str),
        verb: verb.map(String::into_boxed_str),
        role: role.map(String::into_boxed_str),
        matching: Some(Box::new(SubjectTerms {
            terms,
            names,
            places,
            context_names,
            parts,
            scope: (raw.kind == ClaimKind::Quantity && measured.is_none())
                .then(|| scope(toks, raw.start, raw.end))
                .flatten(),
            incident: incident_near(toks, raw.anchor),
            era: None,
        })),
    }
}
