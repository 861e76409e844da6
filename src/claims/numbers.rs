//! Numbers as journalists write them: digits, words, hyphenated compounds, fractions, scales, ranges and hedges.

use super::tokens::{TokKind, Token};
use super::value::Hedge;
use super::wordlist::word_match;

/// A parsed number occupying tokens `start..end`.
#[derive(Debug, Clone, PartialEq)]
pub struct Num {
    pub value: f64,
    /// Upper end when the text gives a range ("four to five", "10-15").
    pub hi: Option<f64>,
    pub start: usize,
    pub end: usize,
    /// Written with trailing zeros or a scale word ("2,000", "two million"): implicitly rounded.
    pub round: bool,
}

impl Num {
    /// An exact value written as the one token at `at` ("1,800-tonne", "300-bed").
    pub fn token(value: f64, at: usize) -> Num {
        Num {
            value,
            hi: None,
            start: at,
            end: at + 1,
            round: false,
        }
    }
}

word_match! {
    /// Value of a single number word ("seven", "forty", "dozen").
    pub fn word_value -> f64, words NUMBER_WORDS {
        "zero" => 0.0,
        "one" => 1.0,
        "two" => 2.0,
        "three" => 3.0,
        "four" => 4.0,
        "five" => 5.0,
        "six" => 6.0,
        "seven" => 7.0,
        "eight" => 8.0,
        "nine" => 9.0,
        "ten" => 10.0,
        "eleven" => 11.0,
        "twelve" | "dozen" => 12.0,
        "thirteen" => 13.0,
        "fourteen" => 14.0,
        "fifteen" => 15.0,
        "sixteen" => 16.0,
        "seventeen" => 17.0,
        "eighteen" => 18.0,
        "nineteen" => 19.0,
        "twenty" => 20.0,
        "thirty" => 30.0,
        "forty" => 40.0,
        "fifty" => 50.0,
        "sixty" => 60.0,
        "seventy" => 70.0,
        "eighty" => 80.0,
        "ninety" => 90.0,
    }
}

/// Multiplier of a scale word ("hundred", "million", "bn").
pub fn scale(w: &str) -> Option<f64> {
    match w {
        "hundred" => Some(1e2),
        "thousand" => Some(1e3),
        "million" | "mln" => Some(1e6),
        "billion" | "bn" => Some(1e9),
        "trillion" | "tn" => Some(1e12),
        _ => None,
    }
}

/// Largest magnitude read as a number (a thousand trillion): past it a figure is an identifier,
/// a typo or a joke, and its conversions (years to minutes) would overflow to infinity.
pub const MAX_MAGNITUDE: f64 = 1e15;

/// Value of digits with grouping commas or a decimal point ("100,000", "3.5"); rejects
/// malformed groupings such as "1,00" so that lists like "3,4" are not read as numbers, and
/// magnitudes past [`MAX_MAGNITUDE`].
pub fn digits_value(w: &str) -> Option<f64> {
    digits_value_unchecked(w).filter(|v| v.abs() <= MAX_MAGNITUDE)
}

fn digits_value_unchecked(w: &str) -> Option<f64> {
    if w.is_empty() || w.contains(':') || !w.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let (int, frac) = w.split_once('.').unwrap_or((w, ""));
    let mut groups = int.split(',');
    let first_ok = groups.next().is_some_and(|g| (1..=3).contains(&g.len()));
    let grouped_ok = !int.contains(',') || (first_ok && groups.all(|g| g.len() == 3));
    if !grouped_ok || frac.contains('.') || frac.contains(',') {
        return None;
    }
    // Without grouping commas the token already is a valid float literal: skip the copy.
    if !int.contains(',') {
        return if frac.is_empty() { int.parse() } else { w.parse() }.ok();
    }
    format!("{}.{}", int.replace(',', ""), if frac.is_empty() { "0" } else { frac })
        .parse()
        .ok()
}

