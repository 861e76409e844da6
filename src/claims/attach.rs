//! Which event a duration, date or time belongs to, when the syntax ties them: "the 90-minute
//! meeting", "the meeting lasted three hours", "the quake struck late on Tuesday", "Tuesday's
//! vote", "the talks on Monday". A value merely sharing a sentence with an event noun is not its.

use super::lexicon::{event_noun, part_word};
use super::tokens::{TokKind, Token, lower_at};
use super::verbs::{inflection_of, irregular_lemma, is_timing_verb};

fn is_event(toks: &[Token], k: usize) -> bool {
    let w = lower_at(toks, k);
    let w = w.strip_suffix("'s").unwrap_or(w);
    event_noun(w).is_some() && !matches!(w, "met" | "meet" | "meets" | "talked" | "talk" | "final" | "address")
}

/// Bases of the verbs of happening, sorted (searched by bisection).
const OCCURRENCE_BASES: &[&str] = &[
    "begin", "break", "burn", "collapse", "conclude", "crash", "end", "erupt", "explode", "get", "happen", "hit",
    "hold", "jolt", "kick", "occur", "open", "rock", "shake", "sign", "start", "strike", "take", "wrap",
];

/// Verbs saying that an event took place, began or ended ("struck", "was held", "collapsed"):
/// a general lexicon of happening, not of any topic.
pub fn is_occurrence_verb(w: &str) -> bool {
    // Past forms no regular inflection reaches ("struck", "fell").
    let irregular = matches!(
        w,
        "began"
            | "begun"
            | "broke"
            | "held"
            | "shook"
            | "shaken"
            | "struck"
            | "took"
            | "taken"
            | "got"
            | "underway"
            | "sank"
            | "sunk"
            | "fell"
            | "fallen"
            | "flew"
            | "came"
            | "went"
            | "left"
            | "won"
            | "lost"
            | "ran"
            | "drove"
            | "woke"
            | "blew"
            | "burnt"
            | "rose"
            | "sent"
            | "met"
    );
    irregular || inflection_of(w, OCCURRENCE_BASES)
}

/// Words allowed between a value and the verb or noun it belongs to ("struck late on Tuesday",
/// "lasted for about three hours", "is expected to run up to six hours").
fn filler(w: &str) -> bool {
    matches!(
        w,
        "on" | "at"
            | "in"
            | "late"
            | "early"
            | "earlier"
            | "later"
            | "for"
            | "about"
            | "around"
            | "some"
            | "up"
            | "to"
            | "nearly"
            | "almost"
            | "just"
            | "shortly"
            | "after"
            | "before"
            | "by"
            | "than"
            | "more"
            | "less"
            | "over"
            | "under"
            | "roughly"
            | "approximately"
            | "only"
            | "barely"
            | "little"
            | "a"
            | "an"
            | "the"
            | "of"
            | "local"
            | "night"
            | "morning"
            | "afternoon"
            | "evening"
            | "place"
            | "out"
            | "off"
    )
}

/// Auxiliaries and adverbs between an event noun and its verb ("the summit was finally held").
fn auxiliary(w: &str) -> bool {
    matches!(
        w,
        "was"
            | "were"
            | "is"
            | "are"
            | "be"
            | "been"
            | "had"
            | "has"
            | "have"
            | "will"
            | "would"
            | "could"
            | "can"
            | "may"
            | "might"
            | "should"
            | "expected"
            | "scheduled"
            | "set"
            | "due"
            | "likely"
            | "to"
            | "also"
            | "finally"
            | "reportedly"
            | "only"
            | "eventually"
            | "then"
            | "first"
            | "already"
            | "which"
            | "that"
            | "itself"
    )
}

/// Whether `w` governs a duration or a moment: a timing verb ("lasted", "began"), a verb of
/// happening ("struck", "was held") or any other verb in the past ("failed", "flew").
fn governing(w: &str) -> bool {
    is_timing_verb(w)
        || is_occurrence_verb(w)
        || irregular_lemma(w).is_some()
        || (w.ends_with("ed") && w.len() > 4)
        || matches!(w, "spent" | "meet" | "meets")
}

