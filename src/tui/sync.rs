//! Synchronized scrolling as pure functions: where the other panes go when the focused one moves.

use crate::align::{ArticleAlignment, CopyGroup, counterpart_in};

use super::view::ArticleView;

/// The scroll offset for another pane so that the counterpart of the passage at the top of the
/// focused pane sits at the same height.
///
/// The anchor is the first sentence visible in the focused pane (from the one covering its top
/// line downwards) that has a counterpart in `other_article`. With no such sentence on screen the
/// other pane holds still (`other_scroll`), rather than jumping somewhere unrelated.
pub fn synced_scroll(
    focus: &ArticleView,
    focus_scroll: usize,
    height: usize,
    (alignment, copies): (&ArticleAlignment, &[CopyGroup]),
    other_article: usize,
    other: &ArticleView,
    other_scroll: usize,
) -> usize {
    let first = focus.sentence_at_line(focus_scroll).unwrap_or(0);
    for (s, &line) in focus.sentence_lines.iter().enumerate().skip(first) {
        if line >= focus_scroll + height {
            break;
        }
        // A copy beyond the bounded counterparts still counts, through its copy group.
        let Some(counterpart) = alignment
            .sentences
            .get(s)
            .and_then(|a| counterpart_in(a, copies, other_article))
        else {
            continue;
        };
        let Some(&target_line) = other.sentence_lines.get(counterpart as usize) else {
            continue;
        };
        // Keep the same distance from the top in both panes (a sentence begun above the top counts as 0).
        let row = line.saturating_sub(focus_scroll);
        return target_line.saturating_sub(row).min(other.max_scroll(height));
    }
    other_scroll
}

/// Scroll offset that shows line `line` a third of the way down a pane `height` lines tall.
pub fn reveal(line: usize, height: usize, max_scroll: usize) -> usize {
    line.saturating_sub(height / 3).min(max_scroll)
}

/// `scroll` moved by `delta` lines and kept within `0..=max_scroll`.
pub fn scrolled(scroll: usize, delta: isize, max_scroll: usize) -> usize {
    scroll.saturating_add_signed(delta).min(max_scroll)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::align::{Counterpart, SentenceAlignment};
    use crate::tui::wrap::VisualLine;

    fn view(sentence_lines: Vec<usize>, total: usize) -> ArticleView {
        ArticleView {
            lines: vec![VisualLine { start: 0, end: 0 }; total],
            sentence_lines,
        }
    }

    fn alignment(pairs: &[(usize, Option<usize>)]) -> ArticleAlignment {
        ArticleAlignment {
            article: 0,
            sentences: pairs
                .iter()
                .map(|(_, m)| SentenceAlignment {
                    matches: m
                        .map(|s| {
                            vec![Counterpart {
                                article: 1,
                                sentence: s as u32,
                                score: 0.9,
                            }]
                        })
                        .unwrap_or_default()
                        .into(),
                    copies: None,
                    covered: m.is_some(),
                    furniture: false,
                })
                .collect(),
        }
    }

    #[test]
    fn counterpart_lands_at_the_same_height() {
        // Focused: sentences start at lines 0, 4, 8. Other: at 0, 10, 20.
        let focus = view(vec![0, 4, 8], 12);
        let other = view(vec![0, 10, 20], 40);
        let al = alignment(&[(0, None), (1, Some(2)), (2, None)]);
        // Scrolled to line 2: sentence 1 (line 4) is the first with a counterpart, 2 rows down.
        assert_eq!(synced_scroll(&focus, 2, 10, (&al, &[]), 1, &other, 7), 18);
        // With the anchor at the top row, the counterpart goes to the top row.
        assert_eq!(synced_scroll(&focus, 4, 10, (&al, &[]), 1, &other, 7), 20);
    }

    #[test]
    fn no_counterpart_holds_still() {
        let focus = view(vec![0, 4, 8], 12);
        let other = view(vec![0, 10], 30);
        let al = alignment(&[(0, None), (1, None), (2, None)]);
        assert_eq!(synced_scroll(&focus, 3, 10, (&al, &[]), 1, &other, 7), 7);
        // A counterpart below the visible window does not count either.
        let al = alignment(&[(0, None), (1, None), (2, Some(1))]);
        assert_eq!(synced_scroll(&focus, 0, 5, (&al, &[]), 1, &other, 7), 7);
    }

    #[test]
    fn clamps_to_the_end() {
        let focus = view(vec![0, 4], 8);
        let other = view(vec![0, 18], 20);
        let al = alignment(&[(0, None), (1, Some(1))]);
        assert_eq!(synced_scroll(&focus, 4, 10, (&al, &[]), 1, &other, 0), 10);
    }

    #[test]
    fn reveal_and_scrolled() {
        assert_eq!(reveal(30, 9, 100), 27);
        assert_eq!(reveal(1, 9, 100), 0);
        assert_eq!(reveal(99, 9, 50), 50);
        assert_eq!(scrolled(5, -10, 20), 0);
        assert_eq!(scrolled(5, 30, 20), 20);
    }
}
