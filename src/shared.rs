//! Quotes shared across the outlets of a story: the same utterance found in several articles,
//! with its canonical wording and how each outlet's wording relates to it.

pub mod matching;
pub mod tokens;

use std::collections::HashMap;

use serde::Serialize;

pub use matching::{Relation, Speakers, relate};
pub use tokens::{QuoteTokens, quote_tokens};

use crate::text::TermId;
use crate::unionfind::UnionFind;

/// One quote of a story, ready for matching.
#[derive(Debug, Clone, Copy)]
pub struct StoryQuote<'a> {
    /// Corpus index of the article.
    pub article: usize,
    /// Index of the quote in that article.
    pub quote: usize,
    /// The quote as printed.
    pub text: &'a str,
    /// Canonical speaker name, when known.
    pub speaker: Option<&'a str>,
    /// Normalized wording.
    pub tokens: &'a QuoteTokens,
}

/// One occurrence of a shared quote.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Occurrence {
    /// Corpus index of the article.
    pub article: usize,
    /// Index of the quote in that article.
    pub quote: usize,
    /// How this wording relates to the canonical one.
    pub relation: Relation,
}

/// An utterance quoted by at least two articles of a story.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SharedQuote {
    /// Canonical wording: the most common one, the longest on a tie.
    pub text: String,
    /// The speaker most occurrences name.
    pub speaker: Option<String>,
    /// Whether some outlet printed an altered wording (not merely an excerpt).
    pub wording_differs: bool,
    /// Every occurrence, by article then position.
    pub occurrences: Vec<Occurrence>,
}

