//! A small word/punctuation tokenizer with byte offsets, tuned for names ("Mr.", "U.S.", "O'Brien").

use std::cell::RefCell;

use crate::span::Span;
use crate::text::{MEMO_BYTES, Recent};

/// One token of the article text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    /// Letters/digits (with inner apostrophes, hyphens and dots) versus any other visible char.
    pub word: bool,
}

impl Token {
    pub fn text<'a>(&self, source: &'a str) -> &'a str {
        source.get(self.start..self.end).unwrap_or("")
    }

    /// Whether a word token starts with an uppercase letter.
    pub fn is_capitalized(&self, source: &str) -> bool {
        self.word && self.text(source).chars().next().is_some_and(char::is_uppercase)
    }

    /// Whether this token is one of the given punctuation chars.
    pub fn is_punct(&self, source: &str, chars: &[char]) -> bool {
        !self.word && self.text(source).chars().next().is_some_and(|c| chars.contains(&c))
    }

    /// Sentence-ending punctuation; abbreviation dots are part of word tokens, so they never count.
    pub fn ends_sentence(&self, source: &str) -> bool {
        self.is_punct(source, &['.', '!', '?', '…'])
    }
}

/// Abbreviations whose trailing dot belongs to the word rather than ending a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "sen", "rep", "gen", "gov", "lt", "col", "sgt", "capt", "adm", "prof", "rev", "st", "jr",
    "sr", "mt", "ft", "corp", "inc", "ltd", "co", "bros", "vs", "maj", "cpl", "pvt", "messrs", "mme", "mlle", "hon",
    "supt", "insp", "det", "no",
];

fn joins_word(c: char) -> bool {
    matches!(c, '\'' | '’' | '-' | '‐' | '.' | '&')
}

/// Whether a full stop right after `word` belongs to it: an initial ("V."), a dotted word ("U.S."),
/// or an abbreviation ("Dr.").
fn takes_the_dot(word: &str, inner_dot: bool) -> bool {
    let single_cap = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
    // Every word before a full stop comes here: ASCII ones are compared without a copy.
    let abbreviation = if word.is_ascii() {
        ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(word))
    } else {
        ABBREVIATIONS.contains(&word.to_lowercase().as_str())
    };
    single_cap || inner_dot || abbreviation
}

/// Splits `text` into word and punctuation tokens; whitespace is dropped.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::with_capacity(text.len() / 5);
    tokenize_onto(text, &mut out);
    out
}

/// [`tokenize`], appending to `out`.
fn tokenize_onto(text: &str, out: &mut Vec<Token>) {
    let bytes = text.as_bytes();
    // The char starting at byte `k`, if any. Walks byte offsets, ASCII (nearly all of a news
    // text) without UTF-8 decoding: this reads every article whole.
    let at = |k: usize| match bytes.get(k) {
        Some(&b) if b.is_ascii() => Some(char::from(b)),
        Some(_) => text.get(k..).and_then(|r| r.chars().next()),
        None => None,
    };
    let mut i = 0;
    while let Some(c) = at(i) {
        let len = c.len_utf8();
        if c.is_whitespace() {
            i += len;
            continue;
        }
        if !c.is_alphanumeric() {
            out.push(Token {
                start: i,
                end: i + len,
                word: false,
            });
            i += len;
            continue;
        }
        let mut end = i + len;
        let mut inner_dot = false;
        loop {
            // ASCII letters and digits, nearly every character of a word, are read by byte.
            while bytes.get(end).is_some_and(u8::is_ascii_alphanumeric) {
                end += 1;
            }
            let Some(d) = at(end) else {
                break;
            };
            let dlen = d.len_utf8();
            if d.is_alphanumeric() {
                end += dlen;
            } else if joins_word(d) && at(end + dlen).is_some_and(char::is_alphanumeric) {
                // A joiner only belongs to the word when a letter or digit follows it.
                inner_dot |= d == '.';
                end += dlen;
            } else {
                break;
            }
        }
        if at(end) == Some('.') && takes_the_dot(text.get(i..end).unwrap_or(""), inner_dot) {
            end += 1;
        }
        out.push(Token {
            start: i,
            end,
            word: true,
        });
        i = end;
    }
}

thread_local! {
    /// Tokens of recent paragraphs, at offsets within the paragraph: a paragraph splits the same
    /// wherever it is printed, and wire copy prints many paragraphs in many articles.
    static TOKENS: RefCell<Recent<Token>> = const { RefCell::new(Recent::new(MEMO_BYTES)) };
}