/// The event a verb's moment belongs to: its subject when that is an event noun ("the summit
/// was finally held", "the quake that struck"), else the verb itself ("the bridge collapsed").
fn from_verb(toks: &[Token], verb: usize) -> usize {
    let mut n = verb.checked_sub(1);
    for _ in 0..6 {
        let Some(at) = n else { break };
        if is_event(toks, at) {
            return if in_phrase(toks, at) { verb } else { at };
        }
        // Skip auxiliaries and a place after the subject: "the conference in Velmar could last".
        let w = lower_at(toks, at);
        let place = toks.get(at).is_some_and(Token::capitalized) || matches!(w, "in" | "at" | "near");
        if !auxiliary(w) && !place {
            break;
        }
        n = at.checked_sub(1);
    }
    // A verb coordinated with the subject's first verb ("The vote is scheduled to start at
    // 8 a.m. and could last up to six hours"): the clause's subject is the sentence's first
    // event noun outside a prepositional phrase, when no comma separates it from the verb.
    let subject = (0..verb)
        .find(|&k| is_event(toks, k) && !in_phrase(toks, k))
        .filter(|&k| (k..verb).all(|j| !matches!(lower_at(toks, j), "," | ";" | ":")));
    subject.unwrap_or(verb)
}

/// Whether the noun at `at` sits inside a prepositional phrase ("the toll from the quake"):
/// then it is not the subject whose moment the verb gives.
fn in_phrase(toks: &[Token], at: usize) -> bool {
    // Skip the determiner and up to two modifiers: "from a powerful earthquake", "after his summit".
    let mut p = at.checked_sub(1);
    for _ in 0..3 {
        let Some(k) = p else { break };
        let w = lower_at(toks, k);
        let modifier = toks.get(k).is_some_and(|t| t.kind == TokKind::Word)
            && !matches!(
                w,
                "from" | "of" | "after" | "by" | "following" | "since" | "before" | "during" | "about" | "over"
            );
        if !modifier {
            break;
        }
        p = k.checked_sub(1);
    }
    p.is_some_and(|k| {
        matches!(
            lower_at(toks, k),
            "from" | "of" | "after" | "by" | "following" | "since" | "before" | "during" | "about" | "over"
        )
    })
}

/// The token of the event noun (or verb of happening) the value at `start..end` belongs to,
/// if the syntax ties them.
pub fn tied_event(toks: &[Token], start: usize, end: usize) -> Option<usize> {
    // "Tuesday's quake", "the 7:40 a.m. blast", "a 90-minute session": the noun right after.
    if is_event(toks, end) {
        return Some(end);
    }
    if let Some(t) = toks.get(start.wrapping_sub(1))
        && t.lower.ends_with("'s")
        && is_event(toks, start - 1)
    {
        return None; // "the quake's 10 km depth" is a measure, not a moment of it.
    }
    // "At 1:26 a.m., the pilot radioed for help": a moment opening the sentence times the
    // first verb of the clause after its comma.
    let opens = (0..start).all(|j| filler(lower_at(toks, j)));
    let verb_at =
        |j: usize| governing(lower_at(toks, j)) && !matches!(lower_at(toks, j.wrapping_sub(1)), "a" | "an" | "the");
    if opens && lower_at(toks, end) == "," {
        let clause = (end + 1..toks.len()).take_while(|&j| !matches!(lower_at(toks, j), "," | ";" | ":"));
        if let Some(v) = clause.into_iter().find(|&j| verb_at(j)) {
            return Some(from_verb(toks, v));
        }
    }
    // A timeline entry, "12:39 a.m. — The ship, named Aria, departs the quay": the moment
    // times the main verb of the line, skipping the aside between two commas.
    if start == 0 && matches!(lower_at(toks, end), "—" | "–" | "-" | ":") {
        let mut aside = false;
        for j in end + 1..toks.len() {
            match lower_at(toks, j) {
                "," => aside = !aside,
                // A live blog's quoted remark is not an event the moment times.
                ";" | ":" | "—" | "–" | "\"" | "“" | "”" | "«" | "»" => break,
                _ if !aside && verb_at(j) => return Some(from_verb(toks, j)),
                _ => {}
            }
        }
    }
    // Walk back over fillers (and part words: "met one-on-one for") to a verb or straight to
    // a noun ("the talks on Monday").
    let mut k = start.checked_sub(1)?;
    while filler(lower_at(toks, k)) || part_word(lower_at(toks, k)) {
        k = k.checked_sub(1)?;
    }
    if is_event(toks, k) {
        return Some(k);
    }
    if governing(lower_at(toks, k)) {
        return Some(from_verb(toks, k));
    }
    // "She arrived at the hotel in a limousine, at 8:55 a.m.": a moment closing its clause
    // after a comma times the sentence's one verb.
    if lower_at(toks, k) == "," && toks.get(end).is_none_or(|t| t.kind != TokKind::Word) {
        let verbs: Vec<usize> = (0..k)
            .filter(|&j| {
                governing(lower_at(toks, j)) && !matches!(lower_at(toks, j.wrapping_sub(1)), "a" | "an" | "the")
            })
            .collect();
        if let [verb] = verbs.as_slice() {
            return Some(from_verb(toks, *verb));
        }
    }
    // "met union leaders on Wednesday", "struck the island late Tuesday", "his talks with
    // President Ana Lima on Monday": a short object or complement between the verb or noun
    // and the moment.
    for back in 1..=5 {
        let m = k.checked_sub(back)?;
        let t = toks.get(m)?;
        // A copula ends the complement: "the toll from the quake was high on Thursday".
        if t.kind != TokKind::Word || matches!(t.lower.as_ref(), "was" | "were" | "is" | "are" | "be" | "been") {
            return None;
        }
        if is_event(toks, m) {
            return Some(m);
        }
        // "a collapsed hotel": after a determiner, a participle is an adjective, not the verb.
        let adjective = matches!(lower_at(toks, m.wrapping_sub(1)), "a" | "an" | "the");
        if governing(&t.lower) && !adjective {
            return Some(from_verb(toks, m));
        }
    }
    None
}

