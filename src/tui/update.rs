//! The pure state transition: `update(&mut App, Action)` changes state and may ask the event loop
//! for one side effect (writing a file, the clipboard, a browser), whose outcome comes back as a
//! status message.

use crate::export::is_web_url;
use crate::findings::Finding;
use crate::sanitize::one_line;
use crate::span::Span;

use super::action::Action;
use super::adding::add_prompt;
use super::app::{App, Mode};
use super::search::find_matches;
use super::sync::{reveal, scrolled, synced_scroll};

/// Work the event loop does on the reader's behalf.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Export the current story as Markdown into the current directory.
    Export,
    /// Put this text on the clipboard.
    Copy(String),
    /// Open this URL.
    Open(String),
    /// Load this path or URL in the background and add its articles.
    Add(String),
}

mod mouse;
pub mod news;
mod picker;
mod table;

use mouse::{click, wheel};

/// Apply `action` to `app`.
pub fn update(app: &mut App, action: Action) -> Option<Effect> {
    if app.mode == Mode::Table && table::handle(app, &action) {
        return None;
    }
    if app.mode == Mode::Picker && picker::handle(app, &action) {
        return None;
    }
    if app.mode == Mode::StoryPicker && picker::handle_stories(app, &action) {
        return None;
    }
    let (_, height) = app.pane_text_size();
    match action {
        Action::OpenTable => table::open(app),
        Action::CycleSort | Action::PickerChar(_) | Action::PickerBackspace => {}
        Action::OpenPicker => picker::open(app),
        Action::OpenStoryPicker => picker::open_stories(app),
        Action::Scroll(d) => scroll_focused(app, d),
        Action::HalfPageDown => scroll_focused(app, (height / 2).max(1) as isize),
        Action::HalfPageUp => scroll_focused(app, -((height / 2).max(1) as isize)),
        Action::Top => scroll_focused(app, isize::MIN / 2),
        Action::Bottom => scroll_focused(app, isize::MAX / 2),
        Action::FocusNext => app.focus = (app.focus + 1) % app.visible_panes(),
        Action::FocusPrev => app.focus = (app.focus + app.visible_panes() - 1) % app.visible_panes(),
        Action::FocusPane(n) if n < app.visible_panes() => app.focus = n,
        Action::FocusPane(n) => app.status = format!("there is no pane {} at this width", n + 1),
        Action::NextArticle => cycle_article(app, 1),
        Action::PrevArticle => cycle_article(app, -1),
        Action::Next => step(app, 1),
        Action::Prev => step(app, -1),
        Action::Jump => jump_to_selected(app),
        Action::SelectDown => select_by(app, 1),
        Action::SelectUp => select_by(app, -1),
        Action::NextStory => app.select_story((app.story + 1) % app.analysis.stories.len().max(1)),
        Action::PrevStory => {
            let n = app.analysis.stories.len().max(1);
            app.select_story((app.story + n - 1) % n);
        }
        Action::ToggleSync => {
            app.sync = !app.sync;
            app.status = format!("synchronized scrolling {}", if app.sync { "on" } else { "off" });
            if app.sync {
                sync_others(app);
            }
        }
        Action::StartSearch => {
            app.mode = Mode::Search;
            app.search.query.clear();
            app.search.matches.clear();
            app.search.current = None;
        }
        Action::SearchChar(c) => {
            app.search.query.push(c);
            app.search.matches = find_matches(app, &app.search.query);
        }
        Action::SearchBackspace => {
            app.search.query.pop();
            app.search.matches = find_matches(app, &app.search.query);
        }
        Action::SearchSubmit => {
            app.mode = Mode::Normal;
            app.search.matches = find_matches(app, &app.search.query);
            if app.search.matches.is_empty() {
                app.status = format!("no match for “{}”", one_line(&app.search.query));
            } else {
                app.search.current = None;
                step(app, 1);
            }
        }
        Action::SearchCancel => {
            app.mode = Mode::Normal;
            app.search = Default::default();
        }
        Action::StartAdd | Action::AddChar(_) | Action::AddBackspace | Action::AddCancel | Action::AddSubmit => {
            return add_prompt(app, action);
        }
        // A story not analysed yet would export its articles without a finding.
        Action::Export if !app.story_ready() => app.status = "this story is still being analysed".into(),
        Action::Export => return Some(Effect::Export),
        Action::Copy => match app.selected.and_then(|i| app.findings.get(i)) {
            Some(f) => return Some(Effect::Copy(finding_text(app, f))),
            None => app.status = "select a finding first (n)".into(),
        },
        Action::OpenUrl => {
            let url = app
                .pane_article(app.focus)
                .and_then(|a| app.analysis.articles[a].url.clone());
            match url {
                Some(u) if is_web_url(&u) => return Some(Effect::Open(one_line(&u))),
                _ => app.status = "this article has no web address".into(),
            }
        }
        Action::ToggleHelp => {
            app.mode = if app.mode == Mode::Help {
                Mode::Normal
            } else {
                Mode::Help
            }
        }
        Action::Back => match app.mode {
            Mode::Help | Mode::Search | Mode::Add | Mode::Table | Mode::Picker | Mode::StoryPicker => {
                app.mode = Mode::Normal
            }
            Mode::Normal if !app.search.matches.is_empty() => app.search = Default::default(),
            Mode::Normal => app.quit = true,
        },
        Action::Quit => app.quit = true,
        Action::Resize(w, h) => app.resize(w, h),
        Action::Wheel { column, row, down } => wheel(app, column, row, down),
        Action::Click { column, row } => click(app, column, row),
        Action::Status(s) => app.status = s,
    }
    None
}

