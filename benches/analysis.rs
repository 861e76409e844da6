//! Criterion benchmarks of the report analysis on synthetic corpora of growing size.
//!
//! `cargo bench` runs all sizes; `cargo bench -- 'analyze/100$'` one of them. The 10,000-article
//! case takes minutes on two cores; the figures are recorded in BENCHMARKS.md.

use std::hint::black_box;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};

use newsdiff::report::{Format, render};
use newsdiff::synth::{big_article, corpus, corpus_bytes, one_story};

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn analyze(c: &mut Criterion) {
    let mut group = c.benchmark_group("analyze");
    for &n in &[3usize, 100, 1_000, 10_000] {
        let docs = corpus(n, 42);
        group.throughput(Throughput::Bytes(corpus_bytes(&docs) as u64));
        if n >= 1_000 {
            group.sample_size(10);
            group.measurement_time(Duration::from_secs(if n >= 10_000 { 120 } else { 20 }));
        }
        group.bench_with_input(BenchmarkId::from_parameter(n), &docs, |b, docs| {
            b.iter(|| newsdiff::analyze(black_box(docs.clone()), &[]))
        });
    }
    group.finish();
}

/// One story of 300 articles that all end with the same boilerplate sentence (issue 9): analysis,
/// then the JSON report, which used to grow with the square of the story.
fn big_story(c: &mut Criterion) {
    let docs = one_story(300, 42);
    let mut group = c.benchmark_group("one_story");
    group.sample_size(10);
    group.bench_function("analyze/300", |b| {
        b.iter(|| newsdiff::analyze(black_box(docs.clone()), &[]))
    });
    let analysis = newsdiff::analyze(docs, &[]);
    group.bench_function("render_json/300", |b| {
        b.iter(|| render(black_box(&analysis), Format::Json, false))
    });
    group.finish();
}

/// One article of 1 and 10 MB, all one paragraph, against one of usual length (issue 10): every
/// per-article stage and the story's alignment must grow linearly with its length. The 50 MB case
/// is run once with the binary (BENCHMARKS.md): criterion's samples would take many minutes.
fn big_article_bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("one_article");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(10));
    for &mb in &[1usize, 10] {
        let docs = big_article(mb << 20, 42);
        group.throughput(Throughput::Bytes(corpus_bytes(&docs) as u64));
        group.bench_with_input(BenchmarkId::from_parameter(format!("{mb}MB")), &docs, |b, docs| {
            b.iter(|| newsdiff::analyze(black_box(docs.clone()), &[]))
        });
    }
    group.finish();
}

fn report_json(c: &mut Criterion) {
    let docs = corpus(100, 42);
    let analysis = newsdiff::analyze(docs, &[]);
    c.bench_function("render_json/100", |b| {
        b.iter(|| render(black_box(&analysis), Format::Json, false))
    });
}

fn demo(c: &mut Criterion) {
    c.bench_function("demo_report_text", |b| {
        b.iter(|| {
            let loaded = newsdiff::load::load_demo();
            let analysis = newsdiff::analyze(loaded.documents, &loaded.story_titles);
            render(&analysis, Format::Text, false)
        })
    });
}

criterion_group!(benches, analyze, big_story, big_article_bench, report_json, demo);
criterion_main!(benches);
