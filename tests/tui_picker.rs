//! The article picker (`p`) on a TestBackend, driven by key sequences, at several sizes.

use newsdiff::tui::app::{App, Mode};
use newsdiff::tui::picker::matches;
use newsdiff::tui::{Action, update};

#[path = "support/keys.rs"]
mod keys;
use keys::{press, screen};

/// A reader on one synthetic story of `n` outlets ("Valley Post 3", "Harbor Times 7"…).
fn story_app(n: usize, width: u16, height: u16) -> App {
    let analysis = newsdiff::analyze(newsdiff::synth::one_story(n, 42), &[]);
    App::new(analysis, (width, height), true)
}

#[test]
fn picker_lists_the_story_120x30() {
    let mut app = story_app(12, 120, 30);
    press(&mut app, "p");
    assert_eq!(app.mode, Mode::Picker);
    insta::assert_snapshot!(screen(&app));
}

#[test]
fn typing_filters_80x24() {
    let mut app = story_app(12, 80, 24);
    press(&mut app, "pharbor");
    let found = matches(&app.analysis, app.story_articles(), &app.picker.query);
    assert!(!found.is_empty() && found.len() < 12, "{}", found.len());
    insta::assert_snapshot!(screen(&app));
    press(&mut app, "<BS><BS><BS><BS><BS><BS>");
    assert_eq!(
        matches(&app.analysis, app.story_articles(), &app.picker.query).len(),
        12
    );
}

#[test]
fn enter_fills_the_focused_pane_then_the_next() {
    let mut app = story_app(12, 200, 60);
    assert!(app.visible_panes() >= 2);
    press(&mut app, "p<Down><Down><Down><Enter>");
    assert_eq!(app.mode, Mode::Normal);
    assert_eq!(app.panes[0].article, 3);
    assert_eq!(app.focus, 1);
    press(&mut app, "p<Down><Down><Down><Down><Down><Up><Enter>");
    assert_eq!(app.panes[1].article, 4);
    // No match: nothing changes.
    press(&mut app, "pzzzzzz<Enter>");
    assert_eq!(app.panes[2].article, 2);
    assert!(app.status.contains("no article"));
}

#[test]
fn any_key_at_any_size_is_safe_in_the_picker() {
    let mut app = story_app(5, 10, 3);
    for (w, h) in [(10, 3), (1, 1), (0, 0), (24, 8), (40, 12), (200, 60)] {
        update(&mut app, Action::Resize(w, h));
        for keys in [
            "p",
            "abc<BS><Down><Down><Up>",
            "<Enter>",
            "p<Esc>",
            "pq<Enter>",
            "<Tab>p<Down><Enter>",
        ] {
            press(&mut app, keys);
            if w > 0 && h > 0 {
                let _ = screen(&app);
            }
        }
    }
}

#[test]
fn sidebar_scrolls_to_the_focused_article_and_follows_the_filter() {
    let mut app = story_app(55, 200, 60);
    app.panes[0].article = 50;
    let s = screen(&app);
    assert!(s.contains("Articles (55"), "the heading says the list scrolls");
    assert!(s.contains("•51 "), "the focused pane's article is listed");
    // A pick keeps the filter, and the sidebar lists only what it matches.
    press(&mut app, "pharbor<Enter>");
    insta::assert_snapshot!(screen(&app));
    assert!(screen(&app).contains("Articles “harbor”: 5 of 55"));
    // Esc in the picker drops the filter.
    press(&mut app, "p<Esc>");
    assert!(app.picker.query.is_empty());
}
