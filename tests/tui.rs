//! The reader on a TestBackend, driven by key sequences, at several sizes.

use newsdiff::tui::app::App;
use newsdiff::tui::background::{Added, Corpus, Update};
use newsdiff::tui::opening::{Heads, OpeningJob};
use newsdiff::tui::run::{perform, to_action};
use newsdiff::tui::update::news::{self, Receipt};
use newsdiff::tui::{Action, Effect, update};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::style::{Color, Modifier};

fn demo_app(width: u16, height: u16, color: bool) -> App {
    let loaded = newsdiff::load::load_demo();
    let analysis = newsdiff::analyze(loaded.documents, &loaded.story_titles);
    App::new(analysis, (width, height), color)
}

/// Feed keys: plain characters, or `<Tab>`, `<Enter>`, `<Esc>`, `<C-d>`, `<Down>`, `<BS>`.
fn press(app: &mut App, keys: &str) -> Vec<Effect> {
    let mut effects = Vec::new();
    let mut rest = keys;
    while let Some(c) = rest.chars().next() {
        let (code, mods, len) = if c == '<' && rest.contains('>') {
            let end = rest.find('>').unwrap();
            let name = rest.get(1..end).unwrap_or("");
            let key = match name {
                "Tab" => (KeyCode::Tab, KeyModifiers::NONE),
                "Enter" => (KeyCode::Enter, KeyModifiers::NONE),
                "Esc" => (KeyCode::Esc, KeyModifiers::NONE),
                "Down" => (KeyCode::Down, KeyModifiers::NONE),
                "BS" => (KeyCode::Backspace, KeyModifiers::NONE),
                "C-d" => (KeyCode::Char('d'), KeyModifiers::CONTROL),
                "C-u" => (KeyCode::Char('u'), KeyModifiers::CONTROL),
                other => panic!("unknown key {other}"),
            };
            (key.0, key.1, end + 1)
        } else {
            (KeyCode::Char(c), KeyModifiers::NONE, c.len_utf8())
        };
        rest = rest.get(len..).unwrap_or("");
        if let Some(action) = to_action(app, Event::Key(KeyEvent::new(code, mods))) {
            effects.extend(update(app, action));
        }
    }
    effects
}

fn draw(app: &App) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(app.size.0, app.size.1)).unwrap();
    terminal.draw(|f| f.render_widget(app, f.area())).unwrap();
    terminal
}

fn screen(app: &App) -> String {
    draw(app).backend().to_string()
}

#[test]
fn start_160x48() {
    let app = demo_app(160, 48, true);
    insta::assert_snapshot!(screen(&app));
}

#[test]
fn next_finding_scrolls_panes_to_it() {
    let mut app = demo_app(160, 48, true);
    // The return timing differs (first); the length is a prediction against an outcome (second).
    press(&mut app, "nn");
    assert_eq!(app.selected, Some(1));
    let s = screen(&app);
    assert!(
        s.contains("three-hour meeting"),
        "first outlet's statement is on screen"
    );
    assert!(s.contains("could last up to"), "second outlet's statement is on screen");
    assert!(s.contains("not in this outlet"), "the pane without a statement says so");
    insta::assert_snapshot!(s);
}

#[test]
fn selected_statement_is_highlighted() {
    let mut app = demo_app(160, 48, true);
    press(&mut app, "n");
    let terminal = draw(&app);
    let buf = terminal.backend().buffer();
    let styled = buf
        .content()
        .iter()
        .filter(|c| c.bg == Color::Blue && c.modifier.contains(Modifier::BOLD))
        .count();
    assert!(
        styled >= "three-hour meeting".len(),
        "selected passages drawn emphasized ({styled} cells)"
    );
}

#[test]
fn scrolling_with_sync_on_and_off() {
    let mut app = demo_app(160, 48, true);
    press(&mut app, "<C-d><C-d>");
    let synced: Vec<usize> = app.panes.iter().take(3).map(|p| p.scroll).collect();
    insta::assert_snapshot!("sync_on", screen(&app));
    let mut app2 = demo_app(160, 48, true);
    press(&mut app2, "s<C-d><C-d>");
    let unsynced: Vec<usize> = app2.panes.iter().take(3).map(|p| p.scroll).collect();
    assert_eq!(unsynced[1..], [0, 0], "with sync off the other panes stay put");
    assert_eq!(synced[0], unsynced[0]);
    insta::assert_snapshot!("sync_off", screen(&app2));
}

#[test]
fn search_highlights_and_moves_between_matches() {
    let mut app = demo_app(160, 48, true);
    press(&mut app, "/summit<Enter>");
    assert!(app.search.matches.len() > 3);
    assert_eq!(app.search.current, Some(0));
    press(&mut app, "n");
    assert_eq!(app.search.current, Some(1));
    insta::assert_snapshot!(screen(&app));
    press(&mut app, "<Esc>");
    assert!(app.search.matches.is_empty());
    assert!(!app.quit);
}

