//! The progress screen the reader shows at launch while the analysis runs, on a TestBackend.

use newsdiff::analysis::Analysis;
use newsdiff::tui::app::{App, Mode, Opening};
use newsdiff::tui::{Action, update};

#[path = "support/keys.rs"]
mod keys;
use keys::{press, screen};

fn opening_app(width: u16, height: u16) -> App {
    let empty = Analysis {
        articles: Vec::new(),
        stories: Vec::new(),
    };
    let mut app = App::new(empty, (width, height), true);
    app.opening = Some(Opening {
        files: 10_000,
        articles: 2_500,
        stories: 410,
        elapsed_tenths: 37,
    });
    app
}

#[test]
fn progress_screen_80x24() {
    let app = opening_app(80, 24);
    insta::assert_snapshot!(screen(&app));
}

#[test]
fn only_quit_help_and_resize_act_while_opening() {
    let mut app = opening_app(60, 20);
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
fn tiny_sizes_do_not_panic() {
    let mut app = opening_app(10, 3);
    for (w, h) in [(10, 3), (1, 1), (20, 4), (40, 8), (200, 60)] {
        update(&mut app, Action::Resize(w, h));
        let _ = screen(&app);
    }
}
