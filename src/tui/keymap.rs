//! Key bindings as data: the defaults live here, the help overlay is generated from them.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::action::Action;

/// One binding: a key, what it does, and how the help names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Binding {
    /// The key code.
    pub code: KeyCode,
    /// Modifiers that must be held (Shift is ignored for characters, which carry their case).
    pub modifiers: KeyModifiers,
    /// The action it triggers.
    pub action: Action,
    /// The key as shown in the help ("j / ↓").
    pub label: &'static str,
    /// What the key does, for the help.
    pub help: &'static str,
}

/// The reader's key bindings.
#[derive(Debug, Clone)]
pub struct Keymap {
    /// Bindings, in the order the help lists them.
    pub bindings: Vec<Binding>,
}

fn bind(code: KeyCode, modifiers: KeyModifiers, action: Action, label: &'static str, help: &'static str) -> Binding {
    Binding {
        code,
        modifiers,
        action,
        label,
        help,
    }
}

impl Default for Keymap {
    fn default() -> Self {
        use Action::*;
        use KeyCode::{BackTab, Char, Down, End, Enter, Esc, Home, PageDown, PageUp, Tab, Up};
        let none = KeyModifiers::NONE;
        let ctrl = KeyModifiers::CONTROL;
        let bindings = vec![
            bind(Char('j'), none, Scroll(1), "j ↓", "scroll down"),
            bind(Down, none, Scroll(1), "", ""),
            bind(Char('k'), none, Scroll(-1), "k ↑", "scroll up"),
            bind(Up, none, Scroll(-1), "", ""),
            bind(Char('d'), ctrl, HalfPageDown, "Ctrl-d PgDn", "half a page down"),
            bind(PageDown, none, HalfPageDown, "", ""),
            bind(Char('u'), ctrl, HalfPageUp, "Ctrl-u PgUp", "half a page up"),
            bind(PageUp, none, HalfPageUp, "", ""),
            bind(Char('g'), none, Top, "g Home", "top of the article"),
            bind(Home, none, Top, "", ""),
            bind(Char('G'), none, Bottom, "G End", "bottom of the article"),
            bind(End, none, Bottom, "", ""),
            bind(Tab, none, FocusNext, "Tab l", "focus the next pane"),
            bind(Char('l'), none, FocusNext, "", ""),
            bind(BackTab, none, FocusPrev, "S-Tab h", "focus the previous pane"),
            bind(Char('h'), none, FocusPrev, "", ""),
            bind(Char('1'), none, FocusPane(0), "1-4", "focus pane 1 to 4"),
            bind(Char('2'), none, FocusPane(1), "", ""),
            bind(Char('3'), none, FocusPane(2), "", ""),
            bind(Char('4'), none, FocusPane(3), "", ""),
            bind(Char(']'), none, NextArticle, "]", "next article in this pane"),
            bind(Char('['), none, PrevArticle, "[", "previous article in this pane"),
            bind(Char('n'), none, Next, "n", "next finding (next match after a search)"),
            bind(Char('N'), none, Prev, "N", "previous finding (previous match)"),
            bind(Enter, none, Jump, "Enter", "jump to the selected finding"),
            bind(
                Char('J'),
                none,
                SelectDown,
                "J",
                "select the next finding without jumping",
            ),
            bind(
                Char('K'),
                none,
                SelectUp,
                "K",
                "select the previous finding without jumping",
            ),
            bind(Char('}'), none, NextStory, "}", "next story"),
            bind(Char('{'), none, PrevStory, "{", "previous story"),
            bind(Char('s'), none, ToggleSync, "s", "synchronized scrolling on/off"),
            bind(Char('/'), none, StartSearch, "/", "search the story's articles"),
            bind(Char('e'), none, Export, "e", "export highlighted passages (Markdown)"),
            bind(Char('y'), none, Copy, "y", "copy the selected finding's passages"),
            bind(Char('o'), none, OpenUrl, "o", "open the article's URL"),
            bind(
                Char('a'),
                none,
                StartAdd,
                "a",
                "add a path or URL (loads in the background)",
            ),
            bind(
                Char('v'),
                none,
                OpenTable,
                "v",
                "table of the finding: every outlet's statement",
            ),
            bind(
                Char('p'),
                none,
                OpenPicker,
                "p",
                "pick the focused pane's article (type to filter)",
            ),
            bind(Char('P'), none, OpenStoryPicker, "P", "pick a story (type to filter)"),
            bind(Char('?'), none, ToggleHelp, "?", "show or hide this help"),
            bind(Esc, none, Back, "Esc", "close help or search; quit"),
            bind(Char('q'), none, Quit, "q", "quit"),
            bind(Char('c'), ctrl, Quit, "Ctrl-c", "quit"),
        ];
        Keymap { bindings }
    }
}

