//! Analyse a synthetic corpus of N articles and print time, corpus size and peak memory:
//! `cargo run --release --example scale -- 10000` (`SCALE_ONE_STORY=1`, `SCALE_JSON=1`,
//! `SCALE_JSONL=1`: see `main`).

use std::time::Instant;

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn peak_rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn main() {
    let n: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(1000);
    // `SCALE_ONE_STORY=1`: one story of n articles sharing a boilerplate sentence (issue 9).
    let one_story = std::env::var_os("SCALE_ONE_STORY").is_some();
    let docs = if one_story {
        newsdiff::synth::one_story(n, 42)
    } else {
        newsdiff::synth::corpus(n, 42)
    };
    let bytes = newsdiff::synth::corpus_bytes(&docs);
    let before = peak_rss_kib().unwrap_or(0);
    let start = Instant::now();
    // `SCALE_JSONL=1`: stream the JSONL report (as `report -f jsonl` does) and count its bytes.
    if std::env::var_os("SCALE_JSONL").is_some() {
        let mut bytes_out = 0usize;
        let options = newsdiff::report::json::JsonOptions::default();
        newsdiff::analysis::analyze_each_releasing(
            docs,
            &[],
            &Default::default(),
            // The JSONL report lists every sentence's counterparts.
            newsdiff::align::Depth::Counterparts,
            |articles, story| {
                bytes_out += newsdiff::report::json::story_line(articles, &story, options).len();
                std::ops::ControlFlow::Continue(())
            },
        );
        println!(
            "articles={n} corpus_mib={:.1} seconds={:.3} jsonl_mib={:.1} peak_rss_mib={:.1}",
            bytes as f64 / 1048576.0,
            start.elapsed().as_secs_f64(),
            bytes_out as f64 / 1048576.0,
            peak_rss_kib().unwrap_or(0) as f64 / 1024.0,
        );
        return;
    }
    let analysis = newsdiff::analyze(docs, &[]);
    let elapsed = start.elapsed();
    let shared: usize = analysis.stories.iter().map(|s| s.shared_quotes.len()).sum();
    let claims: usize = analysis.stories.iter().map(|s| s.claims.len()).sum();
    if std::env::var_os("SCALE_DETAIL").is_some() {
        let counterparts: usize = analysis
            .stories
            .iter()
            .flat_map(|s| &s.alignment)
            .flat_map(|a| &a.sentences)
            .map(|s| s.matches.len())
            .sum();
        let sentences: usize = analysis.articles.iter().map(|a| a.sentences.len()).sum();
        let article_claims: usize = analysis.articles.iter().map(|a| a.claims.len()).sum();
        let statements: usize = analysis
            .stories
            .iter()
            .flat_map(|s| &s.claims)
            .map(|f| f.statements.len())
            .sum();
        let truth = |a: usize| analysis.articles[a].id.split('-').next().unwrap_or("").to_string();
        let impure = analysis
            .stories
            .iter()
            .filter(|s| s.articles.iter().any(|&a| truth(a) != truth(s.articles[0])))
            .count();
        let mut true_stories: Vec<String> = analysis
            .articles
            .iter()
            .map(|a| a.id.split('-').next().unwrap_or("").to_string())
            .collect();
        true_stories.dedup();
        eprintln!("true_stories={} impure_stories={impure}", true_stories.len());
        eprintln!(
            "sentences={sentences} counterparts={counterparts} article_claims={article_claims} statements={statements}"
        );
    }
    // `SCALE_JSON=1`: also render the JSON report (time and peak then include it).
    let json_mib = std::env::var_os("SCALE_JSON")
        .map(|_| newsdiff::report::render(&analysis, newsdiff::report::Format::Json, false).len() as f64 / 1048576.0);
    let elapsed = if json_mib.is_some() { start.elapsed() } else { elapsed };
    if let Some(mib) = json_mib {
        println!("json_mib={mib:.1}");
    }
    println!(
        "articles={n} corpus_mib={:.1} seconds={:.3} stories={} shared_quotes={shared} claim_findings={claims} peak_rss_mib={:.1} rss_before_mib={:.1}",
        bytes as f64 / 1048576.0,
        elapsed.as_secs_f64(),
        analysis.stories.len(),
        peak_rss_kib().unwrap_or(0) as f64 / 1024.0,
        before as f64 / 1024.0,
    );
}