fn scroll_focused(app: &mut App, delta: isize) {
    let (_, height) = app.pane_text_size();
    let focus = app.focus;
    let Some(max) = app.pane_view(focus).map(|v| v.max_scroll(height)) else {
        return;
    };
    if let Some(p) = app.panes.get_mut(focus) {
        p.scroll = scrolled(p.scroll, delta, max);
    }
    if app.sync {
        sync_others(app);
    }
}

/// Move every other visible pane so its counterpart passage matches the focused pane.
fn sync_others(app: &mut App) {
    let (_, height) = app.pane_text_size();
    let Some(focus_article) = app.pane_article(app.focus) else {
        return;
    };
    let Some(story) = app.current_story() else { return };
    let Some(alignment) = story.alignment.iter().find(|a| a.article == focus_article) else {
        return;
    };
    let (Some(focus_view), Some(focus_pane)) = (app.views.get(&focus_article), app.panes.get(app.focus)) else {
        return;
    };
    let updates: Vec<(usize, usize)> = (0..app.visible_panes())
        .filter(|&i| i != app.focus)
        .filter_map(|i| {
            let article = app.pane_article(i)?;
            if article == focus_article {
                return None;
            }
            let view = app.views.get(&article)?;
            let scroll = synced_scroll(
                focus_view,
                focus_pane.scroll,
                height,
                (alignment, &story.copies),
                article,
                view,
                app.panes[i].scroll,
            );
            Some((i, scroll))
        })
        .collect();
    for (i, scroll) in updates {
        app.panes[i].scroll = scroll;
    }
}

fn cycle_article(app: &mut App, delta: isize) {
    let n = app.story_articles().len();
    if n == 0 {
        return;
    }
    let focus = app.focus;
    if let Some(p) = app.panes.get_mut(focus) {
        p.article = (p.article as isize + delta).rem_euclid(n as isize) as usize;
        p.scroll = 0;
    }
    if let Some(a) = app.pane_article(focus) {
        app.status = format!("pane {}: {}", focus + 1, one_line(&app.analysis.articles[a].outlet));
    }
}

