//! Quotes shared across the outlets of a story: the same utterance found in several articles,
//! with its canonical wording and how each outlet's wording relates to it.

mod groups;
pub mod matching;
mod speakers;
pub mod tokens;

use serde::Serialize;

pub use groups::{LONG_CONTENT, looks_like_title};
pub use matching::{Relation, Speakers, relate};
pub use speakers::{Attribution, same_person};
pub use tokens::{QuoteTokens, quote_tokens};

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
    /// Canonical wording: the group's seed, the most common long wording (the longest on a tie).
    pub text: String,
    /// The speaker most occurrences name.
    pub speaker: Option<String>,
    /// Who each article credits, when the articles name two or more different speakers.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub attributions: Vec<Attribution>,
    /// Whether some outlet printed an altered wording (not merely an excerpt).
    pub wording_differs: bool,
    /// Every occurrence, by article then position.
    pub occurrences: Vec<Occurrence>,
}

/// Fewest words a shared quote's canonical wording has.
pub const SHARED_MIN_WORDS: usize = 3;

/// Group a story's quotes into shared quotes.
///
/// Every occurrence relates directly to its group's canonical wording (see [`groups`]); a quote
/// that is only a name or title in quote marks (or Title Cased in a headline) is never shared.
pub fn share_quotes(quotes: &[StoryQuote<'_>]) -> Vec<SharedQuote> {
    let eligible: Vec<bool> = quotes
        .iter()
        // Title Cased words in quote marks are a name ("Belt of Embers") or a headline's excerpt
        // ("Will Stop “Raising The Fees”"), whose wording and occasion the headline writer chose:
        // neither is a remark to compare across outlets, even with a speaker.
        .map(|q| !q.tokens.all.is_empty() && !looks_like_title(q.text) && !groups::title_cased(q.text))
        .collect();
    let mut shared: Vec<(usize, usize, SharedQuote)> = groups::group(quotes, &eligible)
        .into_iter()
        .filter(|g| g.articles.len() >= 2)
        // A word or two in quote marks ("historic", "war games") is a scare quote or a label as
        // often as a remark, and who said it is where outlets go wrong: not a shared quote.
        .filter(|g| quotes[g.seed].tokens.all.len() >= SHARED_MIN_WORDS)
        .map(|g| {
            let first = g.members.iter().map(|&(m, _)| m).min().unwrap_or(g.seed);
            (g.articles.len(), first, build_group(quotes, &g))
        })
        .collect();
    shared.sort_by(|(na, fa, _), (nb, fb, _)| nb.cmp(na).then(fa.cmp(fb)));
    shared.into_iter().map(|(_, _, q)| q).collect()
}

/// A wording as shown and diffed: whitespace folded, and the comma or colon that a quotation keeps
/// inside its marks before the attribution ("…lost," she said), or a closing full stop, dropped.
pub fn display_wording(text: &str) -> String {
    let folded = text.split_whitespace().collect::<Vec<_>>().join(" ");
    folded.trim_end_matches([',', ';', ':', '.', ' ']).to_string()
}

fn build_group(quotes: &[StoryQuote<'_>], g: &groups::Group) -> SharedQuote {
    let canon = &quotes[g.seed];
    let mut occurrences: Vec<Occurrence> = g
        .members
        .iter()
        .map(|&(m, relation)| Occurrence {
            article: quotes[m].article,
            quote: quotes[m].quote,
            relation,
        })
        .collect();
    occurrences.sort_by_key(|o| (o.article, o.quote));
    let mut members: Vec<usize> = g.members.iter().map(|&(m, _)| m).collect();
    members.sort_by_key(|&m| (quotes[m].article, quotes[m].quote));
    let named: Vec<(usize, &str)> = members
        .iter()
        .filter_map(|&m| quotes[m].speaker.map(|s| (quotes[m].article, s)))
        .collect();
    let (speaker, attributions) = speakers::attribute(&named);
    SharedQuote {
        text: display_wording(canon.text),
        speaker,
        attributions,
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
    fn single_words_are_not_shared_quotes() {
        let out = run(&[(0, "reckless", None), (1, "Reckless", None), (2, "careless", None)]);
        assert!(out.is_empty());
    }

    #[test]
    fn remarks_of_one_speaker_do_not_chain() {
        let out = run(&[
            (0, "The new bridge will open to traffic next spring", Some("Ana Lima")),
            (1, "The new bridge will open to traffic next spring", Some("Lima")),
            (1, "Our schools need more teachers before the winter term", Some("Lima")),
            (
                2,
                "Our schools need more teachers before the winter term",
                Some("Ana Lima"),
            ),
            (0, "spring", Some("Ana Lima")),
            (2, "spring", Some("Ana Lima")),
            (2, "in spring", Some("Ana Lima")),
        ]);
        let texts: Vec<&str> = out.iter().map(|q| q.text.as_str()).collect();
        assert_eq!(
            texts,
            vec![
                "The new bridge will open to traffic next spring",
                "Our schools need more teachers before the winter term",
            ]
        );
        // Every occurrence relates to its own group's wording; the lone word joins no remark and,
        // too short to be a remark of its own, is no shared quote either.
        assert_eq!(out[0].occurrences.len(), 2);
        assert_eq!(out[1].occurrences.len(), 2);
        assert!(out.iter().all(|q| q.attributions.is_empty()));
    }

    #[test]
    fn disagreeing_speakers_are_recorded() {
        let out = run(&[
            (0, "We will rebuild every home that was lost", Some("Ana Lima")),
            (1, "We will rebuild every home that was lost", Some("Rui Costa")),
            (2, "We will rebuild every home that was lost", Some("Lima")),
        ]);
        assert_eq!(out.len(), 1);
        let who: Vec<(&str, &[usize])> = out[0]
            .attributions
            .iter()
            .map(|a| (a.speaker.as_str(), a.articles.as_slice()))
            .collect();
        assert_eq!(who, vec![("Ana Lima", &[0, 2][..]), ("Rui Costa", &[1][..])]);
    }

    #[test]
    fn headline_title_case_is_not_shared() {
        assert!(groups::title_cased("Raising The Fees Again"));
        assert!(!groups::title_cased("We will raise the fees"));
        assert!(!groups::title_cased("Ana Lima Said"));
    }

    #[test]
    fn titles_without_speakers_are_not_shared() {
        assert!(run(&[(0, "Belt of Embers", None), (1, "Belt of Embers.", None)]).is_empty());
    }

    #[test]
    fn quotes_within_one_article_are_not_shared() {
        assert!(run(&[(0, "We will win", None), (0, "We will win", None)]).is_empty());
    }
}