/// Value of a run of number words: "two", "twenty five", "two and a half", "a half".
pub fn words_value(parts: &[&str]) -> Option<f64> {
    match parts {
        ["half"] | ["a", "half"] => return Some(0.5),
        ["a", "quarter"] | ["quarter"] => return Some(0.25),
        _ => {}
    }
    let (first, rest) = parts.split_first()?;
    let v = digits_value(first).or_else(|| word_value(first))?;
    match rest {
        [] => Some(v),
        ["and", "a", "half"] => Some(v + 0.5),
        ["and", "a", "quarter"] => Some(v + 0.25),
        [unit] if v >= 20.0 && v % 10.0 == 0.0 => word_value(unit).filter(|u| (1.0..10.0).contains(u)).map(|u| v + u),
        _ => None,
    }
}

/// A single-token number: digits, a number word, "twenty-five", or a hyphenated range "10-15".
fn token_number(t: &Token) -> Option<(f64, Option<f64>)> {
    if t.kind == TokKind::Number {
        return digits_value(&t.lower).map(|v| (v, None));
    }
    if t.kind != TokKind::Word {
        return None;
    }
    // A capitalized number word mid-sentence is usually part of a name ("Air Force One").
    if let Some(v) = word_value(&t.lower) {
        return Some((v, None));
    }
    // Most words have no hyphen: read them without splitting (and allocating).
    if !t.lower.contains('-') {
        return words_value(&[t.lower.as_ref()]).map(|v| (v, None));
    }
    let parts: Vec<&str> = t.lower.split('-').collect();
    if let [a, b] = parts.as_slice()
        && let (Some(x), Some(y)) = (digits_value(a), digits_value(b))
        && y > x
    {
        return Some((x, Some(y)));
    }
    words_value(&parts).map(|v| (v, None))
}

