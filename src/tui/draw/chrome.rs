//! Everything around the panes: sidebar, outlet tabs, findings panel, status line, help overlay.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Widget};

use super::super::app::{App, Mode};
use super::super::panel::{DETAIL_INDENT, FindingRow, SidebarRow, detail_lines, finding_rows, sidebar_rows};
use super::super::picker::matches;
use super::Theme;
use crate::findings::FindingKind;
use crate::sanitize::one_line;
use unicode_width::UnicodeWidthStr;

/// Stories, and the articles of the current story with their counts.
pub fn sidebar(app: &App, theme: &Theme, rect: Rect, buf: &mut Buffer) {
    let block = Block::bordered().title(" Stories ");
    let inner = block.inner(rect);
    block.render(rect, buf);
    let articles = app.story_articles();
    let listed = matches(&app.analysis, articles, &app.picker.query);
    let rows = sidebar_rows(
        app.analysis.stories.len(),
        app.story,
        &listed,
        app.panes.get(app.focus).map(|p| p.article),
        usize::from(inner.height),
    );
    let article_rows = rows.iter().filter(|r| matches!(r, SidebarRow::Article(_))).count() / 2;
    let mut last_article = None;
    for (r, row) in rows.iter().enumerate() {
        let y = inner.y + r as u16;
        let line = match *row {
            SidebarRow::StoriesHeading => {
                let n = app.analysis.stories.len();
                Line::styled(
                    format!("{n} {}  {{ }} switch", if n == 1 { "story" } else { "stories" }),
                    theme.dim(),
                )
            }
            SidebarRow::Story(s) => {
                let story = &app.analysis.stories[s];
                let text = format!(
                    "{} {} ({})",
                    if s == app.story { '▸' } else { ' ' },
                    one_line(&story.title),
                    story.articles.len()
                );
                let style = if s == app.story {
                    theme.row_selected()
                } else {
                    Style::default()
                };
                Line::styled(text, style)
            }
            SidebarRow::ArticlesHeading if app.picker.query.is_empty() && article_rows >= articles.len() => {
                Line::styled("Articles", theme.dim())
            }
            // Filtered (the picker's filter, `p`) or scrolled: say how many there are.
            SidebarRow::ArticlesHeading if app.picker.query.is_empty() => {
                Line::styled(format!("Articles ({} · p picks)", articles.len()), theme.dim())
            }
            SidebarRow::ArticlesHeading => Line::styled(
                format!(
                    "Articles “{}”: {} of {}",
                    one_line(&app.picker.query),
                    listed.len(),
                    articles.len()
                ),
                theme.dim(),
            ),
            SidebarRow::Article(pos) if last_article == Some(pos) => {
                let a = &app.analysis.articles[articles[pos]];
                let date = a
                    .published
                    .as_deref()
                    .map(|d| format!(" ({})", one_line(d)))
                    .unwrap_or_default();
                Line::styled(format!("   {}{date}", one_line(&a.title)), theme.dim())
            }
            SidebarRow::Article(pos) => {
                last_article = Some(pos);
                let index = articles[pos];
                let a = &app.analysis.articles[index];
                let (quotes, claims) = counts(app, index);
                let shown = app.panes.iter().take(app.visible_panes()).any(|p| p.article == pos);
                Line::from(vec![
                    Span::styled(
                        format!("{}{} ", if shown { '•' } else { ' ' }, pos + 1),
                        Style::default().add_modifier(Modifier::BOLD),
                    ),
                    Span::raw(one_line(&a.outlet)),
                    Span::styled(format!("  q{quotes} c{claims}"), theme.dim()),
                ])
            }
        };
        Paragraph::new(line).render(Rect::new(inner.x, y, inner.width, 1), buf);
    }
}

/// Shared quotes and differing claims an article takes part in.
fn counts(app: &App, article: usize) -> (usize, usize) {
    let mut quotes = 0;
    let mut claims = 0;
    for f in &app.findings {
        if f.passages.iter().any(|p| p.article == article) {
            match f.kind {
                FindingKind::SharedQuote => quotes += 1,
                FindingKind::Conflict | FindingKind::Differs | FindingKind::Expected | FindingKind::Updated => {
                    claims += 1;
                }
                FindingKind::Agrees => {}
            }
        }
    }
    (quotes, claims)
}

/// Outlet tabs above the single pane of a narrow terminal.
pub fn tabs(app: &App, theme: &Theme, rect: Rect, buf: &mut Buffer) {
    let current = app.panes.first().map_or(0, |p| p.article);
    let mut spans = Vec::new();
    for (pos, &a) in app.story_articles().iter().enumerate() {
        if pos > 0 {
            spans.push(Span::raw(" │ "));
        }
        let label = format!("{} {}", pos + 1, one_line(&app.analysis.articles[a].outlet));
        let style = if pos == current {
            theme.row_selected().add_modifier(Modifier::BOLD)
        } else {
            Style::default()
        };
        spans.push(Span::styled(label, style));
    }
    spans.push(Span::styled("   [ ] switch", theme.dim()));
    Paragraph::new(Line::from(spans)).render(rect, buf);
}

