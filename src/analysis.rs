//! The whole analysis: articles in, stories out (shared quotes, alignment and claims per story).

use std::collections::{HashMap, HashSet};
use std::ops::ControlFlow;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use rayon::prelude::*;
use serde::Serialize;

use crate::align::{ArticleAlignment, CopyGroup, Depth, align_story_to};
use crate::article::Article;
use crate::claims::{
    ArticleClaims, Claim, ClaimContext, ClaimMemo, Finding, compare_claims, extract_claims_with, main_year, parse_day,
    plausible_days,
};
use crate::features::{ArticleTerms, Features, SparseVec};
use crate::load::Document;
use crate::quotes::names::canonical_names;
use crate::shared::{SharedQuote, StoryQuote, share_quotes};
use crate::span::Span;
use crate::stories::{group_stories, slug};
use batches::stream;
use packed::Packed;
pub use packed::PackedText;
use prepared::Head;
pub use prepared::Prepared;
use title::story_title;

mod batches;
mod packed;
mod prepared;
mod title;

/// A group of articles about one event.
#[derive(Debug, Clone, Serialize)]
pub struct Story {
    /// Stable id: the explicit story key, else a slug of the title.
    pub id: String,
    /// Manifest title, else the headline of the most central article.
    pub title: String,
    /// Corpus indices of its articles, in corpus order.
    pub articles: Vec<usize>,
    /// Quotes found in at least two of its articles.
    pub shared_quotes: Vec<SharedQuote>,
    /// Sentence alignment, one entry per article (same order as `articles`); each sentence's
    /// counterparts are listed only when the analysis was asked for them ([`Depth::Counterparts`]).
    pub alignment: Vec<ArticleAlignment>,
    /// Identical sentences printed by several of its articles, each group listed once.
    pub copies: Vec<CopyGroup>,
    /// Claim findings, conflicts first.
    pub claims: Vec<Finding>,
}

/// The analysis of a corpus.
#[derive(Debug, Clone, Serialize)]
pub struct Analysis {
    /// Every article, in input order.
    pub articles: Vec<Article>,
    /// Stories, largest first.
    pub stories: Vec<Story>,
}

/// Analyse documents. `story_titles` maps explicit story keys to titles (from manifests).
pub fn analyze(documents: Vec<Document>, story_titles: &[(String, String)]) -> Analysis {
    let mut stories = Vec::new();
    let articles = analyze_each(documents, story_titles, |_, story| {
        stories.push(story);
        ControlFlow::Continue(())
    });
    Analysis { articles, stories }
}

/// Analyse documents and hand each story to `each`, largest first, as soon as it is finished,
/// with the articles so far (a story's articles already carry their claims). Returns the articles.
/// When `each` breaks (its reader went away), the stories not yet analysed are skipped (at most
/// one batch more is analysed meanwhile).
///
/// This is [`analyze`] without keeping the stories: a caller that writes each story out (JSONL)
/// holds one batch of stories at a time.
pub fn analyze_each(
    documents: Vec<Document>,
    story_titles: &[(String, String)],
    each: impl FnMut(&[Article], Story) -> ControlFlow<()>,
) -> Vec<Article> {
    stream(
        documents,
        story_titles,
        false,
        &Stages::default(),
        Depth::Counterparts,
        each,
    )
}

/// How far the steps before the first story have got, for a progress display on another thread:
/// every article must be cleaned and the corpus grouped before any story can be analysed.
#[derive(Debug, Default)]
pub struct Stages {
    /// Articles cleaned so far.
    pub cleaned: AtomicUsize,
    /// How many stories the articles form, set once they are grouped (before `grouped`).
    pub stories: AtomicUsize,
    /// Set once the articles are grouped into stories.
    pub grouped: AtomicBool,
}

