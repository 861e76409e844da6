//! The workers' news applied to the reader's state (`tui::update::news`), without a terminal or
//! threads: each piece of news changes the state as the event loop would see it.

use newsdiff::analysis::Analysis;
use newsdiff::findings::story_findings;
use newsdiff::load::{LoadError, LoadOptions, Warning};
use newsdiff::tui::app::{App, Opening};
use newsdiff::tui::background::{Corpus, Update};
use newsdiff::tui::detail::HELD;
use newsdiff::tui::update::news::{self, Progress, Receipt};

#[path = "support/keys.rs"]
mod keys;
#[path = "support/listed.rs"]
mod listed;

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
fn a_fetch_note_then_every_story_listed_then_the_one_shown_analysed() {
    let mut app = opening_app();
    let note = Update::Progress("fetched 1/3 https://example.org/a".into());
    assert!(matches!(news::opening(&mut app, note), Receipt::Applied));
    assert_eq!(
        app.opening.as_ref().map(|o| o.note.as_str()),
        Some("fetched 1/3 https://example.org/a")
    );

    let mut corpus = listed::prepared(24, 5);
    let heads = listed::heads(&corpus);
    assert!(matches!(
        news::opening(&mut app, Update::Heads(Box::new(heads))),
        Receipt::Opened
    ));
    assert!(
        app.opening.is_none() && !app.waiting(),
        "the listing replaces the progress screen"
    );
    assert_eq!(app.analysis.stories.len(), corpus.len());
    assert!(!app.story_ready());
    assert_eq!(app.detail.take_wanted(), vec![0, 1], "the story shown, then the next");

    assert!(matches!(
        news::opening(&mut app, Update::Story(0, Box::new(listed::ready(&mut corpus, 0)))),
        Receipt::Applied
    ));
    assert!(app.story_ready());
    let story = &app.analysis.stories[0];
    assert_eq!(app.findings.len(), story_findings(&app.analysis, story).len());
    assert!(
        story
            .articles
            .iter()
            .all(|&a| !app.analysis.articles[a].text.is_empty())
    );
    // Another story's analysis sent under this index (a corpus that changed since) is left.
    let other = listed::ready(&mut corpus, 2);
    news::opening(&mut app, Update::Story(1, Box::new(other)));
    assert!(app.analysis.stories[1].alignment.is_empty());
}

#[test]
fn stories_left_long_ago_go_back_to_their_listing() {
    let mut corpus = listed::prepared(200, 9);
    assert!(corpus.len() > HELD + 3, "the corpus should make enough stories");
    let mut app = opening_app();
    news::opening(&mut app, Update::Heads(Box::new(listed::heads(&corpus))));
    for k in 0..corpus.len() {
        app.select_story(k);
        for wanted in app.detail.take_wanted() {
            news::opening(
                &mut app,
                Update::Story(wanted, Box::new(listed::ready(&mut corpus, wanted))),
            );
        }
        assert!(app.story_ready());
    }
    let held: Vec<usize> = (0..corpus.len()).filter(|&k| app.detail.holds(k)).collect();
    assert!(held.len() <= HELD, "{held:?}");
    assert!(held.contains(&(corpus.len() - 1)));
    let first = &app.analysis.stories[0];
    assert!(first.alignment.is_empty() && first.claims.is_empty());
    assert!(first.articles.iter().all(|&a| app.analysis.articles[a].text.is_empty()));
    assert!(
        first
            .articles
            .iter()
            .all(|&a| !app.analysis.articles[a].outlet.is_empty())
    );
    // Going back asks again.
    app.select_story(0);
    assert!(!app.story_ready());
    assert_eq!(app.detail.take_wanted(), vec![0, 1]);
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
    // Lost once the stories are listed: the story shown says it will not come.
    let corpus = listed::prepared(24, 5);
    let mut app = opening_app();
    news::opening(&mut app, Update::Heads(Box::new(listed::heads(&corpus))));
    news::opening_lost(&mut app);
    keys::press(&mut app, "}");
    let shown = keys::screen(&app);
    assert!(shown.contains("not analysed: the analysis stopped"), "{shown}");
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
