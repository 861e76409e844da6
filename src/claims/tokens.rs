//! Word-level tokenizer with byte offsets: the only view of the text the claim extractors use.

use std::borrow::Cow;

use crate::span::Span;

/// Coarse class of a token; finer decisions (number words, units…) are made by the matchers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokKind {
    /// Starts with a letter, or mixes digits and letters ("18th", "20-minute", "1pm").
    Word,
    /// Only digits with `,` `.` `:` separators ("100,000", "1.5", "14:20").
    Number,
    /// Any other single character.
    Punct,
}

/// One token of a sentence, with absolute byte offsets into the article text.
///
/// Borrows from the text: most tokens are already lower-case ASCII, so `lower` only
/// allocates for the few that are not (tokenizing is on the hot path of extraction).
#[derive(Debug, Clone, PartialEq)]
pub struct Token<'a> {
    pub span: Span,
    /// The token as printed.
    pub text: &'a str,
    /// Lower-cased, curly apostrophe folded to `'`.
    pub lower: Cow<'a, str>,
    pub kind: TokKind,
    /// Whether it holds an ASCII digit or a hyphen, noted as it is read: the claim gate asks
    /// this of nearly every word.
    pub digit_or_hyphen: bool,
}

impl Token<'_> {
    /// Whether the printed token starts with an upper-case letter.
    pub fn capitalized(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }

    /// Whether this is a punctuation token equal to one of `chars`.
    pub fn is_punct_of(&self, chars: &str) -> bool {
        self.kind == TokKind::Punct && self.text.chars().next().is_some_and(|c| chars.contains(c))
    }
}

/// The lower-cased token at `i`, or "" past either end (so look-around never panics).
pub fn lower_at<'a>(toks: &'a [Token<'_>], i: usize) -> &'a str {
    toks.get(i).map_or("", |t| t.lower.as_ref())
}

/// Whether `c` may join two alphanumeric runs into one token, given its neighbours.
///
/// Digits keep their separators ("1,800", "3.5", "14:20"); words keep hyphens and
/// apostrophes ("six-hour", "the town's"); dotted abbreviations keep single-letter
/// segments together ("p.m", "U.S") so the clock matcher sees one token.
fn joins(c: char, prev: char, next: char, segment_len: usize) -> bool {
    match c {
        '-' | '\'' | '\u{2019}' => true,
        ',' | ':' => prev.is_ascii_digit() && next.is_ascii_digit(),
        '.' => {
            (prev.is_ascii_digit() && next.is_ascii_digit())
                || (prev.is_alphabetic() && next.is_alphabetic() && segment_len == 1)
        }
        _ => false,
    }
}

/// [`ASCII_CLASS`] of an ASCII digit.
const DIGIT: u8 = 1;
/// [`ASCII_CLASS`] of an ASCII lower-case letter.
const LOWER: u8 = 2;
/// [`ASCII_CLASS`] of an ASCII upper-case letter.
const UPPER: u8 = 4;
/// Per byte, which kind of ASCII letter or digit it is; 0 for any other byte.
const ASCII_CLASS: [u8; 256] = {
    let mut table = [0; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        table[b] = if c.is_ascii_digit() {
            DIGIT
        } else if c.is_ascii_lowercase() {
            LOWER
        } else if c.is_ascii_uppercase() {
            UPPER
        } else {
            0
        };
        b += 1;
    }
    table
};

/// Tokenize the part of `text` covered by `within` (a sentence). Linear in its length;
/// an out-of-range or off-boundary span yields no tokens rather than a panic.
pub fn tokenize(text: &str, within: Span) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    tokenize_into(text, None, within, &mut out);
    out
}

