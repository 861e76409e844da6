//! The gate before the claim matchers: which tokens may start a match at all.

use std::sync::LazyLock;

use rustc_hash::FxHashSet;

use crate::claims::lexicon::{MONTHS, WEEKDAYS};
use crate::claims::numbers::NUMBER_WORDS;
use crate::claims::relative::UNIT_WORDS;
use crate::claims::tokens::{TokKind, Token};

/// Words a matcher keys on besides the number, unit and calendar words of their own lists.
#[rustfmt::skip]
const STARTERS: &[&str] = &[
    // relative timing
    "in", "for", "soon", "shortly", "imminently", "swiftly", "recently", "lately", "near", "within",
    "next", "last", "this", "later", "earlier", "by", "since", "after", "following", "before",
    "ahead", "prior",
    // number words outside `word_value`, clock words, currency
    "a", "an", "half", "quarter", "noon", "midday", "midnight", "us$", "yesterday", "today",
    "tonight", "tomorrow",
];

/// The words that may start a match, in one set: asked of nearly every token of every
/// sentence, where asking each list's `match` in turn cost five comparisons or more per word.
struct Gate {
    /// Every word that may start a match as written: the starters, number words, calendar
    /// units (singular and plural), weekdays and months.
    words: FxHashSet<String>,
    /// The weekdays and months, which may also start one in the possessive ("Monday's").
    possessive: FxHashSet<&'static str>,
}

static GATE: LazyLock<Gate> = LazyLock::new(|| {
    let calendar = || WEEKDAYS.iter().chain(MONTHS);
    let units = UNIT_WORDS.iter().flat_map(|u| [u.to_string(), format!("{u}s")]);
    Gate {
        words: STARTERS
            .iter()
            .chain(NUMBER_WORDS)
            .chain(calendar())
            .map(|w| w.to_string())
            .chain(units)
            .collect(),
        possessive: calendar().copied().collect(),
    }
});

/// Whether any matcher can start at `t`: a number, a currency sign, a word holding a digit
/// or a hyphen, a number or calendar word, or one of the words the matchers key on.
///
/// Most tokens are plain words that start nothing; this gate spares them five matchers
/// (three of which parse a number). It must stay a superset of what the matchers accept.
pub(super) fn may_start(t: &Token<'_>) -> bool {
    let w: &str = &t.lower;
    match t.kind {
        TokKind::Number => true,
        TokKind::Punct => matches!(w, "$" | "€" | "£"),
        TokKind::Word => {
            let gate = &*GATE;
            t.digit_or_hyphen
                || gate.words.contains(w)
                || w.strip_suffix("'s").is_some_and(|bare| gate.possessive.contains(bare))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::lexicon::{month, weekday};
    use crate::claims::numbers::word_value;
    use crate::claims::relative::unit_days;
    use crate::claims::tokens::tokenize;
    use crate::span::Span;

    /// The gate as it was written before its set: each list's `match` asked in turn.
    fn may_start_by_lists(t: &Token<'_>) -> bool {
        let w: &str = &t.lower;
        match t.kind {
            TokKind::Number => true,
            TokKind::Punct => matches!(w, "$" | "€" | "£"),
            TokKind::Word => {
                let bare = w.strip_suffix("'s").unwrap_or(w);
                w.bytes().any(|b| b.is_ascii_digit() || b == b'-')
                    || STARTERS.contains(&w)
                    || word_value(w).is_some()
                    || unit_days(w).is_some()
                    || weekday(bare).is_some()
                    || month(bare).is_some()
            }
        }
    }

    #[test]
    fn the_set_gates_as_the_lists_did() {
        let mut words: Vec<String> = Vec::new();
        for w in STARTERS
            .iter()
            .chain(NUMBER_WORDS)
            .chain(UNIT_WORDS)
            .chain(WEEKDAYS)
            .chain(MONTHS)
        {
            for form in [
                w.to_string(),
                format!("{w}s"),
                format!("{w}'s"),
                format!("{w}’s"),
                format!("{w}ss"),
            ] {
                words.push(form.clone());
                words.push(form.to_uppercase());
            }
        }
        words.extend(
            [
                "plain", "words", "s", "'s", "hours's", "Mondays", "mid-june", "2024", "$", "€", "%", "x1", "us$5",
            ]
            .map(String::from),
        );
        let text = words.join(" ");
        let toks = tokenize(&text, Span::new(0, text.len()));
        assert!(toks.len() >= words.len());
        for t in &toks {
            assert_eq!(may_start(t), may_start_by_lists(t), "{:?}", t.text);
        }
        // Words holding a digit or a hyphen, however they are joined.
        let text = "x1 1x 1,800-tonne mid-June e-mail 3.5 U.S. well-known -5 5- a-1 é-b ü2 2ü – - 24/7 No.1";
        for t in &tokenize(text, Span::new(0, text.len())) {
            let scanned = t.lower.bytes().any(|b| b.is_ascii_digit() || b == b'-');
            assert_eq!(t.digit_or_hyphen, scanned, "{:?}", t.text);
            assert_eq!(may_start(t), may_start_by_lists(t), "{:?}", t.text);
        }
    }
}
