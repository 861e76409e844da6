//! Criterion benchmarks of the reader: one frame of the demo at 200×60 with three panes, and the
//! time from launch (load, analyse, lay out) to the first drawn frame.

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

fn first_frame(c: &mut Criterion) {
    c.bench_function("launch_to_first_frame_demo", |b| {
        b.iter(|| {
            let app = demo_app(200, 60);
            let mut terminal = Terminal::new(TestBackend::new(200, 60)).unwrap();
            terminal.draw(|f| f.render_widget(&app, f.area())).unwrap();
        })
    });
}

criterion_group!(benches, frame, first_frame);
criterion_main!(benches);
