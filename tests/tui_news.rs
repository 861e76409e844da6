//! The workers' news applied to the reader's state (`tui::update::news`), without a terminal or
//! threads: each piece of news changes the state as the event loop would see it.

use std::ops::ControlFlow;

use newsdiff::analysis::{Analysis, analyze_each};
use newsdiff::load::{LoadError, LoadOptions, Warning};
use newsdiff::tui::app::{App, Opening};
use newsdiff::tui::background::{Corpus, Update};
use newsdiff::tui::opening::Ready;
use newsdiff::tui::update::news::{self, Progress, Receipt};

fn opening_app() -> App {
    let empty = Analysis {
        articles: Vec::new(),
        stories: Vec::new(),
    };
    let mut app = App::new(empty, (100, 30), true);
    app.opening = Some(Opening::default());
    app
}

fn corpus() -> Corpus {
    Corpus::new(&newsdiff::synth::corpus(6, 3), Vec::new(), LoadOptions::default())
}

fn first_story() -> Ready {
    let mut first = None;
    analyze_each(newsdiff::synth::corpus(12, 5), &[], |articles, story| {
        let copies = story.articles.iter().map(|&a| articles[a].clone()).collect();
        first = Some(Ready {
            story,
            articles: copies,
        });
        ControlFlow::Break(())
    });
    first.expect("the synthetic corpus makes a story")
}

#[test]
fn progress_counters_show_only_while_opening() {
    let mut app = opening_app();
    let p = Progress {
        elapsed_tenths: 12,
        files: 40,
        read: 38,
        cleaned: 10,
        grouped: false,
    };
    news::progress(&mut app, p);
    let o = app.opening.clone().expect("still opening");
    assert_eq!(
        (o.elapsed_tenths, o.files, o.read, o.cleaned, o.grouped),
        (12, 40, 38, 10, false)
    );
    app.opening = None;
    news::progress(&mut app, p);
    assert!(
        app.opening.is_none(),
        "progress after the opening does not bring the screen back"
    );
}

#[test]
fn inputs_read_give_the_total_and_hand_back_the_corpus_and_warnings() {
    let mut app = opening_app();
    let warnings = vec![Warning {
        source: "broken.html".into(),
        message: "not UTF-8".into(),
    }];
    let news = Update::Loaded {
        corpus: Box::new(corpus()),
        warnings,
    };
    match news::opening(&mut app, news) {
        Receipt::Read(read, warnings) => {
            assert_eq!(read.len(), 6);
            assert_eq!(warnings.len(), 1);
        }
        _ => panic!("reading the inputs is handed back to the event loop"),
    }
    assert_eq!(app.opening.as_ref().and_then(|o| o.total), Some(6));
    assert!(app.status.contains("1 input(s) skipped"), "{}", app.status);
}

#[test]
fn a_fetch_note_a_story_and_the_end_of_the_opening() {
    let mut app = opening_app();
    let note = Update::Progress("fetched 1/3 https://example.org/a".into());
    assert!(matches!(news::opening(&mut app, note), Receipt::Applied));
    assert_eq!(
        app.opening.as_ref().map(|o| o.note.as_str()),
        Some("fetched 1/3 https://example.org/a")
    );

    let ready = first_story();
    let size = ready.story.articles.len();
    assert!(matches!(
        news::opening(&mut app, Update::Story(Box::new(ready))),
        Receipt::Applied
    ));
    assert_eq!(app.analysis.stories.len(), 1);
    assert_eq!(app.opening.as_ref().map(|o| (o.stories, o.articles)), Some((1, size)));
    assert!(!app.waiting(), "the first story replaces the progress screen");

    assert!(matches!(
        news::opening(&mut app, Update::Opened(Vec::new())),
        Receipt::Opened
    ));
    assert!(app.opening.is_none());
}

#[test]
fn nothing_to_read_is_a_failure_for_the_event_loop() {
    let mut app = opening_app();
    let news = Update::LoadFailed(LoadError::Missing("nowhere".into()));
    assert!(matches!(
        news::opening(&mut app, news),
        Receipt::Failed(LoadError::Missing(_))
    ));
}

#[test]
fn a_lost_opening_worker_is_said_and_the_reader_shows_what_it_has() {
    let mut app = opening_app();
    news::opening_lost(&mut app);
    assert!(app.opening.is_none());
    assert!(app.status.contains("stopped unexpectedly"));
}

#[test]
fn adding_reports_progress_then_failure_or_loss_and_stops_loading() {
    let mut app = opening_app();
    app.opening = None;
    app.loading = true;
    let step = Update::Progress("fetching https://example.org/b".into());
    assert!(matches!(news::adding(&mut app, step), Receipt::Applied));
    assert_eq!(app.status, "fetching https://example.org/b");
    assert!(app.loading);
    let failed = Update::Failed("no article in https://example.org/b".into());
    assert!(matches!(news::adding(&mut app, failed), Receipt::Added(None)));
    assert!(!app.loading);
    assert_eq!(app.status, "no article in https://example.org/b");

    app.loading = true;
    news::adding_lost(&mut app);
    assert!(!app.loading);
    assert!(app.status.contains("stopped unexpectedly"));
}
