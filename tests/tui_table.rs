//! The finding table (`v`) on a TestBackend, driven by key sequences, at several sizes.

use newsdiff::findings::{Finding, FindingKind, Passage};
use newsdiff::report::DiffPiece;
use newsdiff::tui::app::{App, Mode};
use newsdiff::tui::table::{TableSort, rows};
use newsdiff::tui::{Action, update};

#[path = "support/keys.rs"]
mod keys;
use keys::{press, screen};

fn demo_app(width: u16, height: u16) -> App {
    let loaded = newsdiff::load::load_demo();
    let analysis = newsdiff::analyze(loaded.documents, &loaded.story_titles);
    App::new(analysis, (width, height), true)
}

#[test]
fn table_of_a_claim_160x48() {
    let mut app = demo_app(160, 48);
    press(&mut app, "nv");
    assert_eq!(app.mode, Mode::Table);
    insta::assert_snapshot!(screen(&app));
}

#[test]
fn table_sorted_by_outlet_100x30() {
    let mut app = demo_app(100, 30);
    press(&mut app, "nvs");
    assert_eq!(app.table.sort, TableSort::Outlet);
    insta::assert_snapshot!(screen(&app));
    press(&mut app, "ss");
    assert_eq!(app.table.sort, TableSort::Value);
}

#[test]
fn table_of_a_shared_quote_shows_each_wording() {
    let mut app = demo_app(120, 30);
    // The demo's outlets print no altered quote: build one from two of its articles' first sentences.
    let story = app.story_articles().to_vec();
    let passage = |article: usize, note: &str, diff: Option<Vec<DiffPiece>>| Passage {
        article,
        span: app.analysis.articles[article].sentences[0].span,
        sentence: Some(0),
        note: note.into(),
        diff,
    };
    let altered = vec![
        DiffPiece {
            op: "equal",
            text: "Our port ".into(),
        },
        DiffPiece {
            op: "delete",
            text: "cannot".into(),
        },
        DiffPiece {
            op: "insert",
            text: "will not".into(),
        },
        DiffPiece {
            op: "equal",
            text: " survive".into(),
        },
    ];
    let finding = Finding {
        kind: FindingKind::SharedQuote,
        title: "Our port cannot survive".into(),
        summary: String::new(),
        detail: String::new(),
        passages: vec![
            passage(story[0], "same wording", None),
            passage(story[1], "altered wording", Some(altered)),
        ],
    };
    app.findings.push(finding);
    app.selected = Some(app.findings.len() - 1);
    press(&mut app, "v");
    let table = rows(&app.analysis, &app.findings[app.table.finding], app.table.sort);
    assert_eq!(table.len(), 2);
    assert!(
        table
            .iter()
            .any(|r| r.sentence == "Our port [-cannot-]{+will not+} survive")
    );
    insta::assert_snapshot!(screen(&app));
}

#[test]
fn enter_shows_the_row_in_the_focused_pane() {
    let mut app = demo_app(160, 48);
    press(&mut app, "nv");
    let finding = app.table.finding;
    press(&mut app, "G");
    let table = rows(&app.analysis, &app.findings[finding], app.table.sort);
    let last = table.last().unwrap();
    let article = app.findings[finding].passages[last.passage].article;
    press(&mut app, "<Enter>");
    assert_eq!(app.mode, Mode::Normal);
    assert_eq!(app.pane_article(app.focus), Some(article));
    // Esc closes without moving anything.
    press(&mut app, "v<Esc>");
    assert_eq!(app.mode, Mode::Normal);
}

#[test]
fn no_finding_selected_keeps_the_table_closed() {
    let mut app = demo_app(120, 30);
    press(&mut app, "v");
    assert_eq!(app.mode, Mode::Normal);
    assert!(app.status.contains("select a finding"));
}

#[test]
fn any_key_at_any_size_is_safe_in_the_table() {
    let mut app = demo_app(10, 3);
    for (w, h) in [(10, 3), (1, 1), (0, 0), (24, 8), (40, 12), (200, 60)] {
        update(&mut app, Action::Resize(w, h));
        for keys in [
            "nv",
            "jjjjjjjjjjjjjjjj",
            "G<C-d>kgs",
            "sss<Down>",
            "?<Esc>v",
            "<Enter>v<Esc>",
            "Nv<Enter>",
        ] {
            press(&mut app, keys);
            if w > 0 && h > 0 {
                let _ = screen(&app);
            }
        }
    }
}