#[test]
fn help_lists_every_binding() {
    let mut app = demo_app(160, 48, true);
    press(&mut app, "?");
    let s = screen(&app);
    for (keys, what) in app.keymap.help_rows() {
        assert!(s.contains(keys) && s.contains(what), "help lacks {keys}");
    }
    press(&mut app, "?");
    assert!(!screen(&app).contains("show or hide this help"));
}

#[test]
fn narrow_terminal_uses_tabs() {
    let mut app = demo_app(80, 24, true);
    insta::assert_snapshot!("80x24", screen(&app));
    press(&mut app, "]");
    assert!(screen(&app).contains("2 003_"), "the next outlet is shown");
}

#[test]
fn small_and_tiny_terminals_do_not_panic() {
    let app = demo_app(40, 12, true);
    insta::assert_snapshot!("40x12", screen(&app));
    let mut app = demo_app(1, 1, true);
    press(&mut app, "njkG<C-d>/x<Enter>n[]?q");
    let _ = screen(&app);
    update(&mut app, Action::Resize(0, 0));
    press(&mut app, "jn");
    for (w, h) in [(2, 50), (300, 3), (24, 8), (99, 30), (100, 30)] {
        update(&mut app, Action::Resize(w, h));
        let _ = screen(&app);
    }
}

#[test]
fn every_key_in_every_mode_is_safe() {
    let mut app = demo_app(120, 30, true);
    let keys = "jkgGhl1234[]nNJK{}s/ab<Enter>nN<Esc>?<Esc><Tab><Down><C-d><C-u><Enter>yo";
    for _ in 0..3 {
        press(&mut app, keys);
        let _ = screen(&app);
    }
    update(&mut app, Action::Click { column: 5, row: 3 });
    update(&mut app, Action::Click { column: 60, row: 27 });
    update(
        &mut app,
        Action::Wheel {
            column: 60,
            row: 5,
            down: true,
        },
    );
    let _ = screen(&app);
}

#[test]
fn no_color_still_marks_highlights() {
    let mut app = demo_app(160, 48, false);
    press(&mut app, "n");
    let terminal = draw(&app);
    let buf = terminal.backend().buffer();
    assert!(
        buf.content()
            .iter()
            .all(|c| c.fg == Color::Reset && c.bg == Color::Reset),
        "no colour at all"
    );
    let marked = buf
        .content()
        .iter()
        .filter(|c| c.modifier.contains(Modifier::REVERSED | Modifier::BOLD))
        .count();
    assert!(marked > 10, "selected passages are reversed and bold");
    insta::assert_snapshot!(terminal.backend().to_string());
}

#[test]
fn hostile_article_shows_placeholders() {
    let body = "Harbour deal signed\n\nThe port \u{1b}]0;pwned\u{7} signed a deal \u{1b}[2J today \u{202e}reversed.";
    let doc = newsdiff::load::Document {
        source: "evil.txt".into(),
        stem: "evil".into(),
        body: body.into(),
        meta: Default::default(),
    };
    let analysis = newsdiff::analyze(vec![doc], &[]);
    let app = App::new(analysis, (100, 20), true);
    let terminal = draw(&app);
    let text = terminal.backend().to_string();
    assert!(text.contains("␛]0;pwned␇"), "{text}");
    assert!(text.contains("␛[2J"));
    for cell in terminal.backend().buffer().content() {
        assert!(
            !cell.symbol().chars().any(|c| c.is_control() || c == '\u{202e}'),
            "raw control char drawn"
        );
    }
}

#[test]
fn export_key_writes_a_new_file_each_time() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = demo_app(160, 48, true);
    let effects = press(&mut app, "e");
    assert_eq!(effects, vec![Effect::Export]);
    let first = perform(&app, Effect::Export, dir.path());
    let second = perform(&app, Effect::Export, dir.path());
    assert!(first.starts_with("exported to"), "{first}");
    let mut names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    assert_eq!(
        names,
        vec!["newsdiff-geneva-2021-2.md", "newsdiff-geneva-2021.md"],
        "{second}"
    );
    let text = std::fs::read_to_string(dir.path().join("newsdiff-geneva-2021.md")).unwrap();
    assert!(text.contains("three-hour meeting") && text.contains("could last up to five hours"));
}

#[test]
fn copy_needs_a_selection() {
    let mut app = demo_app(160, 48, true);
    assert!(press(&mut app, "y").is_empty());
    assert!(app.status.contains("select a finding"));
    let effects = press(&mut app, "ny");
    let [Effect::Copy(text)] = effects.as_slice() else {
        panic!("{effects:?}")
    };
    assert!(text.contains("length of meeting") || text.contains("meeting"));
}

#[test]
fn help_swallows_other_keys() {
    let mut app = demo_app(160, 48, true);
    press(&mut app, "?jjn]");
    assert_eq!(app.selected, None);
    assert_eq!(app.panes[0].scroll, 0);
    press(&mut app, "<Esc>");
    assert!(!app.quit, "Esc closes the help first");
}

