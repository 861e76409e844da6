//! The progress screen shown at launch while the corpus is analysed in the background.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Gauge, Paragraph, Widget};

use super::super::app::Opening;
use super::Theme;

/// Draw the progress of `opening` over `area`.
pub fn render(opening: &Opening, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let block = Block::bordered()
        .title(Line::styled(" newsdiff: opening ", theme.border(true)))
        .border_style(theme.border(true));
    let inner = block.inner(area);
    block.render(area, buf);
    let seconds = opening.elapsed_tenths / 10;
    let tenths = opening.elapsed_tenths % 10;
    let stage = if opening.stories == 0 {
        "reading, cleaning and grouping the articles into stories…"
    } else {
        "analysing each story: shared quotes, alignment, claims…"
    };
    let lines = vec![
        Line::from(format!("{} articles read", opening.files)),
        Line::from(format!(
            "{} articles analysed in {} stories",
            opening.articles, opening.stories
        )),
        Line::from(format!("{seconds}.{tenths} s elapsed")),
        Line::styled(stage, theme.dim()),
        Line::styled("q quits · ? help", theme.dim()),
    ];
    let text_height = (lines.len() as u16).min(inner.height);
    Paragraph::new(lines).render(
        Rect {
            height: text_height,
            ..inner
        },
        buf,
    );
    if inner.height > text_height + 1 {
        let ratio = if opening.files == 0 {
            0.0
        } else {
            (opening.articles as f64 / opening.files as f64).clamp(0.0, 1.0)
        };
        let gauge = Rect {
            y: inner.y + text_height + 1,
            height: 1,
            ..inner
        };
        Gauge::default()
            .ratio(ratio)
            .label(format!("{:.0}%", ratio * 100.0))
            .gauge_style(theme.border(true))
            .render(gauge, buf);
    }
}
