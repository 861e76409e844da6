//! The story picker (`P`) on a TestBackend, driven by key sequences, at several sizes.

use newsdiff::tui::app::{App, Mode};
use newsdiff::tui::picker::story_matches;
use newsdiff::tui::{Action, update};

#[path = "support/keys.rs"]
mod keys;
use keys::{press, screen};

/// A reader on a synthetic corpus of several stories.
fn corpus_app(width: u16, height: u16) -> App {
    let analysis = newsdiff::analyze(newsdiff::synth::corpus(80, 42), &[]);
    assert!(analysis.stories.len() >= 5, "{}", analysis.stories.len());
    App::new(analysis, (width, height), true)
}

#[test]
fn picker_lists_every_story_120x30() {
    let mut app = corpus_app(120, 30);
    press(&mut app, "P");
    assert_eq!(app.mode, Mode::StoryPicker);
    insta::assert_snapshot!(screen(&app));
}

#[test]
fn typing_filters_and_enter_opens_the_story_100x30() {
    let mut app = corpus_app(100, 30);
    let all = app.analysis.stories.len();
    // Filter on a word of the last story's title: that story is among the matches.
    let last = all - 1;
    let word: String = app.analysis.stories[last]
        .title
        .split_whitespace()
        .max_by_key(|w| w.len())
        .unwrap_or("")
        .to_lowercase();
    press(&mut app, &format!("P{word}"));
    let found = story_matches(&app.analysis, &app.story_picker.query);
    assert!(found.contains(&last) && found.len() < all, "{found:?}");
    insta::assert_snapshot!(screen(&app));
    let at = found.iter().position(|&s| s == last).unwrap_or(0);
    press(&mut app, &"<Down>".repeat(at));
    press(&mut app, "<Enter>");
    assert_eq!(app.mode, Mode::Normal);
    assert_eq!(app.story, last);
    assert!(
        app.status.starts_with(&format!("story {} of {all}", last + 1)),
        "{}",
        app.status
    );
    // The picker opens on the current story; Esc leaves it where it was.
    press(&mut app, "P");
    assert_eq!(app.story_picker.selected, last);
    press(&mut app, "<Up><Up><Esc>");
    assert_eq!((app.mode, app.story), (Mode::Normal, last));
}

#[test]
fn outlets_filter_stories_and_no_match_changes_nothing() {
    let mut app = corpus_app(100, 30);
    let outlet = app.analysis.articles[app.analysis.stories[2].articles[0]]
        .outlet
        .to_lowercase();
    let found = story_matches(&app.analysis, &outlet);
    assert!(found.contains(&2));
    let story = app.story;
    press(&mut app, "Pzzzzqqq<Enter>");
    assert_eq!(app.story, story);
    assert!(app.status.contains("no story"));
}

#[test]
fn any_key_at_any_size_is_safe_in_the_story_picker() {
    let mut app = corpus_app(10, 3);
    for (w, h) in [(10, 3), (1, 1), (0, 0), (24, 8), (40, 12), (200, 60)] {
        update(&mut app, Action::Resize(w, h));
        for keys in [
            "P",
            "abc<BS><Down><Down><Up>",
            "<Enter>",
            "P<Esc>",
            "Pq<Enter>",
            "P<Down>x<Enter>",
        ] {
            press(&mut app, keys);
            if w > 0 && h > 0 {
                let _ = screen(&app);
            }
        }
    }
}