#[test]
fn narrow_jump_shows_an_outlet_that_has_the_finding() {
    let mut app = demo_app(80, 24, true);
    press(&mut app, "]]"); // the third outlet, which lacks the first finding
    press(&mut app, "n");
    let shown = app.pane_article(0).unwrap();
    assert!(app.findings[0].passages.iter().any(|p| p.article == shown));
}

#[test]
fn clicks_on_borders_select_nothing() {
    let mut app = demo_app(160, 48, true);
    let areas = app.areas().unwrap();
    update(
        &mut app,
        Action::Click {
            column: 10,
            row: areas.findings.y,
        },
    );
    assert_eq!(app.selected, None);
    update(
        &mut app,
        Action::Click {
            column: 10,
            row: areas.findings.y + 1,
        },
    );
    assert_eq!(app.selected, Some(0));
}

#[test]
fn sync_brings_counterparts_level_on_aligned_coverage() {
    let loaded = newsdiff::load::load_paths(&["tests/fixtures/mixed".into()]).unwrap();
    let analysis = newsdiff::analyze(loaded.documents, &loaded.story_titles);
    let mut app = App::new(analysis, (150, 16), true);
    press(&mut app, "jjjj");
    let height = app.pane_text_size().1;
    let focus_view = app.pane_view(0).unwrap();
    let top = app.panes[0].scroll;
    let anchor = focus_view.sentence_at_line(top).unwrap();
    let story = app.current_story().unwrap();
    let focus_article = app.pane_article(0).unwrap();
    let alignment = story.alignment.iter().find(|a| a.article == focus_article).unwrap();
    // Every other pane whose article has a counterpart of a visible sentence shows it level with it.
    let mut levelled = 0;
    for pane in 1..app.visible_panes() {
        let article = app.pane_article(pane).unwrap();
        let view = app.pane_view(pane).unwrap();
        for s in anchor..focus_view.sentence_lines.len() {
            if let Some(m) = alignment.sentences[s]
                .matches
                .iter()
                .find(|m| m.article as usize == article)
            {
                // A sentence begun above the top edge counts as row 0 (its counterpart starts at the top).
                let row_here = (focus_view.sentence_lines[s] as isize - top as isize).max(0);
                let row_there = view.sentence_lines[m.sentence as usize] as isize - app.panes[pane].scroll as isize;
                if view.max_scroll(height) > app.panes[pane].scroll {
                    assert_eq!(row_here, row_there, "pane {pane}");
                    levelled += 1;
                }
                break;
            }
        }
    }
    assert!(levelled >= 1, "no pane was levelled");
}

#[test]
fn add_key_prompts_then_loads_in_the_background() {
    let mut app = demo_app(160, 48, true);
    assert!(press(&mut app, "ax<Esc>").is_empty());
    assert_eq!(app.mode, newsdiff::tui::app::Mode::Normal);
    // Keys that mean something else in normal mode ("q", "n", "?") are text in the prompt.
    assert!(press(&mut app, "atests/fixtures/mixedq?").is_empty());
    assert!(screen(&app).contains("add path or URL: tests/fixtures/mixedq?"));
    let effects = press(&mut app, "<BS><BS><Enter>");
    assert_eq!(effects, vec![Effect::Add("tests/fixtures/mixed".into())]);
    assert!(app.loading);
    assert!(press(&mut app, "a").is_empty());
    assert!(app.status.contains("still loading"));

    // What the event loop hands over when the worker is done: the grown corpus is loaded, then
    // listed, and the story with the first new article is shown.
    let stories_before = app.analysis.stories.len();
    let mut loaded = newsdiff::load::load_demo();
    let first_new = loaded.documents.len();
    loaded.documents.extend(
        newsdiff::load::load_paths(&["tests/fixtures/mixed".into()])
            .unwrap()
            .documents,
    );
    let grown = newsdiff::analysis::Prepared::new(loaded.documents, &loaded.story_titles, &Default::default());
    let (requests, _asked) = std::sync::mpsc::channel();
    let (_tx, updates) = std::sync::mpsc::channel();
    let done = Update::Done(Box::new(Added {
        stories: OpeningJob {
            updates,
            read: Default::default(),
            requests,
        },
        corpus: Corpus::new(&[], Vec::new(), Default::default()),
        first_new,
        message: "added 2 article(s) from tests/fixtures/mixed".into(),
    }));
    assert!(matches!(news::adding(&mut app, done), Receipt::Added(Some(_))));
    assert!(app.loading, "loading until the grown corpus is listed");
    news::opening(&mut app, Update::Heads(Box::new(Heads::of(&grown))));
    assert!(app.analysis.stories.len() > stories_before);
    assert!(app.story_articles().iter().any(|&a| a >= first_new));
    assert!(!app.loading && app.status.starts_with("added 2"));
    assert_eq!(app.detail.take_wanted().first(), Some(&app.story));
}
