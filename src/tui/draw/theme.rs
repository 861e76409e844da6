//! Styles for every role on screen, with and without colour: without colour (NO_COLOR, or a
//! terminal that shows none) bold, underline, reverse and gutter marks still tell the roles apart.

use ratatui::style::{Color, Modifier, Style};

use crate::findings::FindingKind;

/// The reader's styles.
#[derive(Debug, Clone, Copy)]
pub struct Theme {
    /// Whether colours may be used (only the 16 basic ones are).
    pub color: bool,
}

impl Theme {
    /// A highlighted passage of a finding of `kind`.
    pub fn highlight(&self, kind: FindingKind) -> Style {
        let s = Style::default();
        match (kind, self.color) {
            (FindingKind::Conflict, true) => s.fg(Color::White).bg(Color::Red).add_modifier(Modifier::BOLD),
            (FindingKind::Conflict, false) => s.add_modifier(Modifier::BOLD | Modifier::REVERSED),
            (FindingKind::Differs, true) => s.fg(Color::Yellow).add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            (FindingKind::Differs, false) => s.add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            (FindingKind::Expected | FindingKind::Updated, true) => {
                s.fg(Color::Magenta).add_modifier(Modifier::UNDERLINED)
            }
            (FindingKind::Expected | FindingKind::Updated, false) => {
                s.add_modifier(Modifier::UNDERLINED | Modifier::ITALIC)
            }
            (FindingKind::SharedQuote, true) => s.fg(Color::Cyan),
            (FindingKind::SharedQuote, false) => s.add_modifier(Modifier::UNDERLINED),
            (FindingKind::Agrees, true) => s.fg(Color::Green),
            (FindingKind::Agrees, false) => s.add_modifier(Modifier::DIM),
        }
    }

    /// Added on top of a highlight when its finding is selected.
    pub fn selected(&self) -> Style {
        let s = Style::default().add_modifier(Modifier::BOLD);
        if self.color {
            s.bg(Color::Blue).fg(Color::White)
        } else {
            s.add_modifier(Modifier::REVERSED | Modifier::UNDERLINED)
        }
    }

    /// A search match (`current`: the one last jumped to).
    pub fn search(&self, current: bool) -> Style {
        let s = if self.color {
            Style::default().fg(Color::Black).bg(Color::Yellow)
        } else {
            Style::default().add_modifier(Modifier::REVERSED)
        };
        if current {
            s.add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
        } else {
            s
        }
    }

    /// Label of a finding kind in lists.
    pub fn kind_label(&self, kind: FindingKind) -> Style {
        self.highlight(kind).add_modifier(Modifier::BOLD)
    }

    /// Pane and panel borders (`focused`: the focused pane).
    pub fn border(&self, focused: bool) -> Style {
        match (focused, self.color) {
            (true, true) => Style::default().fg(Color::Cyan).add_modifier(Modifier::BOLD),
            (true, false) => Style::default().add_modifier(Modifier::BOLD),
            (false, _) => Style::default(),
        }
    }

    /// Gutter mark of a sentence only this outlet reports.
    pub fn lone(&self) -> Style {
        if self.color {
            Style::default().fg(Color::Magenta)
        } else {
            Style::default().add_modifier(Modifier::BOLD)
        }
    }

    /// Secondary text.
    pub fn dim(&self) -> Style {
        Style::default().add_modifier(Modifier::DIM)
    }

    /// The selected row of a list.
    pub fn row_selected(&self) -> Style {
        Style::default().add_modifier(Modifier::REVERSED)
    }
}
