//! Where a count applies: "22 died in Brenna town" counts one town's dead, "14 died in the
//! coastal city of Alba" another's, "at least 60 died" the whole event's. Counts with different
//! scopes are different facts, though all are deaths.

use super::lexicon::{is_stopword, month, weekday};
use super::tokens::{TokKind, Token, lower_at};
use std::collections::BTreeSet;
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, MatchKind};

/// Words naming a locality smaller than the event's region, lower-case.
const LOCALITIES: &[&str] = &[
    "town",
    "city",
    "village",
    "municipality",
    "county",
    "district",
    "hospital",
    "neighbourhood",
    "neighborhood",
    "suburb",
    "township",
    "commune",
    "state",
    "province",
];

/// Whether a lower-case word names a locality.
pub fn locality(w: &str) -> bool {
    LOCALITIES.contains(&w)
}

fn name(t: &Token) -> bool {
    // "in the wake of Thursday's quake": a day is no place.
    let bare = t.lower.strip_suffix("'s").unwrap_or(&t.lower);
    t.kind == TokKind::Word && t.capitalized() && !is_stopword(bare) && weekday(bare).is_none() && month(bare).is_none()
}

/// The place a count at tokens `start..end` is scoped to, lower-cased, with whether a locality
/// word marks it as local ("the city of Alba"): a name reached through "in", "at" or "from" right
/// after the count and its verb ("died in", "were from"), or a sentence opening "In <Name>,".
pub fn scope(toks: &[Token], start: usize, end: usize) -> Option<(String, bool)> {
    // "The municipality of Alba confirmed one death", "The Alba hospital listed 53 deaths": a
    // locality as the sentence's subject.
    let subject = (0..3.min(start)).find(|&k| locality(lower_at(toks, k)) && lower_at(toks, k + 1) == "of");
    if let Some(k) = subject
        && let Some(t) = toks.get(k + 2).filter(|t| name(t))
    {
        return Some((t.lower.to_string(), true));
    }
    let named_subject = (0..3.min(start)).find(|&k| toks.get(k).is_some_and(name) && locality(lower_at(toks, k + 1)));
    if let Some(t) = named_subject.and_then(|k| toks.get(k)) {
        return Some((t.lower.to_string(), true));
    }
    // "the Alba hospital's 53 deaths", "Corvo state's 45 dead": a possessive right before the count.
    if let Some(p) = start.checked_sub(1).filter(|&p| lower_at(toks, p).ends_with("'s")) {
        let owner = lower_at(toks, p).trim_end_matches("'s").to_string();
        if locality(&owner) {
            let named = (p.saturating_sub(2)..p)
                .rev()
                .filter_map(|k| toks.get(k))
                .find(|t| name(t));
            return named.map(|t| (t.lower.to_string(), true)).or(Some((owner, true)));
        }
        if toks.get(p).is_some_and(|t| name(t)) {
            return Some((owner, false));
        }
    }
    let opening = lower_at(toks, 0) == "in" && toks.get(1).is_some_and(name) && start > 1;
    if opening {
        let local = (2..5.min(start)).any(|k| locality(lower_at(toks, k)));
        return toks.get(1).map(|t| (t.lower.to_string(), local));
    }
    // "14 people died in ...", "12 others were killed in ...", "nine of the dead were from ...".
    let prep = (end..(end + 4).min(toks.len())).find(|&k| matches!(lower_at(toks, k), "in" | "at" | "from"))?;
    let mut local = false;
    for k in prep + 1..(prep + 7).min(toks.len()) {
        let t = toks.get(k)?;
        if name(t) {
            local |=
                locality(lower_at(toks, k + 1)) || toks.get(k + 1).is_some_and(|n| locality(&n.lower.to_lowercase()));
            return Some((t.lower.to_string(), local));
        }
        if t.kind != TokKind::Word {
            return None;
        }
        local |= locality(&t.lower);
    }
    None
}