impl Keymap {
    /// The action bound to `key` in normal mode.
    pub fn action(&self, key: KeyEvent) -> Option<Action> {
        // Terminals report Shift with upper-case letters and symbols inconsistently; the character
        // itself already says it, so only Control and Alt must match.
        let relevant = key.modifiers & (KeyModifiers::CONTROL | KeyModifiers::ALT);
        self.bindings
            .iter()
            .find(|b| b.code == key.code && b.modifiers == relevant)
            .map(|b| b.action.clone())
    }

    /// The action for `key` while a search is being typed.
    pub fn search_action(key: KeyEvent) -> Option<Action> {
        match key.code {
            KeyCode::Esc => Some(Action::SearchCancel),
            KeyCode::Enter => Some(Action::SearchSubmit),
            KeyCode::Backspace => Some(Action::SearchBackspace),
            KeyCode::Char('c') if key.modifiers.contains(KeyModifiers::CONTROL) => Some(Action::Quit),
            KeyCode::Char(c) if !key.modifiers.contains(KeyModifiers::CONTROL) => Some(Action::SearchChar(c)),
            _ => None,
        }
    }

    /// The action for `key` while a path or URL to add is being typed.
    pub fn add_action(key: KeyEvent) -> Option<Action> {
        match key.code {
            KeyCode::Esc => Some(Action::AddCancel),
            KeyCode::Enter => Some(Action::AddSubmit),
            KeyCode::Backspace => Some(Action::AddBackspace),
            KeyCode::Char('c') if key.modifiers.contains(KeyModifiers::CONTROL) => Some(Action::Quit),
            KeyCode::Char(c) if !key.modifiers.contains(KeyModifiers::CONTROL) => Some(Action::AddChar(c)),
            _ => None,
        }
    }

    /// The action for `key` while the finding table is open: the normal bindings for moving
    /// (j/k, arrows, pages, g/G), Enter and closing, and `s` cycles the sort.
    pub fn table_action(&self, key: KeyEvent) -> Option<Action> {
        if key.code == KeyCode::Char('s') && !key.modifiers.contains(KeyModifiers::CONTROL) {
            return Some(Action::CycleSort);
        }
        self.action(key).filter(|a| {
            matches!(
                a,
                Action::Scroll(_)
                    | Action::HalfPageDown
                    | Action::HalfPageUp
                    | Action::Top
                    | Action::Bottom
                    | Action::Jump
                    | Action::OpenTable
                    | Action::ToggleHelp
                    | Action::Back
                    | Action::Quit
            )
        })
    }

    /// The action for `key` while the article picker is open: characters filter, arrows move.
    pub fn picker_action(key: KeyEvent) -> Option<Action> {
        match key.code {
            KeyCode::Esc => Some(Action::Back),
            KeyCode::Enter => Some(Action::Jump),
            KeyCode::Backspace => Some(Action::PickerBackspace),
            KeyCode::Up => Some(Action::Scroll(-1)),
            KeyCode::Down => Some(Action::Scroll(1)),
            KeyCode::Char('c') if key.modifiers.contains(KeyModifiers::CONTROL) => Some(Action::Quit),
            KeyCode::Char(c) if !key.modifiers.contains(KeyModifiers::CONTROL) => Some(Action::PickerChar(c)),
            _ => None,
        }
    }

    /// Help rows: (keys, what they do), one per documented binding.
    pub fn help_rows(&self) -> Vec<(&'static str, &'static str)> {
        self.bindings
            .iter()
            .filter(|b| !b.help.is_empty())
            .map(|b| (b.label, b.help))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode, m: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, m)
    }

    #[test]
    fn lookups() {
        let k = Keymap::default();
        assert_eq!(
            k.action(key(KeyCode::Char('j'), KeyModifiers::NONE)),
            Some(Action::Scroll(1))
        );
        assert_eq!(
            k.action(key(KeyCode::Char('G'), KeyModifiers::SHIFT)),
            Some(Action::Bottom)
        );
        assert_eq!(
            k.action(key(KeyCode::Char('d'), KeyModifiers::CONTROL)),
            Some(Action::HalfPageDown)
        );
        assert_eq!(k.action(key(KeyCode::Char('d'), KeyModifiers::NONE)), None);
        assert_eq!(
            k.action(key(KeyCode::Char('c'), KeyModifiers::CONTROL)),
            Some(Action::Quit)
        );
        assert_eq!(
            Keymap::search_action(key(KeyCode::Char('x'), KeyModifiers::NONE)),
            Some(Action::SearchChar('x'))
        );
    }

    #[test]
    fn every_action_kind_is_documented_once() {
        let rows = Keymap::default().help_rows();
        assert!(rows.iter().any(|(k, _)| *k == "?"));
        let mut labels: Vec<&str> = rows.iter().map(|(k, _)| *k).collect();
        labels.dedup();
        assert_eq!(labels.len(), rows.len());
    }
}
