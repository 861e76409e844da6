//! Group a folder's articles into stories and print the story sizes, without the per-story
//! analysis: `cargo run --release --example stories -- DIR [TRUTH.tsv]` (how story grouping
//! behaves on a large corpus, issue 9). With a truth file (file name, tab, story; as
//! `benches/news_corpus.py` writes), also the B-cubed precision and recall of the grouping.

use std::path::PathBuf;

use rayon::prelude::*;
use std::time::Instant;

fn main() {
    let dir = PathBuf::from(std::env::args().nth(1).unwrap_or_else(|| ".".into()));
    let truth_file = std::env::args().nth(2);
    let start = Instant::now();
    let loaded = match newsdiff::load::load_paths(&[dir]) {
        Ok(l) => l,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(2);
        }
    };
    let articles: Vec<newsdiff::Article> = loaded
        .documents
        .into_par_iter()
        .map(newsdiff::Article::from_document)
        .collect();
    let features = newsdiff::features::Features::compute(&articles);
    let loaded_at = start.elapsed();
    let groups = newsdiff::analysis::group_only(&articles, &features);
    let mut sizes: Vec<usize> = groups.iter().map(Vec::len).collect();
    sizes.sort_unstable_by(|a, b| b.cmp(a));
    println!(
        "articles={} stories={} largest={:?} read+features={:.1}s grouping={:.1}s",
        articles.len(),
        groups.len(),
        &sizes[..sizes.len().min(10)],
        loaded_at.as_secs_f64(),
        (start.elapsed() - loaded_at).as_secs_f64()
    );
    let mut histogram = std::collections::BTreeMap::new();
    for s in &sizes {
        *histogram.entry(*s).or_insert(0usize) += 1;
    }
    println!("size histogram (size: stories): {histogram:?}");
    if let Some(path) = truth_file {
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        let truth: std::collections::HashMap<&str, &str> = text
            .lines()
            .filter_map(|l| l.split_once('\t'))
            .map(|(f, s)| (f.trim_end_matches(".txt"), s))
            .collect();
        let story_of: Vec<Option<&str>> = articles.iter().map(|a| truth.get(a.id.as_str()).copied()).collect();
        let (p, r) = bcubed(&groups, &story_of);
        println!("B-cubed precision={p:.3} recall={r:.3}");
    }
}

/// B-cubed precision and recall of `groups` against each article's true story.
fn bcubed(groups: &[Vec<usize>], story_of: &[Option<&str>]) -> (f64, f64) {
    let mut true_size: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for s in story_of.iter().flatten() {
        *true_size.entry(s).or_default() += 1;
    }
    let (mut p, mut r, mut n) = (0.0f64, 0.0f64, 0.0f64);
    for g in groups {
        let mut in_group: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
        for &a in g {
            if let Some(s) = story_of[a] {
                *in_group.entry(s).or_default() += 1;
            }
        }
        for &a in g {
            let Some(s) = story_of[a] else { continue };
            let same = in_group[s] as f64;
            p += same / g.len() as f64;
            r += same / true_size[s] as f64;
            n += 1.0;
        }
    }
    (p / n.max(1.0), r / n.max(1.0))
}
