//! What keys do while the article picker is open: type to filter, move, put the selected article
//! in the focused pane, close.

use super::super::action::Action;
use super::super::app::{App, Mode};
use super::super::picker::{PickerState, matches};
use super::sync_others;

/// Open the picker for the focused pane, with the filter in force.
pub(super) fn open(app: &mut App) {
    app.picker.selected = 0;
    app.mode = Mode::Picker;
}

/// Handle `action` in picker mode; false when the action is not the picker's.
pub(super) fn handle(app: &mut App, action: &Action) -> bool {
    let count = matches(&app.analysis, app.story_articles(), &app.picker.query).len();
    match action {
        Action::PickerChar(c) => {
            app.picker.query.push(*c);
            app.picker.selected = 0;
        }
        Action::PickerBackspace => {
            app.picker.query.pop();
            app.picker.selected = 0;
        }
        Action::Scroll(d) => {
            let last = count.saturating_sub(1) as isize;
            app.picker.selected = (app.picker.selected as isize).saturating_add(*d).clamp(0, last) as usize;
        }
        // Esc drops the filter; a pick keeps it, and the sidebar lists only the matching articles.
        Action::Back => {
            app.mode = Mode::Normal;
            app.picker = PickerState::default();
        }
        Action::Jump => pick(app),
        _ => return false,
    }
    true
}

/// Put the selected article in the focused pane, then focus the next pane, so picking again fills
/// the panes in turn; the picker closes.
fn pick(app: &mut App) {
    app.mode = Mode::Normal;
    let found = matches(&app.analysis, app.story_articles(), &app.picker.query);
    let Some(&pos) = found.get(app.picker.selected) else {
        app.status = "no article matches".into();
        return;
    };
    let focus = app.focus;
    let Some(pane) = app.panes.get_mut(focus) else { return };
    pane.article = pos;
    pane.scroll = 0;
    if let Some(&a) = app.story_articles().get(pos) {
        app.status = format!(
            "pane {}: {}",
            focus + 1,
            crate::sanitize::one_line(&app.analysis.articles[a].outlet)
        );
    }
    if app.sync {
        sync_others(app);
    }
    app.focus = (focus + 1) % app.visible_panes().max(1);
}