/// [`analyze_each`] for a caller that is done with a story's articles once `each` returns (a
/// streamed report, a reader that takes copies): each story's articles keep only who published
/// what ([`Article::release_text`]) after it was handed over, so memory holds the stories being
/// analysed, not every article read. The first steps are counted in `stages` as they go.
/// `depth` is how much of each story's alignment the caller reads (a text report only reads
/// which sentences one outlet alone prints).
pub fn analyze_each_releasing(
    documents: Vec<Document>,
    story_titles: &[(String, String)],
    stages: &Stages,
    depth: Depth,
    each: impl FnMut(&[Article], Story) -> ControlFlow<()>,
) -> Vec<Article> {
    stream(documents, story_titles, true, stages, depth, each)
}

/// The stories of `articles` (sorted article indices each), without analysing them: grouping by
/// story key, weighted words, names and shared long quotes.
pub fn group_only(articles: &[Article], features: &Features) -> Vec<Vec<usize>> {
    let quote_keys: Vec<&[u64]> = features.articles.iter().map(|f| f.quote_keys.as_slice()).collect();
    group_stories(articles, &features.articles, &quote_keys)
}

/// What the per-story analysis reads.
#[derive(Clone, Copy)]
struct StoryContext<'a> {
    articles: &'a [Article],
    features: &'a Features,
    /// The articles' texts, each unpacked by the story that reads it: on the pool's threads.
    texts: &'a Packed,
    /// How much of each story's alignment its reader needs.
    depth: Depth,
}

/// Clean `documents`, weigh their terms and group them into stories, largest first, each with
/// its id and title: everything before a story is analysed.
fn prepare(documents: Vec<Document>, story_titles: &[(String, String)], stages: &Stages) -> Prepared {
    let mut articles: Vec<Article> = documents
        .into_par_iter()
        .map(|document| {
            let article = Article::from_document(document);
            stages.cleaned.fetch_add(1, Ordering::Relaxed);
            article
        })
        .collect();
    // Nothing reads a text again until its story is analysed: each is packed away as soon as its
    // terms are read, so every text is never held beside every article's terms.
    let (mut features, texts) = Features::compute_then(&mut articles, Packed::take);
    let texts = Packed::from(texts);
    let mut groups = group_only(&articles, &features);
    stages.stories.store(groups.len(), Ordering::Relaxed);
    stages.grouped.store(true, Ordering::Release);
    groups.sort_by(|a, b| b.len().cmp(&a.len()).then(a[0].cmp(&b[0])));
    for members in &groups {
        canonicalize_speakers(&mut articles, members);
    }
    // A title compares every pair of its story's articles: worth both cores on big stories.
    let titles: Vec<String> = groups
        .par_iter()
        .map(|members| story_title(&articles, members, &features.articles, story_titles))
        .collect();
    let mut used_ids = HashSet::new();
    let heads = groups
        .into_iter()
        .zip(titles)
        .map(|(members, title)| {
            let base = articles[members[0]].story_key.clone().unwrap_or_else(|| slug(&title));
            Head {
                id: unique_id(&base, &mut used_ids),
                title,
                members,
            }
        })
        .collect();
    // Grouping and titles were the last readers of the article vectors.
    features.drop_vectors();
    Prepared {
        articles,
        features,
        heads,
        texts,
    }
}

