//! Mouse actions: the wheel scrolls the pane or list under it, a click focuses a pane or selects
//! the finding, story or article row under it.

use ratatui::layout::Rect;

use super::super::app::App;
use super::super::panel::{FindingRow, SidebarRow, detail_lines, finding_rows, sidebar_rows};
use super::super::picker::matches;
use super::{jump_to_selected, scroll_focused, select_by};

/// Lines the mouse wheel scrolls per notch.
const WHEEL_LINES: isize = 3;

fn pane_at(app: &App, column: u16, row: u16) -> Option<usize> {
    let areas = app.areas()?;
    areas.panes.iter().position(|r| r.contains((column, row).into()))
}

pub(super) fn wheel(app: &mut App, column: u16, row: u16, down: bool) {
    let Some(areas) = app.areas() else { return };
    if let Some(pane) = pane_at(app, column, row) {
        app.focus = pane;
        scroll_focused(app, if down { WHEEL_LINES } else { -WHEEL_LINES });
    } else if areas.findings.contains((column, row).into()) {
        select_by(app, if down { 1 } else { -1 });
    }
}

pub(super) fn click(app: &mut App, column: u16, row: u16) {
    let Some(areas) = app.areas() else { return };
    if let Some(pane) = pane_at(app, column, row) {
        app.focus = pane;
    } else if let Some(inner) = inner_row(areas.findings, column, row) {
        let height = usize::from(areas.findings.height.saturating_sub(2));
        let width = usize::from(areas.findings.width.saturating_sub(2));
        let detail = app
            .selected
            .and_then(|s| app.findings.get(s))
            .map_or(0, |f| detail_lines(&f.detail, width).len());
        let rows = finding_rows(app.findings.len(), app.selected, detail, height);
        if let Some(FindingRow::Summary(i) | FindingRow::Detail(i, _)) = rows.get(inner).copied() {
            app.selected = Some(i);
            jump_to_selected(app);
        }
    } else if let Some((side, inner)) = areas.sidebar.and_then(|s| Some((s, inner_row(s, column, row)?))) {
        let height = usize::from(side.height.saturating_sub(2));
        let listed = matches(&app.analysis, app.story_articles(), &app.picker.query);
        let rows = sidebar_rows(
            app.analysis.stories.len(),
            app.story,
            &listed,
            app.panes.get(app.focus).map(|p| p.article),
            height,
        );
        match rows.get(inner).copied() {
            Some(SidebarRow::Story(s)) if s != app.story => app.select_story(s),
            Some(SidebarRow::Article(pos)) => {
                let focus = app.focus;
                app.panes[focus] = crate::tui::app::Pane {
                    article: pos,
                    scroll: 0,
                };
            }
            _ => {}
        }
    }
}

/// The row inside the borders of `rect` that (`column`, `row`) falls on, if it is inside them.
fn inner_row(rect: Rect, column: u16, row: u16) -> Option<usize> {
    let inner = Rect::new(
        rect.x + 1,
        rect.y + 1,
        rect.width.saturating_sub(2),
        rect.height.saturating_sub(2),
    );
    inner.contains((column, row).into()).then(|| usize::from(row - inner.y))
}
