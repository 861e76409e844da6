//! The short human label of a claim's subject ("people killed", "length of meeting",
//! "return (ambassadors)"), from the words the syntax ties to its value.

use super::super::ClaimKind;
use super::super::tokens::Token;
use super::{content, verb_like};

pub(super) fn label(
    toks: &[Token],
    kind: ClaimKind,
    head: Option<usize>,
    verb: Option<usize>,
    role: Option<usize>,
    parts: &[String],
) -> String {
    let word = |k: Option<usize>| k.and_then(|k| toks.get(k)).map(|t| t.lower.to_string());
    // "300-bed": the noun after the number.
    let noun = |w: String| match w.rsplit_once('-') {
        Some((n, noun)) if n.starts_with(|c: char| c.is_ascii_digit()) => noun.to_string(),
        _ => w,
    };
    let mut base = match kind {
        ClaimKind::Quantity => match (word(head).map(noun), word(role)) {
            (Some(h), Some(r)) if h != r => format!("{h} {r}"),
            (Some(h), _) => h,
            _ => "amount".to_string(),
        },
        ClaimKind::Duration => format!(
            "length of {}",
            word(head).or(word(verb)).unwrap_or_else(|| "event".into())
        ),
        ClaimKind::RelativeTime => {
            let noun = verb.and_then(|v| {
                (0..v).rev().find(|&k| {
                    toks.get(k)
                        .is_some_and(|t| content(t) && t.lower.ends_with('s') && !verb_like(toks, k))
                })
            });
            match (word(verb), word(noun)) {
                (Some(v), Some(n)) => format!("{v} ({n})"),
                (Some(v), None) => v,
                _ => "timing".to_string(),
            }
        }
        ClaimKind::Date => format!(
            "date of {}",
            word(head).or(word(verb)).unwrap_or_else(|| "event".into())
        ),
        ClaimKind::TimeOfDay => format!(
            "time of {}",
            word(head).or(word(verb)).unwrap_or_else(|| "event".into())
        ),
    };
    if !parts.is_empty() {
        base = format!("{} {base}", parts.join(" "));
    }
    base
}