/// n / N: the next search match when a search is active, else the next finding.
fn step(app: &mut App, delta: isize) {
    let count = app.search.matches.len();
    if count > 0 {
        let next = match app.search.current {
            Some(c) => (c as isize + delta).rem_euclid(count as isize) as usize,
            None if delta > 0 => 0,
            None => count - 1,
        };
        app.search.current = Some(next);
        let (article, span) = app.search.matches[next];
        reveal_in_panes(app, article, span);
        app.status = format!("match {} of {} for “{}”", next + 1, count, one_line(&app.search.query));
        return;
    }
    if app.findings.is_empty() {
        app.status = "no findings in this story".into();
        return;
    }
    select_by(app, delta);
    jump_to_selected(app);
}

fn select_by(app: &mut App, delta: isize) {
    let n = app.findings.len();
    if n == 0 {
        return;
    }
    app.selected = Some(match app.selected {
        Some(s) => (s as isize + delta).rem_euclid(n as isize) as usize,
        None if delta > 0 => 0,
        None => n - 1,
    });
}

/// Scroll every visible pane to its passage of the selected finding; say which panes have none.
fn jump_to_selected(app: &mut App) {
    let Some(index) = app.selected else {
        app.status = "no finding selected (n selects the next)".into();
        return;
    };
    let (_, height) = app.pane_text_size();
    // With one pane (narrow terminals), show an outlet that has the finding rather than none.
    if app.visible_panes() == 1 {
        let shown = app.pane_article(app.focus);
        let passages = &app.findings[index].passages;
        if !passages.iter().any(|p| Some(p.article) == shown)
            && let Some(pos) = passages
                .first()
                .and_then(|p| app.story_articles().iter().position(|&a| a == p.article))
        {
            let focus = app.focus;
            app.panes[focus].article = pos;
        }
    }
    let mut missing = Vec::new();
    for i in 0..app.visible_panes() {
        let Some(article) = app.pane_article(i) else { continue };
        let passage = app.findings[index]
            .passages
            .iter()
            .find(|p| p.article == article)
            .map(|p| p.span);
        match (passage, app.views.get(&article)) {
            (Some(span), Some(view)) => {
                app.panes[i].scroll = reveal(view.line_of(span.start), height, view.max_scroll(height))
            }
            _ => missing.push(one_line(&app.analysis.articles[article].outlet)),
        }
    }
    let f = &app.findings[index];
    app.status = format!(
        "finding {} of {}: {} {}",
        index + 1,
        app.findings.len(),
        f.kind.label(),
        f.title
    );
    if !missing.is_empty() {
        app.status.push_str(&format!(" — not in {}", missing.join(", ")));
    }
}

/// Show `span` of `article`: in the pane already showing it, else in the focused pane.
fn reveal_in_panes(app: &mut App, article: usize, span: Span) {
    let (_, height) = app.pane_text_size();
    let pane = (0..app.visible_panes()).find(|&i| app.pane_article(i) == Some(article));
    let pane = match pane {
        Some(p) => p,
        None => {
            let Some(pos) = app.story_articles().iter().position(|&a| a == article) else {
                return;
            };
            app.panes[app.focus].article = pos;
            app.focus
        }
    };
    app.focus = pane;
    if let Some(view) = app.views.get(&article) {
        app.panes[pane].scroll = reveal(view.line_of(span.start), height, view.max_scroll(height));
    }
    if app.sync {
        sync_others(app);
    }
}

/// The selected finding's passages as plain text for the clipboard.
fn finding_text(app: &App, f: &Finding) -> String {
    let mut out = format!("{} — {}\n", f.title, f.summary);
    for p in &f.passages {
        let article = &app.analysis.articles[p.article];
        out.push_str(&format!(
            "\n{} — {} ({})\n> {}\n",
            one_line(&article.outlet),
            one_line(&article.title),
            one_line(article.url.as_deref().unwrap_or(&article.source)),
            one_line(article.slice(p.span)),
        ));
    }
    out
}
