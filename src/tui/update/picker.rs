//! What keys do while a picker is open: type to filter, move, put the selected article in the
//! focused pane or open the selected story, close.

use super::super::action::Action;
use super::super::app::{App, Mode};
use super::super::picker::{PickerState, matches, story_matches};
use super::sync_others;

/// Open the picker for the focused pane, with the filter in force.
pub(super) fn open(app: &mut App) {
    app.picker.selected = 0;
    app.mode = Mode::Picker;
}

/// Open the story picker on the current story, with an empty filter.
pub(super) fn open_stories(app: &mut App) {
    app.story_picker = PickerState {
        query: String::new(),
        selected: app.story,
    };
    app.mode = Mode::StoryPicker;
}

/// Typing, moving and closing, the same in both pickers; `count` is the length of the list.
/// False when the action is none of these.
fn edit(state: &mut PickerState, action: &Action, count: usize) -> bool {
    match action {
        Action::PickerChar(c) => {
            state.query.push(*c);
            state.selected = 0;
        }
        Action::PickerBackspace => {
            state.query.pop();
            state.selected = 0;
        }
        Action::Scroll(d) => {
            let last = count.saturating_sub(1) as isize;
            state.selected = (state.selected as isize).saturating_add(*d).clamp(0, last) as usize;
        }
        Action::Back => *state = PickerState::default(),
        _ => return false,
    }
    true
}

/// Handle `action` in picker mode; false when the action is not the picker's.
pub(super) fn handle(app: &mut App, action: &Action) -> bool {
    let count = matches(&app.analysis, app.story_articles(), &app.picker.query).len();
    match action {
        Action::Jump => pick(app),
        // Esc drops the filter; a pick keeps it, and the sidebar lists only the matching articles.
        Action::Back => {
            app.mode = Mode::Normal;
            app.picker = PickerState::default();
        }
        _ => return edit(&mut app.picker, action, count),
    }
    true
}

/// Handle `action` in story picker mode; false when the action is not the picker's.
pub(super) fn handle_stories(app: &mut App, action: &Action) -> bool {
    let count = story_matches(&app.analysis, &app.story_picker.query).len();
    match action {
        Action::Jump => pick_story(app),
        Action::Back => {
            app.mode = Mode::Normal;
            app.story_picker = PickerState::default();
        }
        _ => return edit(&mut app.story_picker, action, count),
    }
    true
}

/// Open the selected story; the picker closes, and the article filter of the old story goes.
fn pick_story(app: &mut App) {
    app.mode = Mode::Normal;
    let found = story_matches(&app.analysis, &app.story_picker.query);
    let state = std::mem::take(&mut app.story_picker);
    let Some(&story) = found.get(state.selected) else {
        app.status = "no story matches".into();
        return;
    };
    app.picker = PickerState::default();
    app.select_story(story);
    if let Some(s) = app.analysis.stories.get(story) {
        app.status = format!(
            "story {} of {}: {}",
            story + 1,
            app.analysis.stories.len(),
            crate::sanitize::one_line(&s.title)
        );
    }
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