/// Names the text calls a locality somewhere ("Alba City", "the state of Corvo", "Brenna
/// town"): a count there is that locality's, even where a sentence names it bare.
///
/// Words are the runs of letters, digits and apostrophes; the locality words are found by one
/// search over the whole text, lower-cased, rather than by reading it word by word, as every
/// article of a story is read here. (A case-sensitive search over a lower-cased copy finds the
/// same places as a case-insensitive one, and runs the searcher's vectorized prefilter, which
/// case-insensitive search forgoes.)
pub fn local_names(text: &str) -> Vec<String> {
    static FINDER: LazyLock<Option<AhoCorasick>> = LazyLock::new(|| {
        AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(LOCALITIES)
            .ok()
    });
    let in_word = |c: char| c.is_alphanumeric() || c == '\'';
    let is_name = |w: &str| w.chars().next().is_some_and(char::is_uppercase) && !is_stopword(&w.to_lowercase());
    // Each name once, however often a long text repeats it.
    let mut out: BTreeSet<String> = BTreeSet::new();
    let mut add = |name: &str| {
        let name = name.to_lowercase();
        if !out.contains(&name) {
            out.insert(name);
        }
    };
    let Some(finder) = FINDER.as_ref() else {
        return Vec::new();
    };
    // ASCII lower-casing keeps every byte where it was: the places found are the text's.
    let lowered = text.to_ascii_lowercase();
    for found in finder.find_iter(&lowered) {
        let (Some(before), Some(after)) = (text.get(..found.start()), text.get(found.end()..)) else {
            continue;
        };
        // Only a whole word: "ethnicity", "statement" and "city's" name no locality.
        if before.chars().next_back().is_some_and(in_word) || after.chars().next().is_some_and(in_word) {
            continue;
        }
        // "Alba City", "Corvo state" (name before).
        if let Some(previous) = before.trim_end_matches(|c| !in_word(c)).rsplit(|c| !in_word(c)).next()
            && is_name(previous)
        {
            add(previous);
        }
        // "city of Alba" (name after "of").
        let mut next = after.split(|c| !in_word(c)).filter(|w| !w.is_empty());
        if next.next() == Some("of")
            && let Some(name) = next.next().filter(|w| is_name(w))
        {
            add(name);
        }
    }
    out.into_iter().collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::tokens::tokenize;
    use crate::span::Span;

    fn of(s: &str, value: &str) -> Option<(String, bool)> {
        let toks = tokenize(s, Span::new(0, s.len()));
        let k = toks.iter().position(|t| t.text == value)?;
        scope(&toks, k, k + 2)
    }

    #[test]
    fn names_called_localities() {
        assert_eq!(
            local_names("Water reached Alba City and the state of Corvo; Brenna is dry."),
            vec!["alba", "corvo"]
        );
    }

    #[test]
    fn local_counts_have_a_scope() {
        assert_eq!(
            of("Officials said 14 people died in the coastal city of Alba.", "14"),
            Some(("alba".into(), true))
        );
        assert_eq!(
            of("Another 22 people died in Brenna town.", "22"),
            Some(("brenna".into(), true))
        );
        assert_eq!(
            of("In Corvo, at least 12 people died.", "12"),
            Some(("corvo".into(), false))
        );
        assert_eq!(of("At least 60 people died when the quake struck.", "60"), None);
        assert_eq!(
            of("The municipality of Corvo confirmed 3 deaths.", "3"),
            Some(("corvo".into(), true))
        );
        assert_eq!(
            of("The Alba hospital's 53 deaths were counted.", "53"),
            Some(("alba".into(), true))
        );
        assert_eq!(
            of("The Alba hospital listed 53 deaths.", "53"),
            Some(("alba".into(), true))
        );
    }

    /// The words of the text one by one, as locality names were first found.
    fn local_names_word_by_word(text: &str) -> Vec<String> {
        let words: Vec<&str> = text
            .split(|c: char| !c.is_alphanumeric() && c != '\'')
            .filter(|w| !w.is_empty())
            .collect();
        let is_name = |w: &str| w.chars().next().is_some_and(char::is_uppercase) && !is_stopword(&w.to_lowercase());
        let mut out = Vec::new();
        for (k, w) in words.iter().enumerate() {
            if !LOCALITIES.iter().any(|l| w.eq_ignore_ascii_case(l)) {
                continue;
            }
            if let Some(prev) = k.checked_sub(1).and_then(|p| words.get(p)).filter(|p| is_name(p)) {
                out.push(prev.to_lowercase());
            }
            if words.get(k + 1).is_some_and(|n| *n == "of")
                && let Some(next) = words.get(k + 2).filter(|n| is_name(n))
            {
                out.push(next.to_lowercase());
            }
        }
        out.sort();
        out.dedup();
        out
    }

    #[test]
    fn localities_found_in_the_whole_text_are_those_read_word_by_word() {
        let vocabulary = [
            "City",
            "city",
            "CITY",
            "of",
            "Of",
            "Alba",
            "Écija",
            "the",
            "The",
            "township",
            "Town",
            "towns",
            "ethnicity",
            "statement",
            "state's",
            "Corvo's",
            "l'Alba",
            "neighbourhood",
            "Hospital",
            "Él",
        ];
        let separators = [" ", " ", ", ", ". ", " — ", "'", "’", "\n", "-", "é"];
        let mut rng = crate::synth::Rng(5);
        for _ in 0..3000 {
            let n = rng.below(9);
            let mut text = String::new();
            for _ in 0..n {
                text.push_str(vocabulary[rng.below(vocabulary.len())]);
                text.push_str(separators[rng.below(separators.len())]);
            }
            assert_eq!(local_names(&text), local_names_word_by_word(&text), "{text:?}");
        }
    }
}
