//! A corpus as the opening worker hands it to the reader: every story listed, then each story's
//! analysis when asked for.

use newsdiff::analysis::{Prepared, Stages};
use newsdiff::tui::opening::{Heads, Ready};

/// The synthetic corpus of `n` articles (`seed`), grouped.
pub fn prepared(n: usize, seed: u64) -> Prepared {
    Prepared::new(newsdiff::synth::corpus(n, seed), &[], &Stages::default())
}

/// Every story as listed before its analysis, and every article's listing.
pub fn heads(p: &Prepared) -> Heads {
    Heads::of(p)
}

/// Story `k` analysed, with its articles as the worker sends them.
pub fn ready(p: &mut Prepared, k: usize) -> Ready {
    let (story, articles) = p.story(k).expect("a story of the corpus");
    Ready { story, articles }
}
