//! Quote wording normalized for comparison: case, punctuation, quote-mark style, hyphens, dashes and
//! contractions folded away, each word stemmed so tense and number changes still line up.

use crate::span::Span;
use crate::text::{TermId, Vocab, words};

/// A quote's words as stemmed term ids, and which of them are content (non-stop) words.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct QuoteTokens {
    /// Every word in order (stop words included: "It is" vs "I think it's" is a wording change).
    pub all: Vec<TermId>,
    /// Content words, sorted and deduplicated.
    pub content: Vec<TermId>,
}

/// Pronouns whose `'s` is "is" rather than a possessive.
const IS_HOSTS: &[&str] = &[
    "he", "here", "how", "it", "she", "that", "there", "what", "where", "who",
];

/// Normalize the words of `text` inside `span`.
pub fn quote_tokens(text: &str, span: Span, vocab: &mut Vocab) -> QuoteTokens {
    let mut out = QuoteTokens::default();
    let mut push = |word: &str, out: &mut QuoteTokens| {
        let (id, stop) = vocab.token(word);
        out.all.push(id);
        if !stop {
            out.content.push(id);
        }
    };
    // One buffer for every word's lowercase form: quotes are read word by word in every article.
    let mut lower = String::new();
    for (_, word) in words(text, span) {
        lower.clear();
        if word.is_ascii() {
            // ASCII lowercasing is what `char::to_lowercase` does to these.
            lower.push_str(word);
            lower.make_ascii_lowercase();
        } else {
            lower.extend(
                word.chars()
                    .map(|c| if c == '’' { '\'' } else { c })
                    .flat_map(char::to_lowercase),
            );
        }
        let (first, second) = expand_contraction(&lower);
        push(first, &mut out);
        if let Some(second) = second {
            push(second, &mut out);
        }
    }
    out.content.sort_unstable();
    out.content.dedup();
    out
}

/// Split a lowercase word with an apostrophe suffix into the one or two words it stands for.
fn expand_contraction(word: &str) -> (&str, Option<&str>) {
    let Some((base, suffix)) = word.rsplit_once('\'') else {
        return (word, None);
    };
    if base.is_empty() {
        return (suffix, None);
    }
    match suffix {
        "t" if base.ends_with('n') => {
            let stem = base.strip_suffix('n').unwrap_or(base);
            let stem = match stem {
                "wo" => "will",
                "ca" => "can",
                "sha" => "shall",
                other => other,
            };
            (stem, Some("not"))
        }
        "ll" => (base, Some("will")),
        "re" => (base, Some("are")),
        "ve" => (base, Some("have")),
        "m" => (base, Some("am")),
        "d" => (base, Some("would")),
        "s" if base == "let" => (base, Some("us")),
        "s" if IS_HOSTS.contains(&base) => (base, Some("is")),
        "s" | "" => (base, None),
        _ => (word, None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Vocab;

    fn toks(s: &str, v: &mut Vocab) -> Vec<TermId> {
        quote_tokens(s, Span::new(0, s.len()), v).all
    }

    #[test]
    fn contractions_expand() {
        assert_eq!(expand_contraction("it's"), ("it", Some("is")));
        assert_eq!(expand_contraction("won't"), ("will", Some("not")));
        assert_eq!(expand_contraction("didn't"), ("did", Some("not")));
        assert_eq!(expand_contraction("we'll"), ("we", Some("will")));
        assert_eq!(expand_contraction("mensah's"), ("mensah", None));
        assert_eq!(expand_contraction("'90s"), ("90s", None));
        assert_eq!(expand_contraction("plain"), ("plain", None));
    }

    #[test]
    fn surface_differences_fold_away() {
        let mut v = Vocab::new();
        assert_eq!(
            toks("A long-term deal -- it’s done!", &mut v),
            toks("a long term deal — it is done", &mut v)
        );
        assert_eq!(toks("We agreed", &mut v), toks("we agree", &mut v));
        assert_ne!(toks("we agree", &mut v), toks("we disagree", &mut v));
    }

    #[test]
    fn content_words_exclude_stop_words() {
        let mut v = Vocab::new();
        let t = quote_tokens("It is a useful, useful deal", Span::new(0, 27), &mut v);
        assert_eq!(t.all.len(), 6);
        assert_eq!(t.content.len(), 2);
    }
}
