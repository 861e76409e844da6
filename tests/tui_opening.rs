//! The reader while it opens, on a TestBackend: the progress screen as files are read, then every
//! story listed once the articles are grouped, each story analysed when it is shown, keys acting
//! meanwhile.

use newsdiff::analysis::{Analysis, Prepared};
use newsdiff::tui::app::{App, Mode, Opening};
use newsdiff::tui::{Action, update};

#[path = "support/keys.rs"]
mod keys;
use keys::{press, screen};
#[path = "support/listed.rs"]
mod listed;

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

/// A reader that has read 24 articles and been given their stories' listing: none analysed.
fn listed_app() -> (App, Prepared) {
    let corpus = listed::prepared(24, 7);
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
    app.take_heads(listed::heads(&corpus).stories, listed::heads(&corpus).articles);
    (app, corpus)
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
fn every_story_listed_the_shown_one_analysing_120x30() {
    let (app, _) = listed_app();
    assert_eq!(app.story, 0);
    let shown = screen(&app);
    assert!(shown.contains("analysing this story…") && shown.contains("Analysing this story…"));
    insta::assert_snapshot!(shown);
}

#[test]
fn the_story_shown_comes_in_and_keys_act_meanwhile() {
    let (mut app, mut corpus) = listed_app();
    // Keys act on a story still being analysed, without panicking; it is not exported yet.
    assert_eq!(update(&mut app, Action::Export), None);
    assert!(app.status.contains("still being analysed"));
    press(&mut app, "jknNv<Esc>/x<Enter><Esc>]}");
    assert_eq!(app.story, 1);
    assert_eq!(app.detail.take_wanted(), vec![1, 2, 0]);
    let ready = listed::ready(&mut corpus, 1);
    app.take_story(1, ready.story, ready.articles);
    press(&mut app, "j");
    let shown = screen(&app);
    assert!(!shown.contains("nalysing this story"), "{shown}");
    assert!(app.story_ready());
    // Adding inputs is open once the stories are listed.
    press(&mut app, "a");
    assert_eq!(app.mode, Mode::Add);
}

#[test]
fn tiny_sizes_do_not_panic() {
    for mut app in [opening_app(10, 3, reading()), listed_app().0] {
        for (w, h) in [(10, 3), (1, 1), (20, 4), (40, 8), (200, 60)] {
            update(&mut app, Action::Resize(w, h));
            let _ = screen(&app);
        }
    }
}
