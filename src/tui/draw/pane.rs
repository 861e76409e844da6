//! One article pane: bordered, titled with outlet and headline, its visible lines with highlights,
//! search matches and a gutter marking what only this outlet reports.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span as TextSpan};
use ratatui::widgets::{Block, BorderType, Widget};

use super::super::app::App;
use super::super::layout::{GUTTER, pane_text};
use super::Theme;
use crate::sanitize::{is_unsafe, one_line, placeholder};

/// Draw pane `index` into `rect`.
pub fn render(app: &App, theme: &Theme, index: usize, rect: Rect, buf: &mut Buffer) {
    let Some(article_index) = app.pane_article(index) else {
        return;
    };
    let article = &app.analysis.articles[article_index];
    let focused = index == app.focus;
    let selected = app.selected.and_then(|s| app.findings.get(s));
    let has_passage = selected.is_none_or(|f| f.passages.iter().any(|p| p.article == article_index));
    let mut title = format!(
        " {} {} — {} ",
        index + 1,
        one_line(&article.outlet),
        one_line(&article.title)
    );
    if !has_passage {
        title = format!(" {} {} · not in this outlet ", index + 1, one_line(&article.outlet));
    }
    let view = app.views.get(&article_index);
    let text_area = pane_text(rect);
    let height = usize::from(text_area.height);
    let scroll = app.panes.get(index).map_or(0, |p| p.scroll);
    let position = view.map_or(String::new(), |v| {
        format!(" {}/{} ", (scroll + height).min(v.lines.len()), v.lines.len())
    });
    let block = Block::bordered()
        .border_type(if focused { BorderType::Thick } else { BorderType::Plain })
        .border_style(theme.border(focused))
        .title(Line::styled(title, theme.border(focused)))
        .title_bottom(Line::from(position).right_aligned());
    block.render(rect, buf);
    if !app.story_ready() {
        let message = if app.detail.lost {
            "not analysed: the analysis stopped"
        } else {
            "analysing this story…"
        };
        let line = Line::styled(message, theme.dim());
        ratatui::widgets::Paragraph::new(line).render(text_area.intersection(*buf.area()), buf);
        return;
    }
    let Some(view) = view else { return };
    let alignment = app
        .current_story()
        .and_then(|s| s.alignment.iter().find(|a| a.article == article_index));
    let highlights = app.highlights.get(&article_index).map_or(&[][..], Vec::as_slice);
    let matches: Vec<(crate::span::Span, bool)> = app
        .search
        .matches
        .iter()
        .enumerate()
        .filter(|(_, (a, _))| *a == article_index)
        .map(|(i, (_, s))| (*s, app.search.current == Some(i)))
        .collect();
    // Every write below stays inside both the pane and the buffer, whatever sizes they were given.
    let bounds = rect.intersection(*buf.area());
    for (row, line) in view.lines.iter().skip(scroll).take(height).enumerate() {
        let y = text_area.y.saturating_add(row as u16);
        let gutter_x = text_area.x.saturating_sub(GUTTER);
        if !bounds.contains((gutter_x, y).into()) {
            break;
        }
        let sentence = view.sentence_at_line(scroll + row);
        let lone =
            sentence.is_some_and(|s| alignment.is_some_and(|a| a.sentences.get(s).is_some_and(|x| x.only_here())));
        let chosen = selected.is_some_and(|f| {
            f.passages.iter().any(|p| {
                p.article == article_index && p.span.start < line.end.max(line.start + 1) && line.start < p.span.end
            })
        });
        let gutter = format!(
            "{}{}",
            if chosen { '▶' } else { ' ' },
            if lone && line.start < line.end { '+' } else { ' ' }
        );
        let gutter_width = usize::from(bounds.right() - gutter_x).min(usize::from(GUTTER));
        let style = if lone { theme.lone() } else { Style::default() };
        buf.set_stringn(gutter_x, y, gutter, gutter_width, style);
        if text_area.x >= bounds.right() {
            continue;
        }
        let width = text_area.width.min(bounds.right() - text_area.x);
        let spans = styled_segments(app, theme, &article.text, *line, highlights, &matches);
        buf.set_line(text_area.x, y, &Line::from(spans), width);
    }
}

/// The segments of one visual line with their styles.
fn styled_segments<'a>(
    app: &App,
    theme: &Theme,
    text: &'a str,
    line: super::super::wrap::VisualLine,
    highlights: &[super::super::app::Highlight],
    matches: &[(crate::span::Span, bool)],
) -> Vec<TextSpan<'a>> {
    let (start, end) = (line.start, line.end);
    let mut cuts = vec![start, end];
    let overlapping: Vec<_> = highlights
        .iter()
        .filter(|h| h.span.start < end && start < h.span.end)
        .collect();
    for h in &overlapping {
        cuts.extend([h.span.start.clamp(start, end), h.span.end.clamp(start, end)]);
    }
    for (m, _) in matches.iter().filter(|(m, _)| m.start < end && start < m.end) {
        cuts.extend([m.start.clamp(start, end), m.end.clamp(start, end)]);
    }
    cuts.sort_unstable();
    cuts.dedup();
    let mut out = Vec::new();
    for pair in cuts.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        let Some(piece) = text.get(a..b) else { continue };
        let mut style = Style::default();
        for h in overlapping.iter().filter(|h| h.span.start <= a && b <= h.span.end) {
            style = style.patch(theme.highlight(h.kind));
            if app.selected == Some(h.finding) {
                style = style.patch(theme.selected());
            }
        }
        for (_, current) in matches.iter().filter(|(m, _)| m.start <= a && b <= m.end) {
            style = style.patch(theme.search(*current));
        }
        out.push(TextSpan::styled(safe(piece), style));
    }
    out
}

/// Text as drawn: control characters and bidi overrides become visible placeholders, tabs spaces.
fn safe(piece: &str) -> String {
    piece
        .chars()
        .map(|c| {
            if c == '\t' {
                ' '
            } else if is_unsafe(c) {
                placeholder(c)
            } else {
                c
            }
        })
        .collect()
}
