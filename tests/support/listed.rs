//! A corpus as the opening worker hands it to the reader: every story listed, then each story's
//! analysis when asked for.

use newsdiff::analysis::{Prepared, Stages};
use newsdiff::article::Article;
use newsdiff::tui::opening::{Heads, Ready};

/// The synthetic corpus of `n` articles (`seed`), grouped.
pub fn prepared(n: usize, seed: u64) -> Prepared {
    Prepared::new(newsdiff::synth::corpus(n, seed), &[], &Stages::default())
}

/// Every story as listed before its analysis, and every article's listing.
pub fn heads(p: &Prepared) -> Heads {
    Heads {
        stories: (0..p.len()).filter_map(|k| p.head(k)).collect(),
        articles: p.articles().iter().map(Article::listing).collect(),
    }
}

/// Story `k` analysed, with its articles as the worker sends them.
pub fn ready(p: &Prepared, k: usize) -> Ready {
    let (story, claims) = p.story(k).expect("a story of the corpus");
    let articles = story
        .articles
        .iter()
        .zip(claims)
        .map(|(&a, claims)| Article {
            claims,
            ..p.articles()[a].clone()
        })
        .collect();
    Ready { story, articles }
}