/// The event a tied word names, canonical across nouns and verbs: "collapsed" and "the
/// collapse", "met" and "the meeting" name one event; "press conference" is a briefing.
pub fn event_name(toks: &[Token], k: usize) -> Option<&'static str> {
    let w = lower_at(toks, k);
    let w = w.strip_suffix("'s").unwrap_or(w);
    // "a question-and-answer session", "a Q&A session" with reporters is a briefing too.
    let before = lower_at(toks, k.wrapping_sub(1));
    let at = |back: usize| lower_at(toks, k.wrapping_sub(back));
    let asked = (before.ends_with("answer") && (before != "answer" || at(3) == "question"))
        || (before == "a" && at(2) == "&" && at(3) == "q");
    if (matches!(before, "press" | "news") || asked) && event_noun(w).is_some() {
        return Some("briefing");
    }
    event_noun(w)
        .or_else(|| w.strip_suffix("ed").and_then(event_noun))
        .or_else(|| w.strip_suffix('d').and_then(event_noun))
        .or_else(|| w.strip_suffix('s').and_then(event_noun))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::tokens::tokenize;
    use crate::span::Span;

    fn tied(s: &str, value: &str) -> Option<String> {
        let toks = tokenize(s, Span::new(0, s.len()));
        let start = toks.iter().position(|t| t.text == value)?;
        tied_event(&toks, start, start + 1)
            .and_then(|k| toks.get(k))
            .map(|t| t.lower.to_string())
    }

    #[test]
    fn syntax_ties_values_to_events() {
        assert_eq!(
            tied("The quake struck late on Tuesday.", "Tuesday").as_deref(),
            Some("quake")
        );
        assert_eq!(
            tied("The first session lasted 70 minutes.", "70").as_deref(),
            Some("session")
        );
        assert_eq!(tied("Tuesday's vote was close.", "Tuesday's").as_deref(), Some("vote"));
        assert_eq!(
            tied("The talks on Monday ended early.", "Monday").as_deref(),
            Some("talks")
        );
    }

    #[test]
    fn verbs_of_happening_name_the_moment() {
        assert_eq!(
            tied("The bridge collapsed at 1:30 a.m.", "1:30").as_deref(),
            Some("collapsed")
        );
        assert_eq!(
            tied("They met one-on-one for 48 minutes.", "48").as_deref(),
            Some("met")
        );
    }

    #[test]
    fn sharing_a_sentence_is_not_a_tie() {
        // The year belongs to taking (the plan), never to the talks the sentence opens with.
        assert_eq!(
            tied("After the talks, he said the plan would take a year.", "year").as_deref(),
            Some("take")
        );
        assert_eq!(tied("The toll from the quake was high on Thursday.", "Thursday"), None);
    }

    #[test]
    fn occurrence_verbs_in_any_inflection() {
        // `inflection_of` searches the lexicon by bisection: it must stay sorted.
        assert!(OCCURRENCE_BASES.windows(2).all(|p| p[0] < p[1]));
        for w in ["struck", "collapsed", "held", "occurred", "erupts", "shook", "began"] {
            assert!(is_occurrence_verb(w), "{w}");
        }
        assert!(!is_occurrence_verb("said"));
    }
}
