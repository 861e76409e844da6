//! What keys do while the finding table is open: move the selection, cycle the sort, show the
//! selected statement's article, close.

use super::super::action::Action;
use super::super::app::{App, Mode};
use super::super::sync::reveal;
use super::super::table::{TableState, rows};
use super::sync_others;

/// Open the selected finding's table.
pub(super) fn open(app: &mut App) {
    match app.selected.filter(|&i| i < app.findings.len()) {
        Some(finding) => {
            app.table = TableState {
                finding,
                ..TableState::default()
            };
            app.mode = Mode::Table;
        }
        None => app.status = "select a finding first (n)".into(),
    }
}

/// Handle `action` in table mode; false when the action is not the table's (it then acts as usual).
pub(super) fn handle(app: &mut App, action: &Action) -> bool {
    let count = app.findings.get(app.table.finding).map_or(0, |f| f.passages.len());
    let page = (app.size.1 as usize / 2).max(1) as isize;
    let mut move_by = |delta: isize| {
        let last = count.saturating_sub(1) as isize;
        app.table.selected = (app.table.selected as isize).saturating_add(delta).clamp(0, last) as usize;
    };
    match action {
        Action::Scroll(d) => move_by(*d),
        Action::HalfPageDown => move_by(page),
        Action::HalfPageUp => move_by(-page),
        Action::Top => move_by(isize::MIN / 2),
        Action::Bottom => move_by(isize::MAX / 2),
        Action::CycleSort => {
            app.table.sort = app.table.sort.next();
            app.table.selected = 0;
        }
        Action::Back | Action::OpenTable => app.mode = Mode::Normal,
        Action::Jump => show_selected(app),
        _ => return false,
    }
    true
}

/// Show the selected row's article in the focused pane, at its sentence, and close the table.
fn show_selected(app: &mut App) {
    app.mode = Mode::Normal;
    let Some(finding) = app.findings.get(app.table.finding) else {
        return;
    };
    let table = rows(&app.analysis, finding, app.table.sort);
    let Some(row) = table.get(app.table.selected) else {
        return;
    };
    let Some(passage) = finding.passages.get(row.passage) else {
        return;
    };
    let (article, span) = (passage.article, passage.span);
    let Some(pos) = app.story_articles().iter().position(|&a| a == article) else {
        return;
    };
    let focus = app.focus;
    let Some(pane) = app.panes.get_mut(focus) else { return };
    pane.article = pos;
    let (_, height) = app.pane_text_size();
    if let Some(view) = app.views.get(&article) {
        let start = passage
            .sentence
            .and_then(|s| app.analysis.articles[article].sentences.get(s))
            .map_or(span.start, |s| s.span.start);
        app.panes[focus].scroll = reveal(view.line_of(start), height, view.max_scroll(height));
    }
    app.status = format!("{}: {}", row.outlet, row.value);
    if app.sync {
        sync_others(app);
    }
}
