//! The article picker overlay: the filter being typed and the matching articles.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Widget};

use super::super::app::App;
use super::super::picker::matches;
use super::Theme;
use crate::sanitize::one_line;

/// Draw the picker centred in `area`.
pub fn render(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let width = area.width.saturating_sub(4).min(90);
    let height = area.height.saturating_sub(2).min(30);
    if width < 4 || height < 3 {
        return;
    }
    let rect = crate::tui::layout::centered(area, width, height);
    Clear.render(rect, buf);
    let articles = app.story_articles();
    let found = matches(&app.analysis, articles, &app.picker.query);
    let title = format!(
        " Article for pane {} · {} of {} · Enter picks · Esc closes ",
        app.focus + 1,
        found.len(),
        articles.len()
    );
    let block = Block::bordered()
        .title(Line::styled(title, theme.border(true)))
        .border_style(theme.border(true));
    let inner = block.inner(rect);
    block.render(rect, buf);
    let mut lines = vec![Line::from(format!("filter: {}▏", one_line(&app.picker.query)))];
    let visible = usize::from(inner.height.saturating_sub(1)).max(1);
    let selected = app.picker.selected.min(found.len().saturating_sub(1));
    let offset = selected.saturating_sub(visible - 1);
    for (i, &pos) in found.iter().enumerate().skip(offset).take(visible) {
        let Some(a) = articles.get(pos).and_then(|&a| app.analysis.articles.get(a)) else {
            continue;
        };
        let shown = app.panes.iter().take(app.visible_panes()).any(|p| p.article == pos);
        let style = if i == selected {
            Style::default().add_modifier(Modifier::REVERSED)
        } else {
            Style::default()
        };
        lines.push(Line::from(vec![
            Span::styled(format!("{}{:>3} ", if shown { '•' } else { ' ' }, pos + 1), style),
            Span::styled(one_line(&a.outlet), style.add_modifier(Modifier::BOLD)),
            Span::styled(format!("  {}", one_line(&a.title)), style),
        ]));
    }
    Paragraph::new(lines).render(inner, buf);
}
