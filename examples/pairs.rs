//! How alike articles of the same and of different events are, as story grouping scores them:
//! `cargo run --release --example pairs -- DIR TRUTH.tsv` (the truth file as
//! `eval/merge_sets.sh` or `benches/news_corpus.py` write it). For every pair of events, and
//! every event with itself, prints the number of article pairs, how many reach the grouping
//! threshold, and the best, 90th and 50th percentile pair as (score, words, names).

use std::collections::{BTreeMap, HashMap};

use newsdiff::features::cosine;
use newsdiff::stories::STORY_THRESHOLD;
use rayon::prelude::*;

/// A pair's (score, cosine of words, cosine of names).
type Scores = (f32, f32, f32);

fn main() {
    let mut args = std::env::args().skip(1);
    let (Some(dir), Some(truth_file)) = (args.next(), args.next()) else {
        eprintln!("usage: pairs DIR TRUTH.tsv");
        std::process::exit(2);
    };
    let truth: HashMap<String, String> = std::fs::read_to_string(&truth_file)
        .unwrap_or_else(|e| panic!("{truth_file}: {e}"))
        .lines()
        .filter_map(|l| l.split_once('\t'))
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
    let loaded = newsdiff::load::load_paths(&[dir.into()]).unwrap_or_else(|e| panic!("{e}"));
    let articles: Vec<newsdiff::Article> = loaded
        .documents
        .into_par_iter()
        .map(newsdiff::Article::from_document)
        .collect();
    let features = newsdiff::features::Features::compute(&articles);
    let event: Vec<&str> = articles
        .iter()
        .map(|a| {
            let name = std::path::Path::new(&a.source).file_name().and_then(|n| n.to_str());
            name.and_then(|n| truth.get(n)).map_or("?", String::as_str)
        })
        .collect();
    let f = &features.articles;
    let mut by_events: BTreeMap<(&str, &str), Vec<Scores>> = BTreeMap::new();
    for a in 0..f.len() {
        for b in a + 1..f.len() {
            let words = cosine(&f[a].vector, &f[b].vector);
            let names = cosine(&f[a].names, &f[b].names);
            // As the grouping scores a pair, with its bonus for a shared long quote.
            let quote = f[a].quote_keys.iter().any(|k| f[b].quote_keys.contains(k));
            let score = 0.5 * words + 0.5 * names + if quote { 0.15 } else { 0.0 };
            let key = (event[a].min(event[b]), event[a].max(event[b]));
            by_events.entry(key).or_default().push((score, words, names));
        }
    }
    for ((x, y), mut pairs) in by_events {
        pairs.sort_by(|p, q| q.0.total_cmp(&p.0));
        let reaching = pairs.iter().filter(|p| p.0 >= STORY_THRESHOLD).count();
        if x != y && reaching == 0 {
            continue;
        }
        let at = |share: f32| pairs[((pairs.len() as f32 * share) as usize).min(pairs.len() - 1)];
        let show = |(s, w, n): Scores| format!("({s:.2}, {w:.2}, {n:.2})");
        println!(
            "{x:>24} {y:>24}  pairs {:5}  reaching {:5}  best {}  p10 {}  p50 {}",
            pairs.len(),
            reaching,
            show(pairs[0]),
            show(at(0.1)),
            show(at(0.5)),
        );
    }
}
