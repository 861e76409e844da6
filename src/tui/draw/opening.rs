//! The progress screen shown at launch until the articles are grouped into stories.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Gauge, Paragraph, Widget};

use super::super::app::Opening;
use super::Theme;
use crate::sanitize::one_line;

/// Draw the progress of `opening` over `area`.
pub fn render(opening: &Opening, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let block = Block::bordered()
        .title(Line::styled(" newsdiff: opening ", theme.border(true)))
        .border_style(theme.border(true));
    let inner = block.inner(area);
    block.render(area, buf);
    let seconds = opening.elapsed_tenths / 10;
    let tenths = opening.elapsed_tenths % 10;
    let stage = match opening.total {
        None if !opening.note.is_empty() => one_line(&opening.note),
        None => "reading the inputs…".to_string(),
        Some(total) if opening.cleaned < total => format!("cleaning the articles: {} of {total}…", opening.cleaned),
        Some(_) if !opening.grouped => "grouping the articles into stories…".to_string(),
        Some(_) => "listing the stories…".to_string(),
    };
    let cleaned = match opening.total {
        Some(total) => format!("{} of {total} articles cleaned", opening.cleaned),
        None => "no article cleaned yet".to_string(),
    };
    let lines = vec![
        Line::from(format!("{} files read, {} articles found", opening.files, opening.read)),
        Line::from(cleaned),
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
        let (ratio, label) = match opening.total {
            // Cleaning comes before any story: the gauge shows it until every article is clean.
            Some(total) if total > 0 && opening.cleaned < total => {
                let ratio = (opening.cleaned as f64 / total as f64).clamp(0.0, 1.0);
                (ratio, format!("cleaning {:.0}%", ratio * 100.0))
            }
            Some(total) if total > 0 => (1.0, "grouping".to_string()),
            _ => (0.0, "reading".to_string()),
        };
        let gauge = Rect {
            y: inner.y + text_height + 1,
            height: 1,
            ..inner
        };
        Gauge::default()
            .ratio(ratio)
            .label(label)
            .gauge_style(theme.border(true))
            .render(gauge, buf);
    }
}