/// Group a story's quotes into shared quotes.
pub fn share_quotes(quotes: &[StoryQuote<'_>]) -> Vec<SharedQuote> {
    let mut sets = UnionFind::new(quotes.len());
    for (a, b) in candidate_pairs(quotes) {
        let (qa, qb) = (&quotes[a], &quotes[b]);
        if relate(qa.tokens, qb.tokens, speakers(qa.speaker, qb.speaker)).is_some() {
            sets.union(a, b);
        }
    }
    let mut shared: Vec<(usize, SharedQuote)> = sets
        .groups()
        .into_iter()
        .filter(|members| {
            let first = quotes[members[0]].article;
            members.iter().any(|&m| quotes[m].article != first)
        })
        .map(|members| (members[0], build_group(quotes, &members)))
        .collect();
    let articles = |q: &SharedQuote| {
        let mut a: Vec<usize> = q.occurrences.iter().map(|o| o.article).collect();
        a.dedup();
        a.len()
    };
    shared.sort_by(|(fa, a), (fb, b)| articles(b).cmp(&articles(a)).then(fa.cmp(fb)));
    shared.into_iter().map(|(_, q)| q).collect()
}

/// A wording as shown and diffed: whitespace folded, and the comma or colon that a quotation keeps
/// inside its marks before the attribution ("…lost," she said), or a closing full stop, dropped.
pub fn display_wording(text: &str) -> String {
    let folded = text.split_whitespace().collect::<Vec<_>>().join(" ");
    folded.trim_end_matches([',', ';', ':', '.', ' ']).to_string()
}

fn speakers(a: Option<&str>, b: Option<&str>) -> Speakers {
    match (a, b) {
        (Some(x), Some(y)) if x == y => Speakers::Same,
        (Some(_), Some(_)) => Speakers::Different,
        _ => Speakers::Unknown,
    }
}

/// Pairs of quotes from different articles that share at least one word worth indexing.
fn candidate_pairs(quotes: &[StoryQuote<'_>]) -> Vec<(usize, usize)> {
    let mut index: HashMap<TermId, Vec<usize>> = HashMap::new();
    for (i, q) in quotes.iter().enumerate() {
        // Quotes made only of stop words ("we will") are indexed by every word they have.
        let keys = if q.tokens.content.is_empty() {
            &q.tokens.all
        } else {
            &q.tokens.content
        };
        let mut keys = keys.clone();
        keys.sort_unstable();
        keys.dedup();
        for k in keys {
            index.entry(k).or_default().push(i);
        }
    }
    let mut pairs = Vec::new();
    for postings in index.values() {
        for (x, &a) in postings.iter().enumerate() {
            for &b in &postings[x + 1..] {
                if quotes[a].article != quotes[b].article {
                    pairs.push((a, b));
                }
            }
        }
    }
    pairs.sort_unstable();
    pairs.dedup();
    pairs
}

fn build_group(quotes: &[StoryQuote<'_>], members: &[usize]) -> SharedQuote {
    let mut freq: HashMap<&[TermId], usize> = HashMap::new();
    for &m in members {
        *freq.entry(&quotes[m].tokens.all).or_default() += 1;
    }
    let canonical = *members
        .iter()
        .max_by(|&&a, &&b| {
            let key = |i: usize| (freq[quotes[i].tokens.all.as_slice()], quotes[i].tokens.all.len());
            key(a).cmp(&key(b)).then(b.cmp(&a))
        })
        .unwrap_or(&members[0]);
    let canon = &quotes[canonical];
    let mut occurrences: Vec<Occurrence> = members
        .iter()
        .map(|&m| {
            let q = &quotes[m];
            let relation = if m == canonical {
                Relation::Same
            } else {
                relate(canon.tokens, q.tokens, Speakers::Same).unwrap_or(Relation::Altered)
            };
            Occurrence {
                article: q.article,
                quote: q.quote,
                relation,
            }
        })
        .collect();
    occurrences.sort_by_key(|o| (o.article, o.quote));
    let mut speaker_votes: HashMap<&str, usize> = HashMap::new();
    for &m in members {
        if let Some(s) = quotes[m].speaker {
            *speaker_votes.entry(s).or_default() += 1;
        }
    }
    let speaker = speaker_votes
        .into_iter()
        .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(a.0)))
        .map(|(s, _)| s.to_string());
    SharedQuote {
        text: display_wording(canon.text),
        speaker,
        wording_differs: occurrences.iter().any(|o| o.relation == Relation::Altered),
        occurrences,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::span::Span;
    use crate::text::Vocab;

    fn run(items: &[(usize, &str, Option<&str>)]) -> Vec<SharedQuote> {
        let mut v = Vocab::new();
        let toks: Vec<QuoteTokens> = items
            .iter()
            .map(|(_, t, _)| quote_tokens(t, Span::new(0, t.len()), &mut v))
            .collect();
        let quotes: Vec<StoryQuote> = items
            .iter()
            .enumerate()
            .map(|(i, (a, t, s))| StoryQuote {
                article: *a,
                quote: i,
                text: t,
                speaker: *s,
                tokens: &toks[i],
            })
            .collect();
        share_quotes(&quotes)
    }

    #[test]
    fn wire_copy_and_an_altered_wording() {
        let out = run(&[
            (0, "We will rebuild every home that was lost", Some("Ana Lima")),
            (1, "We will rebuild every home that was lost", Some("Ana Lima")),
            (2, "We shall rebuild every home that was lost", None),
            (2, "Nobody saw this coming", Some("Kofi Mensah")),
        ]);
        assert_eq!(out.len(), 1);
        let q = &out[0];
        assert_eq!(q.text, "We will rebuild every home that was lost");
        assert_eq!(q.speaker.as_deref(), Some("Ana Lima"));
        assert!(q.wording_differs);
        let rel: Vec<Relation> = q.occurrences.iter().map(|o| o.relation).collect();
        assert_eq!(rel, vec![Relation::Same, Relation::Same, Relation::Altered]);
    }

    #[test]
    fn excerpts_are_not_altered_wordings() {
        let out = run(&[
            (0, "a fair price for every farmer", None),
            (1, "We demand a fair price for every farmer in the valley", None),
        ]);
        assert_eq!(out.len(), 1);
        assert!(!out[0].wording_differs);
        assert_eq!(out[0].occurrences[0].relation, Relation::Fragment);
    }

    #[test]
    fn single_words_shared_only_when_identical() {
        let out = run(&[(0, "reckless", None), (1, "Reckless", None), (2, "careless", None)]);
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].occurrences.len(), 2);
    }

    #[test]
    fn quotes_within_one_article_are_not_shared() {
        assert!(run(&[(0, "We will win", None), (0, "We will win", None)]).is_empty());
    }
}
