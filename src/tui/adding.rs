//! The add prompt: typing a path or URL, and the effect that asks the event loop to load it.

use crate::sanitize::one_line;

use super::action::Action;
use super::app::{App, Mode};
use super::update::Effect;

/// Apply one of the add-prompt actions; any other action does nothing here.
pub fn add_prompt(app: &mut App, action: Action) -> Option<Effect> {
    match action {
        Action::StartAdd if app.loading => app.status = "still loading the last input…".into(),
        // Adding analyses the whole corpus again: not while it is still being analysed.
        Action::StartAdd if app.opening.is_some() => {
            app.status = "inputs can be added once every story is analysed".into();
        }
        Action::StartAdd => {
            app.mode = Mode::Add;
            app.adding.clear();
        }
        Action::AddChar(c) => app.adding.push(c),
        Action::AddBackspace => {
            app.adding.pop();
        }
        Action::AddCancel => app.mode = Mode::Normal,
        Action::AddSubmit => {
            app.mode = Mode::Normal;
            let input = app.adding.trim().to_string();
            if !input.is_empty() {
                app.loading = true;
                app.status = format!("loading {}…", one_line(&input));
                return Some(Effect::Add(input));
            }
        }
        _ => {}
    }
    None
}