impl StoryContext<'_> {
    /// Shared quotes, alignment and claim findings of one story, and its articles' claims and
    /// texts.
    fn story(&self, members: Vec<usize>, id: String, title: String) -> Analysed {
        let articles = self.articles;
        let texts: Vec<String> = members.iter().map(|&a| self.texts.unpack(a)).collect();
        let terms: Vec<ArticleTerms> = members.iter().map(|&a| self.features.terms(a)).collect();
        let story_quotes: Vec<StoryQuote> = members
            .iter()
            .zip(&terms)
            .zip(&texts)
            .flat_map(|((&a, terms), text)| {
                articles[a]
                    .quotes
                    .iter()
                    .zip(&terms.quotes)
                    .enumerate()
                    .map(move |(q, (quote, tokens))| StoryQuote {
                        article: a,
                        quote: q,
                        text: quote.span.text(text),
                        speaker: quote.speaker.as_deref(),
                        tokens,
                    })
            })
            .collect();
        let shared_quotes = share_quotes(&story_quotes);
        drop(story_quotes);
        let owned: Vec<Vec<SparseVec>> = terms
            .iter()
            .map(|t| self.features.sentence_vectors(&t.sentences))
            .collect();
        drop(terms);
        let sentence_vectors: Vec<&[SparseVec]> = owned.iter().map(Vec::as_slice).collect();
        let mut aligned = align_story_to(&members, &sentence_vectors, self.depth);
        for (article, &a) in aligned.articles.iter_mut().zip(&members) {
            for &s in self.features.furniture(a) {
                if let Some(sentence) = article.sentences.get_mut(s as usize) {
                    sentence.furniture = true;
                }
            }
        }
        let sentence_spans: Vec<Vec<Span>> = members
            .iter()
            .map(|&a| articles[a].sentences.iter().map(|s| s.span).collect())
            .collect();
        let days = plausible_days(
            &members
                .iter()
                .map(|&a| articles[a].published.as_deref().and_then(parse_day))
                .collect::<Vec<_>>(),
        );
        // Each undated article's year is the one its text names most, read once.
        let text_years: Vec<Option<i16>> = days
            .iter()
            .zip(&texts)
            .map(|(day, text)| if day.is_none() { main_year(text) } else { None })
            .collect();
        // The story's year: its latest publication year, else the latest year its articles name.
        let year = days
            .iter()
            .flatten()
            .map(|d| d.year())
            .max()
            .or_else(|| text_years.iter().flatten().copied().max());
        // Wire copy and boilerplate repeat sentences across the story: each is read once.
        let mut memo = ClaimMemo::with_capacity(sentence_spans.iter().map(Vec::len).sum());
        let mut claims: Vec<Vec<Claim>> = members
            .iter()
            .zip(&sentence_spans)
            .zip(days.iter().zip(&text_years))
            .zip(&texts)
            .map(|(((&a, spans), (day, text_year)), text)| {
                let dateline = articles[a].dateline.as_deref();
                let ctx = ClaimContext::with_years(*day, *text_year, dateline).or_year(year);
                extract_claims_with(text, spans, &ctx, &mut memo)
            })
            .collect();
        drop(memo);
        let inputs: Vec<ArticleClaims> = members
            .iter()
            .zip(&sentence_spans)
            .zip(&claims)
            .zip(days.iter().zip(&texts))
            .map(|(((&a, spans), article_claims), (day, text))| ArticleClaims {
                article: a,
                label: &articles[a].outlet,
                text,
                sentences: spans,
                claims: article_claims,
                published: *day,
            })
            .collect();
        let findings = compare_claims(&inputs);
        drop(inputs);
        for article_claims in &mut claims {
            for claim in article_claims.iter_mut() {
                claim.subject.compact();
            }
            // Kept with the article for the rest of the run: no growth slack.
            article_claims.shrink_to_fit();
        }
        let story = Story {
            id,
            title,
            articles: members,
            shared_quotes,
            alignment: aligned.articles,
            copies: aligned.copies,
            claims: findings,
        };
        Analysed { story, claims, texts }
    }
}

/// One story analysed, with its articles' claims and texts (in the order of `Story::articles`).
struct Analysed {
    story: Story,
    claims: Vec<Vec<Claim>>,
    texts: Vec<String>,
}

/// One spelling per person across a story: "Mr. Lima", "Lima" and "Ana Lima" become "Ana Lima".
fn canonicalize_speakers(articles: &mut [Article], members: &[usize]) {
    let names: Vec<String> = members
        .iter()
        .flat_map(|&a| articles[a].quotes.iter().filter_map(|q| q.speaker.clone()))
        .collect();
    if names.is_empty() {
        return;
    }
    let canonical: HashMap<String, String> = canonical_names(names.iter().map(String::as_str));
    for &a in members {
        for quote in &mut articles[a].quotes {
            if let Some(name) = quote.speaker.as_mut()
                && let Some(canon) = canonical.get(name.as_str())
            {
                *name = canon.clone();
            }
        }
    }
}

fn unique_id(base: &str, used: &mut HashSet<String>) -> String {
    let mut id = base.to_string();
    let mut n = 2;
    while !used.insert(id.clone()) {
        id = format!("{base}-{n}");
        n += 1;
    }
    id
}
