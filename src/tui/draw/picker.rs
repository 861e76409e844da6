//! The picker overlays: the filter being typed and the matching articles or stories.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Widget};

use super::super::app::App;
use super::super::picker::{matches, story_matches};
use super::Theme;
use crate::sanitize::one_line;

/// The bordered overlay centred in `area` with `title` and the filter line; the rect left for the
/// list, how many rows it has, and the first row to show so that `selected` (clamped to `count`)
/// is visible. `None` when the terminal is too small.
fn frame(
    theme: &Theme,
    area: Rect,
    buf: &mut Buffer,
    title: String,
    query: &str,
    (selected, count): (usize, usize),
) -> Option<(Rect, Vec<Line<'static>>, usize, usize)> {
    let width = area.width.saturating_sub(4).min(90);
    let height = area.height.saturating_sub(2).min(30);
    if width < 4 || height < 3 {
        return None;
    }
    let rect = crate::tui::layout::centered(area, width, height);
    Clear.render(rect, buf);
    let block = Block::bordered()
        .title(Line::styled(title, theme.border(true)))
        .border_style(theme.border(true));
    let inner = block.inner(rect);
    block.render(rect, buf);
    let lines = vec![Line::from(format!("filter: {}▏", one_line(query)))];
    let visible = usize::from(inner.height.saturating_sub(1)).max(1);
    let selected = selected.min(count.saturating_sub(1));
    Some((inner, lines, selected, selected.saturating_sub(visible - 1)))
}

fn row_style(selected: bool) -> Style {
    if selected {
        Style::default().add_modifier(Modifier::REVERSED)
    } else {
        Style::default()
    }
}

/// Draw the story picker centred in `area`: each matching story with its number of articles,
/// the current one marked.
pub fn render_stories(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let found = story_matches(&app.analysis, &app.story_picker.query);
    let title = format!(
        " Story · {} of {} · Enter opens · Esc closes ",
        found.len(),
        app.analysis.stories.len()
    );
    let state = (app.story_picker.selected, found.len());
    let Some((inner, mut lines, selected, offset)) = frame(theme, area, buf, title, &app.story_picker.query, state)
    else {
        return;
    };
    for (i, &s) in found.iter().enumerate().skip(offset).take(lines_room(inner)) {
        let Some(story) = app.analysis.stories.get(s) else {
            continue;
        };
        let style = row_style(i == selected);
        lines.push(Line::from(vec![
            Span::styled(
                format!("{}{:>4} ", if s == app.story { '•' } else { ' ' }, s + 1),
                style,
            ),
            Span::styled(one_line(&story.title), style.add_modifier(Modifier::BOLD)),
            Span::styled(format!("  {} articles", story.articles.len()), style),
        ]));
    }
    Paragraph::new(lines).render(inner, buf);
}

/// Rows of the list below the filter line.
fn lines_room(inner: Rect) -> usize {
    usize::from(inner.height.saturating_sub(1)).max(1)
}

/// Draw the article picker centred in `area`.
pub fn render(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let articles = app.story_articles();
    let found = matches(&app.analysis, articles, &app.picker.query);
    let title = format!(
        " Article for pane {} · {} of {} · Enter picks · Esc closes ",
        app.focus + 1,
        found.len(),
        articles.len()
    );
    let state = (app.picker.selected, found.len());
    let Some((inner, mut lines, selected, offset)) = frame(theme, area, buf, title, &app.picker.query, state) else {
        return;
    };
    for (i, &pos) in found.iter().enumerate().skip(offset).take(lines_room(inner)) {
        let Some(a) = articles.get(pos).and_then(|&a| app.analysis.articles.get(a)) else {
            continue;
        };
        let shown = app.panes.iter().take(app.visible_panes()).any(|p| p.article == pos);
        let style = row_style(i == selected);
        lines.push(Line::from(vec![
            Span::styled(format!("{}{:>3} ", if shown { '•' } else { ' ' }, pos + 1), style),
            Span::styled(one_line(&a.outlet), style.add_modifier(Modifier::BOLD)),
            Span::styled(format!("  {}", one_line(&a.title)), style),
        ]));
    }
    Paragraph::new(lines).render(inner, buf);
}