fn lower_at<'a>(toks: &'a [Token<'_>], i: usize) -> &'a str {
    toks.get(i).map_or("", |t| t.lower.as_ref())
}

/// Whether a minus sign stands right before token `i`: "-5", "−5" (the minus sign) or "minus 5";
/// a hyphen counts only glued to the number and not to a word or number before it ("10 -15" or
/// "- 5" are not negative). Returns the index of the sign token.
fn sign_before(toks: &[Token], i: usize) -> Option<usize> {
    let s = i.checked_sub(1)?;
    let (sign, number) = (toks.get(s)?, toks.get(i)?);
    if sign.lower == "minus" {
        return Some(s);
    }
    let glued_to_number = sign.span.end == number.span.start;
    let free_before = s
        .checked_sub(1)
        .and_then(|p| toks.get(p))
        .is_none_or(|p| p.span.end < sign.span.start || p.kind == TokKind::Punct && !p.is_punct_of("-\u{2212}"));
    (sign.is_punct_of("-\u{2212}") && glued_to_number && free_before).then_some(s)
}

/// Parse a number starting at token `i` (without a currency sign), including word
/// compounds, "and a half", scale words and fractions of scales ("a quarter of a million"), and
/// a minus sign before it (the number then starts at the sign). `None` past [`MAX_MAGNITUDE`].
pub fn parse_number(toks: &[Token], i: usize) -> Option<Num> {
    let mut n = parse_unsigned(toks, i).filter(|n| n.value.abs() <= MAX_MAGNITUDE)?;
    if let Some(s) = sign_before(toks, i) {
        // "-10-15 degrees": both ends below zero, the lower first.
        (n.value, n.hi) = match n.hi {
            Some(h) => (-h, Some(-n.value)),
            None => (-n.value, None),
        };
        n.start = s;
    }
    Some(n)
}

fn parse_unsigned(toks: &[Token], i: usize) -> Option<Num> {
    let w = |k: usize| lower_at(toks, i + k);
    // Fractions of a scale: "a quarter of a million", "half a million".
    let frac = match (w(0), w(1)) {
        ("a" | "an" | "one", "quarter") => Some((0.25, 2)),
        ("a" | "an" | "one", "half") => Some((0.5, 2)),
        ("a" | "an" | "one", "third") => Some((1.0 / 3.0, 2)),
        ("three", "quarters") => Some((0.75, 2)),
        ("half", _) => Some((0.5, 1)),
        _ => None,
    };
    if let Some((f, used)) = frac {
        let mut k = used;
        if w(k) == "of" {
            k += 1;
        }
        if matches!(w(k), "a" | "an") {
            k += 1;
        }
        if let Some(s) = scale(w(k)).filter(|s| *s >= 1e3) {
            return Some(Num {
                value: f * s,
                hi: None,
                start: i,
                end: i + k + 1,
                round: true,
            });
        }
    }
    // "a dozen", "a hundred", "a million".
    if matches!(w(0), "a" | "an")
        && let Some(s) = scale(w(1)).or_else(|| (w(1) == "dozen").then_some(12.0))
    {
        return Some(Num {
            value: s,
            hi: None,
            start: i,
            end: i + 2,
            round: true,
        });
    }
    let (mut value, mut hi) = token_number(toks.get(i)?)?;
    let mut end = i + 1;
    let mut round = value >= 100.0 && value % 100.0 == 0.0;
    if value >= 20.0
        && value % 10.0 == 0.0
        && value < 100.0
        && let Some(u) = word_value(w(1)).filter(|u| (1.0..10.0).contains(u))
    {
        value += u;
        end += 1;
    }
    if w(end - i) == "and" && w(end - i + 1) == "a" {
        match w(end - i + 2) {
            "half" => value += 0.5,
            "quarter" => value += 0.25,
            _ => {}
        }
        if matches!(w(end - i + 2), "half" | "quarter") {
            end += 3;
        }
    }
    while let Some(s) = scale(w(end - i)).or_else(|| (w(end - i) == "dozen").then_some(12.0)) {
        value *= s;
        hi = hi.map(|h| h * s);
        round = true;
        end += 1;
    }
    Some(Num {
        value,
        hi,
        start: i,
        end,
        round,
    })
}

/// Parse a number, then an optional range continuation ("to", "-", "or", "and" after
/// "between"), propagating a trailing scale to the first end ("2 to 4 billion").
pub fn parse_range(toks: &[Token], i: usize, after_between: bool) -> Option<Num> {
    let mut n = parse_number(toks, i)?;
    if n.hi.is_some() {
        return Some(n);
    }
    let joiner = lower_at(toks, n.end);
    let is_joiner = matches!(joiner, "to" | "-" | "\u{2013}" | "or") || (after_between && joiner == "and");
    if !is_joiner {
        return Some(n);
    }
    let mut k = n.end + 1;
    if matches!(lower_at(toks, k), "$" | "€" | "£") {
        k += 1;
    }
    if let Some(second) = parse_number(toks, k) {
        let mut lo = n.value;
        let bare_first = n.end == i + 1 && toks.get(i).and_then(token_number).is_some();
        if bare_first && second.round && second.value >= 1e3 * lo && lo < 1000.0 {
            // "2 to 4 billion": the first end borrows the second's scale.
            let s = [1e12, 1e9, 1e6, 1e3]
                .into_iter()
                .find(|s| second.value >= *s)
                .unwrap_or(1.0);
            lo *= s;
        }
        if second.value > lo {
            n = Num {
                value: lo,
                hi: Some(second.value),
                start: i,
                end: second.end,
                round: n.round || second.round,
            };
        }
    }
    Some(n)
}

/// Hedge phrases, longest first so that "no more than" wins over "more than".
const HEDGES: [(&[&str], Hedge); 33] = [
    (&["no", "more", "than"], Hedge::AtMost),
    (&["no", "fewer", "than"], Hedge::AtLeast),
    (&["no", "less", "than"], Hedge::AtLeast),
    (&["as", "many", "as"], Hedge::AtMost),
    (&["as", "much", "as"], Hedge::AtMost),
    (&["in", "excess", "of"], Hedge::Above),
    (&["just", "shy", "of"], Hedge::Nearly),
    (&["up", "to"], Hedge::AtMost),
    (&["at", "most"], Hedge::AtMost),
    (&["at", "least"], Hedge::AtLeast),
    (&["more", "than"], Hedge::Above),
    (&["well", "over"], Hedge::Above),
    (&["just", "over"], Hedge::Above),
    (&["upwards", "of"], Hedge::Above),
    (&["less", "than"], Hedge::Below),
    (&["fewer", "than"], Hedge::Below),
    (&["just", "under"], Hedge::Nearly),
    (&["close", "to"], Hedge::Nearly),
    (&["an", "estimated"], Hedge::About),
    (&["nearly"], Hedge::Nearly),
    (&["almost"], Hedge::Nearly),
    (&["over"], Hedge::Above),
    (&["under"], Hedge::Below),
    (&["about"], Hedge::About),
    (&["around"], Hedge::About),
    (&["roughly"], Hedge::About),
    (&["approximately"], Hedge::About),
    (&["approx"], Hedge::About),
    (&["some"], Hedge::About),
    (&["estimated"], Hedge::About),
    (&["maximum"], Hedge::AtMost),
    (&["minimum"], Hedge::AtLeast),
    (&["between"], Hedge::Range),
];

/// Whether token `i` follows "between", i.e. whether [`hedge_before`] would find a range
/// (no other hedge phrase ends in that word), without trying every hedge.
pub fn after_between(toks: &[Token<'_>], i: usize) -> bool {
    i.checked_sub(1).is_some_and(|p| lower_at(toks, p) == "between")
}

/// The hedge phrase ending just before token `i`, with the index where it starts.
pub fn hedge_before(toks: &[Token], i: usize) -> Option<(Hedge, usize)> {
    HEDGES.iter().find_map(|(words, hedge)| {
        let start = i.checked_sub(words.len())?;
        let window = toks.get(start..i)?;
        window
            .iter()
            .zip(words.iter())
            .all(|(t, w)| t.lower == *w)
            .then_some((*hedge, start))
    })
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;
    use crate::span::Span;

    fn num(s: &str) -> Option<(f64, Option<f64>)> {
        let toks = tokenize(s, Span::new(0, s.len()));
        parse_range(&toks, 0, false).map(|n| (n.value, n.hi))
    }

    #[test]
    fn parses_digits_words_and_compounds() {
        assert_eq!(num("100,000 troops"), Some((100_000.0, None)));
        assert_eq!(num("3.5 hours"), Some((3.5, None)));
        assert_eq!(num("twenty-five"), Some((25.0, None)));
        assert_eq!(num("forty two"), Some((42.0, None)));
        assert_eq!(num("two and a half hours"), Some((2.5, None)));
        assert_eq!(num("a quarter of a million"), Some((250_000.0, None)));
        assert_eq!(num("half a million"), Some((500_000.0, None)));
        assert_eq!(num("1.5 billion"), Some((1.5e9, None)));
        assert_eq!(num("two dozen"), Some((24.0, None)));
        assert_eq!(num("1,00 x"), None);
    }

    #[test]
    fn parses_ranges() {
        assert_eq!(num("four to six hours"), Some((4.0, Some(6.0))));
        assert_eq!(num("10-15 minutes"), Some((10.0, Some(15.0))));
        assert_eq!(num("2 billion to $4 billion"), Some((2e9, Some(4e9))));
        assert_eq!(num("2 to 4 billion"), Some((2e9, Some(4e9))));
    }

    #[test]
    fn finds_hedges() {
        let s = "no more than 40";
        let toks = tokenize(s, Span::new(0, s.len()));
        assert_eq!(hedge_before(&toks, 3), Some((Hedge::AtMost, 0)));
        let s = "just under 40";
        let toks = tokenize(s, Span::new(0, s.len()));
        assert_eq!(hedge_before(&toks, 2), Some((Hedge::Nearly, 0)));
    }
}