/// [`tokenize`] of `text` read paragraph by paragraph (each remembered for its next copy). Tokens
/// never cross whitespace, so when only whitespace lies outside the `paragraphs` (as in a cleaned
/// text), the paragraphs' tokens are the text's; otherwise the text is read whole.
pub fn tokenize_paragraphs(text: &str, paragraphs: &[Span]) -> Vec<Token> {
    let mut gaps = paragraphs
        .iter()
        .scan(0, |end, p| {
            let gap = text.get(*end..p.start);
            *end = p.end;
            Some(gap)
        })
        .chain(std::iter::once(
            paragraphs.last().map_or(Some(text), |p| text.get(p.end..)),
        ));
    if !gaps.all(|gap| gap.is_some_and(|g| g.trim().is_empty())) {
        return tokenize(text);
    }
    TOKENS.with(|memo| {
        // Nothing re-enters, so the memo is never busy; were it, the text is read whole.
        let Ok(mut memo) = memo.try_borrow_mut() else {
            return tokenize(text);
        };
        let mut out = Vec::with_capacity(text.len() / 5);
        for para in paragraphs {
            let body = para.text(text);
            let tokens = memo.get_or_read(body, |out| tokenize_onto(body, out));
            out.extend(tokens.iter().map(|t| Token {
                start: para.start + t.start,
                end: para.start + t.end,
                word: t.word,
            }));
        }
        out
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text).iter().map(|t| t.text(text)).collect()
    }

    #[test]
    fn keeps_abbreviations_and_inner_apostrophes() {
        assert_eq!(
            words("Mr. O'Brien’s U.S. plan, said Dr. Ana V. Lima."),
            vec![
                "Mr.",
                "O'Brien’s",
                "U.S.",
                "plan",
                ",",
                "said",
                "Dr.",
                "Ana",
                "V.",
                "Lima",
                "."
            ]
        );
    }

    #[test]
    fn closing_marks_are_separate() {
        assert_eq!(words("‘red lines’ now"), vec!["‘", "red", "lines", "’", "now"]);
        assert_eq!(words("北京 “好” 🙂"), vec!["北京", "“", "好", "”", "🙂"]);
    }

    #[test]
    fn sentence_ends_and_capitals() {
        let text = "He left. Mr. Roe";
        let toks = tokenize(text);
        assert_eq!(toks.iter().filter(|t| t.ends_sentence(text)).count(), 1);
        assert!(toks[0].is_capitalized(text) && toks[3].is_capitalized(text));
        assert_eq!(tokenize(""), Vec::<Token>::new());
    }

    /// The tokenizer as first written, over `char_indices`: the byte walk must split alike.
    fn reference(text: &str) -> Vec<Token> {
        let mut out = Vec::with_capacity(text.len() / 5);
        let mut iter = text.char_indices().peekable();
        while let Some((i, c)) = iter.next() {
            if c.is_whitespace() {
                continue;
            }
            if !c.is_alphanumeric() {
                out.push(Token {
                    start: i,
                    end: i + c.len_utf8(),
                    word: false,
                });
                continue;
            }
            let mut end = i + c.len_utf8();
            let mut inner_dot = false;
            while let Some(&(j, d)) = iter.peek() {
                if d.is_alphanumeric() {
                    end = j + d.len_utf8();
                    iter.next();
                } else if joins_word(d) {
                    // A joiner only belongs to the word when a letter or digit follows it.
                    let after = text.get(j + d.len_utf8()..).and_then(|s| s.chars().next());
                    if after.is_some_and(char::is_alphanumeric) {
                        inner_dot |= d == '.';
                        end = j + d.len_utf8();
                        iter.next();
                    } else {
                        break;
                    }
                } else {
                    break;
                }
            }
            if let Some(&(j, '.')) = iter.peek()
                && takes_the_dot(text.get(i..end).unwrap_or(""), inner_dot)
            {
                end = j + 1;
                iter.next();
            }
            out.push(Token {
                start: i,
                end,
                word: true,
            });
        }
        out
    }

    proptest::proptest! {
        #[test]
        fn paragraphs_read_apart_give_the_text_tokens(picks in proptest::collection::vec(0usize..ALPHABET.len(), 0..60)) {
            let text: String = picks.iter().map(|&i| ALPHABET[i]).collect();
            let text = text.replace("  ", "\n\n");
            let paragraphs = crate::text::paragraphs(&text);
            // Twice: the second reading comes from the memo.
            proptest::prop_assert_eq!(tokenize_paragraphs(&text, &paragraphs), tokenize(&text));
            proptest::prop_assert_eq!(tokenize_paragraphs(&text, &paragraphs), tokenize(&text));
            // Paragraphs that leave words out are not trusted: the text is read whole.
            let inner: Vec<Span> = paragraphs.iter().map(|p| Span::new(p.start + 1, p.end).trim(&text)).filter(|p| text.get(p.start..p.end).is_some()).collect();
            proptest::prop_assert_eq!(tokenize_paragraphs(&text, &inner), tokenize(&text));
        }

        #[test]
        fn same_tokens_as_the_char_walk(picks in proptest::collection::vec(0usize..ALPHABET.len(), 0..40)) {
            let text: String = picks.iter().map(|&i| ALPHABET[i]).collect();
            proptest::prop_assert_eq!(tokenize(&text), reference(&text));
        }
    }

    /// Characters the tokenizer turns on, ASCII and not.
    const ALPHABET: &[&str] = &[
        "a", "Z", "7", "Mr", "dr", "U", ".", ",", "'", "’", "-", "‐", "&", " ", "\n", "\u{a0}", "é", "É", "北", "“",
        "”", "…", "!", "?", "\u{301}", "🙂", "\u{2003}",
    ];
}
