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
    for (_, word) in words(text, span) {
        let lower: String = word
            .chars()
            .map(|c| if c == '’' { '\'' } else { c })
            .flat_map(char::to_lowercase)
            .collect();
        for part in expand_contraction(&lower) {
            push(part, &mut out);
        }
    }
    out.content.sort_unstable();
    out.content.dedup();
    out
}

/// Split a lowercase word with an apostrophe suffix into the words it stands for.
fn expand_contraction(word: &str) -> Vec<&str> {
    let Some((base, suffix)) = word.rsplit_once('\'') else {
        return vec![word];
    };
    if base.is_empty() {
        return vec![suffix];
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
            vec![stem, "not"]
        }
        "ll" => vec![base, "will"],
        "re" => vec![base, "are"],
        "ve" => vec![base, "have"],
        "m" => vec![base, "am"],
        "d" => vec![base, "would"],
        "s" if base == "let" => vec![base, "us"],
        "s" if IS_HOSTS.contains(&base) => vec![base, "is"],
        "s" | "" => vec![base],
        _ => vec![word],
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
        assert_eq!(expand_contraction("it's"), vec!["it", "is"]);
        assert_eq!(expand_contraction("won't"), vec!["will", "not"]);
        assert_eq!(expand_contraction("didn't"), vec!["did", "not"]);
        assert_eq!(expand_contraction("we'll"), vec!["we", "will"]);
        assert_eq!(expand_contraction("mensah's"), vec!["mensah"]);
        assert_eq!(expand_contraction("'90s"), vec!["90s"]);
        assert_eq!(expand_contraction("plain"), vec!["plain"]);
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
