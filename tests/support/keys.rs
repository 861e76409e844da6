//! Driving the reader in TestBackend tests: key sequences in, the screen as text out.

use newsdiff::tui::app::App;
use newsdiff::tui::run::to_action;
use newsdiff::tui::update;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

/// Feed keys: plain characters, or `<Enter>`, `<Esc>`, `<Down>`, `<Up>`, `<BS>`, `<Tab>`, `<C-d>`.
pub fn press(app: &mut App, keys: &str) {
    let mut rest = keys;
    while let Some(c) = rest.chars().next() {
        let (code, mods, len) = match rest.find('>').filter(|_| c == '<') {
            Some(end) => {
                let (code, mods) = match rest.get(1..end).unwrap_or("") {
                    "Enter" => (KeyCode::Enter, KeyModifiers::NONE),
                    "Esc" => (KeyCode::Esc, KeyModifiers::NONE),
                    "Down" => (KeyCode::Down, KeyModifiers::NONE),
                    "Up" => (KeyCode::Up, KeyModifiers::NONE),
                    "BS" => (KeyCode::Backspace, KeyModifiers::NONE),
                    "Tab" => (KeyCode::Tab, KeyModifiers::NONE),
                    "C-d" => (KeyCode::Char('d'), KeyModifiers::CONTROL),
                    other => panic!("unknown key {other}"),
                };
                (code, mods, end + 1)
            }
            None => (KeyCode::Char(c), KeyModifiers::NONE, c.len_utf8()),
        };
        rest = rest.get(len..).unwrap_or("");
        if let Some(action) = to_action(app, Event::Key(KeyEvent::new(code, mods))) {
            update(app, action);
        }
    }
}

/// The whole screen as drawn at the app's size.
pub fn screen(app: &App) -> String {
    let mut terminal = Terminal::new(TestBackend::new(app.size.0, app.size.1)).unwrap();
    terminal.draw(|f| f.render_widget(app, f.area())).unwrap();
    terminal.backend().to_string()
}
