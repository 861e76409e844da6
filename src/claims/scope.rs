//! Where a count applies: "22 died in San Remigio town" counts one town's dead, "14 died in the
//! coastal city of Alba" another's, "at least 60 died" the whole event's. Counts with different
//! scopes are different facts, though all are deaths.

use super::lexicon::{is_stopword, month, weekday};
use super::tokens::{TokKind, Token};

fn lower<'a>(toks: &'a [Token<'_>], i: usize) -> &'a str {
    toks.get(i).map_or("", |t| t.lower.as_ref())
}

/// Words naming a locality smaller than the event's region.
fn locality(w: &str) -> bool {
    matches!(
        w,
        "town"
            | "city"
            | "village"
            | "municipality"
            | "county"
            | "district"
            | "hospital"
            | "neighbourhood"
            | "neighborhood"
            | "suburb"
            | "township"
            | "barangay"
            | "commune"
    )
}

fn name(t: &Token) -> bool {
    t.kind == TokKind::Word
        && t.capitalized()
        && !is_stopword(&t.lower)
        && weekday(&t.lower).is_none()
        && month(&t.lower).is_none()
}

/// The place a count at tokens `start..end` is scoped to, lower-cased, with whether a locality
/// word marks it as local ("the city of Alba"): a name reached through "in", "at" or "from" right
/// after the count and its verb ("died in", "were from"), or a sentence opening "In <Name>,".
pub fn scope(toks: &[Token], start: usize, end: usize) -> Option<(String, bool)> {
    let opening = lower(toks, 0) == "in" && toks.get(1).is_some_and(name) && start > 1;
    if opening {
        let local = (2..5.min(start)).any(|k| locality(lower(toks, k)));
        return toks.get(1).map(|t| (t.lower.to_string(), local));
    }
    // "14 people died in ...", "12 others were killed in ...", "nine of the dead were from ...".
    let prep = (end..(end + 4).min(toks.len())).find(|&k| matches!(lower(toks, k), "in" | "at" | "from"))?;
    let mut local = false;
    for k in prep + 1..(prep + 7).min(toks.len()) {
        let t = toks.get(k)?;
        if name(t) {
            local |= locality(lower(toks, k + 1)) || toks.get(k + 1).is_some_and(|n| locality(&n.lower.to_lowercase()));
            return Some((t.lower.to_string(), local));
        }
        if t.kind != TokKind::Word {
            return None;
        }
        local |= locality(&t.lower);
    }
    None
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
    }
}