/// The findings panel: one line per finding, the selected one expanded.
pub fn findings(app: &App, theme: &Theme, rect: Rect, buf: &mut Buffer) {
    let block = Block::bordered().title(format!(
        " Findings ({}) — n/N next/previous, Enter jump ",
        app.findings.len()
    ));
    let inner = block.inner(rect);
    block.render(rect, buf);
    if app.findings.is_empty() {
        let message = if app.story_ready() {
            "No differing claims or shared quotes in this story."
        } else if app.detail.lost {
            "Not analysed: the analysis stopped."
        } else {
            "Analysing this story…"
        };
        Paragraph::new(Line::styled(message, theme.dim())).render(inner, buf);
        return;
    }
    let details: Vec<&str> = app
        .selected
        .and_then(|s| app.findings.get(s))
        .map_or(Vec::new(), |f| detail_lines(&f.detail, usize::from(inner.width)));
    let rows = finding_rows(
        app.findings.len(),
        app.selected,
        details.len(),
        usize::from(inner.height),
    );
    for (r, row) in rows.iter().enumerate() {
        let area = Rect::new(inner.x, inner.y + r as u16, inner.width, 1);
        let line = match *row {
            FindingRow::Summary(i) => {
                let f = &app.findings[i];
                let marker = if app.selected == Some(i) { "▶ " } else { "  " };
                let mut line = Line::from(vec![
                    Span::raw(marker),
                    Span::styled(
                        format!("{:<8}", f.kind.label().to_uppercase()),
                        theme.kind_label(f.kind),
                    ),
                    Span::styled(format!(" {}", f.title), Style::default().add_modifier(Modifier::BOLD)),
                    Span::raw(format!(" — {}", f.summary)),
                ]);
                if app.selected == Some(i) {
                    line = line.patch_style(Style::default().add_modifier(Modifier::UNDERLINED));
                }
                line
            }
            FindingRow::Detail(_, k) => Line::styled(
                format!("{}{}", " ".repeat(DETAIL_INDENT), details.get(k).copied().unwrap_or("")),
                theme.dim(),
            ),
        };
        Paragraph::new(line).render(area, buf);
    }
}

/// The status line: the keys that matter now, and the last message.
pub fn status(app: &App, theme: &Theme, rect: Rect, buf: &mut Buffer) {
    let left = match app.mode {
        Mode::Search => format!(
            "/{}▏ {} matches · Enter search · Esc cancel",
            app.search.query,
            app.search.matches.len()
        ),
        Mode::Help => "? or Esc closes the help".to_string(),
        Mode::Table => "j/k row · s sort · Enter show the article · Esc close".to_string(),
        Mode::Picker => "type to filter · ↑/↓ move · Enter put in the pane · Esc close".to_string(),
        Mode::StoryPicker => "type to filter · ↑/↓ move · Enter open the story · Esc close".to_string(),
        Mode::Add => format!("add path or URL: {}▏ · Enter load · Esc cancel", one_line(&app.adding)),
        Mode::Normal if !app.search.matches.is_empty() => {
            "n/N next/previous match · Esc clear search · ? help".to_string()
        }
        Mode::Normal => {
            "j/k scroll · n/N finding · Tab pane · [ ] article · / search · e export · ? help · q quit".to_string()
        }
    };
    let sync = if app.sync { "sync on" } else { "sync off" };
    let right = if app.status.is_empty() {
        sync.to_string()
    } else {
        format!("{} · {sync}", one_line(&app.status))
    };
    let width = usize::from(rect.width);
    let right_len = right.width().min(width);
    Paragraph::new(Line::styled(left, theme.dim())).render(
        Rect::new(rect.x, rect.y, rect.width.saturating_sub(right_len as u16 + 1), 1),
        buf,
    );
    let x = rect.x + rect.width - right_len as u16;
    Paragraph::new(Line::styled(right, Style::default().add_modifier(Modifier::BOLD)))
        .render(Rect::new(x, rect.y, right_len as u16, 1), buf);
}

/// The help overlay, generated from the keymap.
pub fn help(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let rows = app.keymap.help_rows();
    let width = area.width.saturating_sub(4).min(64);
    let height = area.height.saturating_sub(2).min(rows.len() as u16 + 4);
    let rect = crate::tui::layout::centered(area, width, height);
    Clear.render(rect, buf);
    let block = Block::bordered().title(" Keys ").border_style(theme.border(true));
    let inner = block.inner(rect);
    block.render(rect, buf);
    let mut lines: Vec<Line> = rows
        .iter()
        .map(|(keys, what)| {
            Line::from(vec![
                Span::styled(format!("{keys:<14}"), Style::default().add_modifier(Modifier::BOLD)),
                Span::raw(*what),
            ])
        })
        .collect();
    lines.push(Line::styled(
        "mouse: wheel scrolls the pane under it; click focuses a pane or selects a finding",
        theme.dim(),
    ));
    Paragraph::new(lines).render(inner, buf);
}