/// [`tokenize`] into `out`, emptied first: one buffer serves every sentence of an article.
/// `lowered`, when given, is `text` with its ASCII letters lower-cased (the same byte offsets):
/// an ASCII token's lower form is then borrowed from it rather than allocated.
pub fn tokenize_into<'a>(text: &'a str, lowered: Option<&'a str>, within: Span, out: &mut Vec<Token<'a>>) {
    out.clear();
    let lowered = lowered.filter(|l| l.len() == text.len());
    let Some(s) = text.get(within.start..within.end) else {
        return;
    };
    let base = within.start;
    // Walks byte offsets rather than collecting the sentence's chars first: this runs on
    // every sentence of every article. `at(k)` is the char starting at byte `k`, if any.
    // ASCII, nearly all of it, skips UTF-8 decoding.
    let at = |k: usize| match s.as_bytes().get(k) {
        Some(&b) if b.is_ascii() => Some(char::from(b)),
        Some(_) => s.get(k..).and_then(|r| r.chars().next()),
        None => None,
    };
    // About one token per five bytes of news prose: reserve once instead of regrowing.
    out.reserve(s.len() / 5 + 1);
    let mut start = 0;
    while let Some(c) = at(start) {
        if c.is_whitespace() {
            start += c.len_utf8();
            continue;
        }
        let mut j = start + c.len_utf8();
        let alphanumeric = c.is_alphanumeric();
        // What the token is, read as it is scanned rather than from the finished piece: digits
        // with separators only (a number), ASCII only, no upper-case letter.
        let (mut number, mut ascii, mut lower_case) = (c.is_ascii_digit(), c.is_ascii(), !c.is_uppercase());
        let mut digit_or_hyphen = c.is_ascii_digit() || c == '-';
        if alphanumeric {
            let (mut segment_len, mut prev) = (1, c);
            loop {
                // ASCII letters and digits, nearly every character of a word, are read by byte,
                // and what kinds of them the run holds is judged once it ends.
                let (run, mut seen) = (j, 0);
                while let Some(&class) = s.as_bytes().get(j).map(|&b| &ASCII_CLASS[usize::from(b)]) {
                    if class == 0 {
                        break;
                    }
                    seen |= class;
                    j += 1;
                }
                if let Some(&last) = s.as_bytes().get(run..j).and_then(<[u8]>::last) {
                    segment_len += j - run;
                    number &= seen & (LOWER | UPPER) == 0;
                    lower_case &= seen & UPPER == 0;
                    digit_or_hyphen |= seen & DIGIT != 0;
                    prev = char::from(last);
                }
                let Some(cj) = at(j) else {
                    break;
                };
                if cj.is_alphanumeric() {
                    segment_len += 1;
                } else if at(j + cj.len_utf8())
                    .is_some_and(|next| next.is_alphanumeric() && joins(cj, prev, next, segment_len))
                {
                    segment_len = 0;
                } else {
                    break;
                }
                number &= cj.is_ascii_digit() || matches!(cj, ',' | '.' | ':');
                digit_or_hyphen |= cj.is_ascii_digit() || cj == '-';
                ascii &= cj.is_ascii();
                lower_case &= !cj.is_uppercase();
                prev = cj;
                j += cj.len_utf8();
            }
        }
        let end = j;
        let piece = s.get(start..end).unwrap_or("");
        let kind = if !alphanumeric {
            TokKind::Punct
        } else if number {
            TokKind::Number
        } else {
            TokKind::Word
        };
        // Plain lower-case ASCII is its own lower form; anything else takes the full Unicode path.
        let lower = if ascii && lower_case {
            Cow::Borrowed(piece)
        } else if ascii {
            // What `to_lowercase` gives ASCII: the same bytes of the lower-cased text, else one
            // allocation.
            match lowered.and_then(|l| l.get(base + start..base + end)) {
                Some(lower) => Cow::Borrowed(lower),
                None => Cow::Owned(piece.to_ascii_lowercase()),
            }
        } else {
            let lower = piece.to_lowercase();
            Cow::Owned(if lower.contains('\u{2019}') {
                lower.replace('\u{2019}', "'")
            } else {
                lower
            })
        };
        out.push(Token {
            span: Span::new(base + start, base + end),
            text: piece,
            lower,
            kind,
            digit_or_hyphen,
        });
        start = j;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lowers(s: &str) -> Vec<String> {
        tokenize(s, Span::new(0, s.len()))
            .into_iter()
            .map(|t| t.lower.into_owned())
            .collect()
    }

    #[test]
    fn keeps_numbers_compounds_and_abbreviations() {
        assert_eq!(
            lowers("At 4:15 p.m. some 1,800-tonne loads (3.5%) left the U.S. port."),
            vec![
                "at",
                "4:15",
                "p.m",
                ".",
                "some",
                "1,800-tonne",
                "loads",
                "(",
                "3.5",
                "%",
                ")",
                "left",
                "the",
                "u.s",
                ".",
                "port",
                "."
            ]
        );
    }

    #[test]
    fn offsets_are_absolute() {
        let s = "xx Hello, 12 days";
        let toks = tokenize(s, Span::new(3, s.len()));
        assert_eq!(toks.first().map(|t| t.span), Some(Span::new(3, 8)));
        assert_eq!(
            toks.get(2).map(|t| (t.kind, t.span.text(s))),
            Some((TokKind::Number, "12"))
        );
    }

    #[test]
    fn kinds_and_lower_forms_read_while_scanning_are_those_of_the_piece() {
        // As they were worked out from each finished piece.
        let kind_of = |piece: &str| {
            if !piece.chars().next().is_some_and(char::is_alphanumeric) {
                TokKind::Punct
            } else if piece.chars().all(|ch| ch.is_ascii_digit() || ",.:".contains(ch)) {
                TokKind::Number
            } else {
                TokKind::Word
            }
        };
        let lower_of = |piece: &str| piece.to_lowercase().replace('\u{2019}', "'");
        let alphabet = [
            "a", "B", "z", "Q", "1", "9", "0", ",", ".", ":", "-", "'", "\u{2019}", " ", "\n", "$", "%", "é", "É", "İ",
            "ß", "Σ", "٣", "\u{a0}", "(", "p.m.", "U.S.", "1,800", "3.5",
        ];
        let mut rng = crate::synth::Rng(23);
        for _ in 0..3000 {
            let text: String = (0..rng.below(30))
                .map(|_| alphabet[rng.below(alphabet.len())])
                .collect();
            let toks = tokenize(&text, Span::new(0, text.len()));
            for t in &toks {
                assert_eq!(t.kind, kind_of(t.text), "{:?} in {text:?}", t.text);
                assert_eq!(t.lower, lower_of(t.text), "{:?} in {text:?}", t.text);
            }
            // Lower forms borrowed from the lower-cased text are the same tokens.
            let lowered = text.to_ascii_lowercase();
            let mut borrowed = Vec::new();
            tokenize_into(&text, Some(&lowered), Span::new(0, text.len()), &mut borrowed);
            assert_eq!(borrowed, toks, "{text:?}");
        }
    }
}
