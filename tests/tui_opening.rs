//! The reader while it opens, on a TestBackend: the progress screen as files are read, then the
//! sidebar filling as stories are finished, keys acting once there is a story to read.

use std::ops::ControlFlow;

use newsdiff::analysis::{Analysis, Story, analyze_each};
use newsdiff::article::Article;
use newsdiff::tui::app::{App, Mode, Opening};
use newsdiff::tui::{Action, update};

#[path = "support/keys.rs"]
mod keys;
use keys::{press, screen};

fn opening_app(width: u16, height: u16, opening: Opening) -> App {
    let empty = Analysis {
        articles: Vec::new(),
        stories: Vec::new(),
    };
    let mut app = App::new(empty, (width, height), true);
    app.opening = Some(opening);
    app
}

/// Halfway through reading a big folder.
fn reading() -> Opening {
    Opening {
        files: 4_210,
        read: 4_180,
        elapsed_tenths: 7,
        ..Opening::default()
    }
}

/// Every story of a small synthetic corpus, each with copies of its articles, in the order the
/// analysis finishes them.
fn stories_as_finished() -> Vec<(Story, Vec<Article>)> {
    let mut out = Vec::new();
    analyze_each(newsdiff::synth::corpus(24, 7), &[], |articles, story| {
        let copies = story.articles.iter().map(|&a| articles[a].clone()).collect();
        out.push((story, copies));
        ControlFlow::Continue(())
    });
    out
}

/// A reader that has read 24 articles and been given the first `n` finished stories.
fn partly_analysed(n: usize) -> App {
    let mut app = opening_app(
        120,
        30,
        Opening {
            files: 24,
            read: 24,
            total: Some(24),
            cleaned: 24,
            grouped: true,
            elapsed_tenths: 37,
            ..Opening::default()
        },
    );
    for (story, articles) in stories_as_finished().into_iter().take(n) {
        app.add_story(story, articles);
    }
    app
}

#[test]
fn progress_screen_while_reading_80x24() {
    let app = opening_app(80, 24, reading());
    insta::assert_snapshot!(screen(&app));
}

#[test]
fn progress_screen_while_grouping_80x24() {
    let opening = Opening {
        files: 10_000,
        read: 10_000,
        total: Some(10_000),
        cleaned: 10_000,
        elapsed_tenths: 52,
        ..Opening::default()
    };
    insta::assert_snapshot!(screen(&opening_app(80, 24, opening)));
}

#[test]
fn progress_screen_while_cleaning_80x24() {
    let opening = Opening {
        files: 10_000,
        read: 10_000,
        total: Some(10_000),
        cleaned: 6_500,
        elapsed_tenths: 31,
        ..Opening::default()
    };
    let s = screen(&opening_app(80, 24, opening));
    assert!(
        s.contains("cleaning the articles: 6500 of 10000") && s.contains("cleaning 65%"),
        "{s}"
    );
    insta::assert_snapshot!(s);
}

#[test]
fn a_fetch_note_shows_while_reading() {
    let opening = Opening {
        note: "fetched 2/5 https://example.org/a".into(),
        ..reading()
    };
    assert!(screen(&opening_app(80, 24, opening)).contains("fetched 2/5 https://example.org/a"));
}

#[test]
fn only_quit_help_and_resize_act_until_a_story_is_ready() {
    let mut app = opening_app(60, 20, reading());
    press(&mut app, "jknNvpa/e]}s");
    assert_eq!(app.mode, Mode::Normal);
    assert!(!app.quit);
    press(&mut app, "?");
    assert_eq!(app.mode, Mode::Help);
    assert!(screen(&app).contains("Keys"));
    press(&mut app, "?");
    update(&mut app, Action::Resize(30, 8));
    assert!(screen(&app).contains("opening"));
    press(&mut app, "q");
    assert!(app.quit);
}

#[test]
fn sidebar_partly_filled_while_the_analysis_runs_120x30() {
    let app = partly_analysed(2);
    assert_eq!(app.story, 0);
    insta::assert_snapshot!(screen(&app));
}

#[test]
fn finished_stories_can_be_read_while_the_rest_is_analysed() {
    let mut app = partly_analysed(2);
    let first = app.analysis.stories[0].id.clone();
    // The story shown stays put as more come in.
    let rest = stories_as_finished();
    let total = rest.len();
    for (story, articles) in rest.into_iter().skip(2).take(1) {
        app.add_story(story, articles);
    }
    assert_eq!(app.current_story().map(|s| s.id.clone()), Some(first));
    press(&mut app, "}");
    assert_eq!(app.story, 1);
    press(&mut app, "j");
    let shown = screen(&app);
    assert!(shown.contains("analysing: 3 stories"), "{shown}");
    // Adding inputs waits for the whole analysis.
    press(&mut app, "a");
    assert_eq!(app.mode, Mode::Normal);
    assert!(app.status.contains("once every story is analysed"));
    app.finish_opening(Vec::new());
    assert!(app.opening.is_none());
    assert!(!screen(&app).contains("analysing:"));
    assert!(total > 3, "the corpus should make more than three stories");
}

#[test]
fn tiny_sizes_do_not_panic() {
    for mut app in [opening_app(10, 3, reading()), partly_analysed(1)] {
        for (w, h) in [(10, 3), (1, 1), (20, 4), (40, 8), (200, 60)] {
            update(&mut app, Action::Resize(w, h));
            let _ = screen(&app);
        }
    }
}
