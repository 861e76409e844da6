//! The finding table overlay: one row per outlet's statement, the selected row highlighted.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::Line;
use ratatui::widgets::{Block, Cell, Clear, Row, Table, Widget};

use super::super::app::App;
use super::super::table::{TableSort, rows};
use super::Theme;
use crate::sanitize::one_line;

/// Draw the table of the finding `app.table.finding` over `area` (the whole screen but the status line).
pub fn render(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let Some(finding) = app.findings.get(app.table.finding) else {
        return;
    };
    if area.width < 4 || area.height < 3 {
        return;
    }
    let table = rows(&app.analysis, finding, app.table.sort);
    Clear.render(area, buf);
    let title = format!(
        " {} · {} statements · by {} (s) · Enter shows · Esc closes ",
        one_line(&finding.title),
        table.len(),
        app.table.sort.label()
    );
    let block = Block::bordered()
        .title(Line::styled(title, theme.border(true)))
        .border_style(theme.border(true));
    let inner = block.inner(area);
    block.render(area, buf);
    // One line for the header; the rest scroll so the selected row stays visible.
    let visible = usize::from(inner.height.saturating_sub(1)).max(1);
    let selected = app.table.selected.min(table.len().saturating_sub(1));
    let offset = selected.saturating_sub(visible - 1);
    let body = table.iter().enumerate().skip(offset).take(visible).map(|(i, r)| {
        // Grouped by value: the value shows on the first row of its group only.
        let repeat = app.table.sort == TableSort::Value && i > 0 && table[i - 1].value == r.value;
        let value = if repeat { String::new() } else { r.value.clone() };
        let row = Row::new(vec![
            Cell::from(r.outlet.clone()),
            Cell::from(value),
            Cell::from(r.attribution.clone()),
            Cell::from(r.published.clone()),
            Cell::from(r.sentence.clone()),
        ]);
        if i == selected {
            row.style(Style::default().add_modifier(Modifier::REVERSED))
        } else {
            row
        }
    });
    let header = Row::new(["outlet", "value", "attribution", "published", "sentence"])
        .style(Style::default().add_modifier(Modifier::BOLD));
    Table::new(
        body,
        [
            Constraint::Max(20),
            Constraint::Max(30),
            Constraint::Max(20),
            Constraint::Max(12),
            Constraint::Fill(1),
        ],
    )
    .header(header)
    .column_spacing(1)
    .render(inner, buf);
}
