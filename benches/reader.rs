//! Criterion benchmarks of the reader: one frame of the demo at 200×60 with three panes, one of a
//! 55-outlet story (and its finding table), and the time from launch (load, analyse, lay out) to the first drawn frame.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

use newsdiff::tui::app::App;
use newsdiff::tui::{Action, update};

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn demo_app(width: u16, height: u16) -> App {
    let loaded = newsdiff::load::load_demo();
    App::new(
        newsdiff::analyze(loaded.documents, &loaded.story_titles),
        (width, height),
        true,
    )
}

fn frame(c: &mut Criterion) {
    let mut app = demo_app(200, 60);
    update(&mut app, Action::Next);
    assert_eq!(app.visible_panes(), 3);
    let mut terminal = Terminal::new(TestBackend::new(200, 60)).unwrap();
    c.bench_function("draw_frame_200x60_3_panes", |b| {
        b.iter(|| {
            // Alternate scroll positions so every frame really redraws.
            update(&mut app, Action::Scroll(1));
            terminal.draw(|f| f.render_widget(black_box(&app), f.area())).unwrap();
        })
    });
}

/// A story covered by 55 outlets (issue 9): one frame at 200×60, and one with the finding table open.
fn big_story_frame(c: &mut Criterion) {
    let analysis = newsdiff::analyze(newsdiff::synth::one_story(55, 42), &[]);
    let mut app = App::new(analysis, (200, 60), true);
    assert_eq!(app.story_articles().len(), 55);
    update(&mut app, Action::Next);
    let mut terminal = Terminal::new(TestBackend::new(200, 60)).unwrap();
    c.bench_function("draw_frame_200x60_55_articles", |b| {
        b.iter(|| {
            update(&mut app, Action::Scroll(1));
            terminal.draw(|f| f.render_widget(black_box(&app), f.area())).unwrap();
        })
    });
    // The finding with the most statements, in its table.
    let biggest = (0..app.findings.len()).max_by_key(|&i| app.findings[i].passages.len());
    app.selected = biggest;
    update(&mut app, Action::OpenTable);
    c.bench_function("draw_table_200x60_55_articles", |b| {
        b.iter(|| {
            update(&mut app, Action::Scroll(1));
            terminal.draw(|f| f.render_widget(black_box(&app), f.area())).unwrap();
        })
    });
}

fn first_frame(c: &mut Criterion) {
    c.bench_function("launch_to_first_frame_demo", |b| {
        b.iter(|| {
            let app = demo_app(200, 60);
            let mut terminal = Terminal::new(TestBackend::new(200, 60)).unwrap();
            terminal.draw(|f| f.render_widget(&app, f.area())).unwrap();
        })
    });
}

criterion_group!(benches, frame, big_story_frame, first_frame);
criterion_main!(benches);
