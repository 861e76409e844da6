//! Screen layout as a pure function of the terminal size and the story: sidebar, panes (or one
//! pane with tabs on narrow terminals), findings panel and status line.

use ratatui::layout::Rect;

/// Below this width the sidebar is hidden and one pane with tabs replaces side-by-side panes.
pub const NARROW: u16 = 100;
/// Narrowest a side-by-side pane may be.
pub const MIN_PANE_WIDTH: u16 = 40;
/// Most panes shown side by side.
pub const MAX_PANES: usize = 4;
/// Sidebar width on wide terminals.
pub const SIDEBAR_WIDTH: u16 = 30;
/// Smallest terminal the reader draws in; anything smaller gets a message.
pub const MIN_SIZE: (u16, u16) = (24, 8);

/// Where everything goes on screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Areas {
    /// Stories and articles, or `None` when narrow.
    pub sidebar: Option<Rect>,
    /// The outlet tabs above a single pane, when narrow.
    pub tabs: Option<Rect>,
    /// Article panes, left to right.
    pub panes: Vec<Rect>,
    /// The findings list.
    pub findings: Rect,
    /// The bottom status line.
    pub status: Rect,
}

/// How many panes fit side by side in `width` columns for a story of `articles` articles.
pub fn pane_count(width: u16, articles: usize) -> usize {
    if width < NARROW {
        return 1;
    }
    let room = width.saturating_sub(SIDEBAR_WIDTH);
    let fit = usize::from((room / MIN_PANE_WIDTH).max(1));
    fit.min(MAX_PANES)
        .min(articles.max(1))
        .max(if articles >= 2 && room >= 2 * MIN_PANE_WIDTH {
            2
        } else {
            1
        })
}

/// Lay out a terminal of `area` for a story with `articles` articles; `None` if it is too small.
pub fn compute(area: Rect, articles: usize) -> Option<Areas> {
    if area.width < MIN_SIZE.0 || area.height < MIN_SIZE.1 {
        return None;
    }
    let status = Rect::new(area.x, area.bottom() - 1, area.width, 1);
    let body_height = area.height - 1;
    let findings_height = (body_height / 4).clamp(3, 10);
    let findings = Rect::new(area.x, status.y - findings_height, area.width, findings_height);
    let top = Rect::new(area.x, area.y, area.width, body_height - findings_height);
    let narrow = area.width < NARROW;
    let count = pane_count(area.width, articles) as u16;
    let (sidebar, mut main) = if narrow {
        (None, top)
    } else {
        // The sidebar takes the columns that would not divide evenly, so every pane has the same
        // width and one wrapping serves them all.
        let side_width = SIDEBAR_WIDTH + (top.width - SIDEBAR_WIDTH) % count;
        let side = Rect::new(top.x, top.y, side_width, top.height);
        (
            Some(side),
            Rect::new(top.x + side_width, top.y, top.width - side_width, top.height),
        )
    };
    let tabs = narrow.then(|| {
        let t = Rect::new(main.x, main.y, main.width, 1);
        main = Rect::new(main.x, main.y + 1, main.width, main.height.saturating_sub(1));
        t
    });
    let width = main.width / count;
    let panes = (0..count)
        .map(|i| Rect::new(main.x + width * i, main.y, width, main.height))
        .collect();
    Some(Areas {
        sidebar,
        tabs,
        panes,
        findings,
        status,
    })
}

/// The text area inside a pane: borders and the two-column gutter removed.
pub fn pane_text(pane: Rect) -> Rect {
    let inner_width = pane.width.saturating_sub(2 + GUTTER);
    Rect::new(
        pane.x + 1 + GUTTER,
        pane.y + 1,
        inner_width,
        pane.height.saturating_sub(2),
    )
}

/// Columns of a pane's gutter (marks for sentences only this outlet reports).
pub const GUTTER: u16 = 2;

/// An overlay of at most `width` × `height` centred in `area` (shrunk to fit it).
pub fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let (width, height) = (width.min(area.width), height.min(area.height));
    Rect::new(
        area.x + (area.width - width) / 2,
        area.y + (area.height - height) / 2,
        width,
        height,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pane_counts_by_width() {
        assert_eq!(pane_count(80, 3), 1);
        assert_eq!(pane_count(120, 3), 2);
        assert_eq!(pane_count(160, 3), 3);
        assert_eq!(pane_count(200, 3), 3);
        assert_eq!(pane_count(200, 6), 4);
        assert_eq!(pane_count(160, 1), 1);
    }

    #[test]
    fn wide_layout_fills_the_screen() {
        let a = compute(Rect::new(0, 0, 160, 48), 3).unwrap();
        assert_eq!(a.sidebar, Some(Rect::new(0, 0, 31, 37)));
        assert_eq!(a.panes.len(), 3);
        assert_eq!(a.panes[0], Rect::new(31, 0, 43, 37));
        assert!(a.panes.iter().all(|p| p.width == 43));
        assert_eq!(a.panes[2].right(), 160);
        assert_eq!(a.findings, Rect::new(0, 37, 160, 10));
        assert_eq!(a.status, Rect::new(0, 47, 160, 1));
        assert!(a.tabs.is_none());
    }

    #[test]
    fn narrow_layout_has_tabs_and_one_pane() {
        let a = compute(Rect::new(0, 0, 80, 24), 3).unwrap();
        assert!(a.sidebar.is_none());
        assert_eq!(a.tabs, Some(Rect::new(0, 0, 80, 1)));
        assert_eq!(a.panes, vec![Rect::new(0, 1, 80, 17)]);
    }

    #[test]
    fn pane_count_matches_the_layout() {
        for width in [24, 60, 99, 100, 130, 160, 171, 200, 250] {
            for articles in 0..6 {
                let areas = compute(Rect::new(0, 0, width, 30), articles).unwrap();
                assert_eq!(areas.panes.len(), pane_count(width, articles), "{width} {articles}");
            }
        }
    }

    #[test]
    fn every_size_lays_out_inside_the_screen() {
        for width in 0..=300 {
            for height in 0..=100 {
                let area = Rect::new(0, 0, width, height);
                for articles in [0, 1, 2, 5] {
                    let Some(a) = compute(area, articles) else {
                        assert!(width < MIN_SIZE.0 || height < MIN_SIZE.1);
                        continue;
                    };
                    let rects = a
                        .sidebar
                        .iter()
                        .chain(&a.tabs)
                        .chain(&a.panes)
                        .chain([&a.findings, &a.status]);
                    for r in rects {
                        assert_eq!(area.intersection(*r), *r, "{width}×{height}: {r:?}");
                    }
                    for p in &a.panes {
                        assert_eq!(p.intersection(pane_text(*p)), pane_text(*p), "{width}×{height}");
                    }
                }
            }
        }
    }

    #[test]
    fn too_small_is_none() {
        assert!(compute(Rect::new(0, 0, 1, 1), 3).is_none());
        assert!(compute(Rect::new(0, 0, 40, 7), 3).is_none());
        assert_eq!(pane_text(Rect::new(0, 0, 3, 1)), Rect::new(3, 1, 0, 0));
    }

    #[test]
    fn overlays_are_centred_and_fit() {
        assert_eq!(centered(Rect::new(0, 0, 100, 40), 60, 20), Rect::new(20, 10, 60, 20));
        assert_eq!(centered(Rect::new(2, 1, 10, 5), 60, 20), Rect::new(2, 1, 10, 5));
    }
}
