//! Drawing: `impl Widget for &App`. Reads state only; analysis and I/O never happen here.

mod chrome;
mod opening;
mod pane;
mod picker;
mod table;
mod theme;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::app::{App, Mode};
use super::layout::{self, MIN_SIZE};

pub use theme::Theme;

impl Widget for &App {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let theme = Theme { color: self.color };
        // Lay out the area actually given (the frame's), never the size of the last Resize event
        // handled: the terminal may have shrunk since, and the buffer with it.
        let area = area.intersection(*buf.area());
        let Some(areas) = layout::compute(area, self.story_articles().len()) else {
            let msg = format!(
                "newsdiff: terminal too small (need {}×{}); q quits",
                MIN_SIZE.0, MIN_SIZE.1
            );
            Paragraph::new(msg).wrap(Wrap { trim: true }).render(area, buf);
            return;
        };
        if let Some(opening) = self.opening.as_ref().filter(|_| self.waiting()) {
            opening::render(opening, &theme, area, buf);
            if self.mode == Mode::Help {
                chrome::help(self, &theme, area, buf);
            }
            return;
        }
        if self.analysis.stories.is_empty() {
            Paragraph::new("No stories to show.").render(area, buf);
            return;
        }
        if let Some(side) = areas.sidebar {
            chrome::sidebar(self, &theme, side, buf);
        }
        if let Some(tabs) = areas.tabs {
            chrome::tabs(self, &theme, tabs, buf);
        }
        for (i, rect) in areas.panes.iter().enumerate() {
            pane::render(self, &theme, i, *rect, buf);
        }
        chrome::findings(self, &theme, areas.findings, buf);
        chrome::status(self, &theme, areas.status, buf);
        if self.mode == Mode::Table {
            let above_status = Rect {
                height: areas.status.y.saturating_sub(area.y),
                ..area
            };
            table::render(self, &theme, above_status, buf);
        }
        if self.mode == Mode::Picker {
            picker::render(self, &theme, area, buf);
        }
        if self.mode == Mode::StoryPicker {
            picker::render_stories(self, &theme, area, buf);
        }
        if self.mode == Mode::Help {
            chrome::help(self, &theme, area, buf);
        }
    }
}
