//! Which item sits on which row of the findings panel and the sidebar: shared by drawing and by
//! mouse clicks, so what is drawn is what gets clicked.

use super::wrap::wrap;

/// A row of the findings panel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FindingRow {
    /// The one-line summary of finding n.
    Summary(usize),
    /// Line k of the expanded detail of the selected finding n.
    Detail(usize, usize),
}

/// Columns the detail of a selected finding is indented by.
pub const DETAIL_INDENT: usize = 11;

/// The detail of a finding wrapped for a findings panel `width` columns wide (at most 3 lines).
pub fn detail_lines(detail: &str, width: usize) -> Vec<&str> {
    let lines = wrap(detail, width.saturating_sub(DETAIL_INDENT).max(10));
    lines
        .iter()
        .take(3)
        .map(|l| detail.get(l.start..l.end).unwrap_or(""))
        .collect()
}

/// Rows of a findings panel `height` rows tall, scrolled so the selected finding and its
/// `detail` lines show.
pub fn finding_rows(count: usize, selected: Option<usize>, detail: usize, height: usize) -> Vec<FindingRow> {
    let mut all = Vec::with_capacity(count + detail);
    for i in 0..count {
        all.push(FindingRow::Summary(i));
        if selected == Some(i) {
            all.extend((0..detail).map(|k| FindingRow::Detail(i, k)));
        }
    }
    let height = height.max(1);
    let anchor = selected.and_then(|s| {
        all.iter()
            .rposition(|r| matches!(r, FindingRow::Summary(i) | FindingRow::Detail(i, _) if *i == s))
    });
    let start = anchor
        .map_or(0, |a| (a + 1).saturating_sub(height))
        .min(all.len().saturating_sub(height));
    all.into_iter().skip(start).take(height).collect()
}

/// A row of the sidebar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SidebarRow {
    /// The "Stories" heading.
    StoriesHeading,
    /// Story n.
    Story(usize),
    /// The "Articles" heading.
    ArticlesHeading,
    /// Article at position n of the current story (two rows: outlet and headline).
    Article(usize),
}

/// Rows of a sidebar `height` rows tall for `stories` stories, the current one listing the
/// article positions `articles` (all of them, or those the filter matches). The article list
/// scrolls so that `focused` (the focused pane's article) stays visible.
pub fn sidebar_rows(
    stories: usize,
    current: usize,
    articles: &[usize],
    focused: Option<usize>,
    height: usize,
) -> Vec<SidebarRow> {
    let mut rows = vec![SidebarRow::StoriesHeading];
    // Keep the list of stories short enough to leave room for the articles of the current one.
    let room = height.saturating_sub(2 + articles.len() * 2).max(3);
    let first = current
        .saturating_sub(room.saturating_sub(1) / 2)
        .min(stories.saturating_sub(room));
    rows.extend((first..stories.min(first + room)).map(SidebarRow::Story));
    rows.push(SidebarRow::ArticlesHeading);
    let fit = (height.saturating_sub(rows.len()) / 2).max(1);
    let at = focused.and_then(|f| articles.iter().position(|&a| a == f)).unwrap_or(0);
    let start = (at + 1).saturating_sub(fit).min(articles.len().saturating_sub(fit));
    for &a in articles.iter().skip(start) {
        rows.push(SidebarRow::Article(a));
        rows.push(SidebarRow::Article(a));
    }
    rows.truncate(height);
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use FindingRow::*;

    #[test]
    fn selected_finding_is_expanded_and_visible() {
        assert_eq!(finding_rows(3, None, 1, 5), vec![Summary(0), Summary(1), Summary(2)]);
        assert_eq!(
            finding_rows(3, Some(1), 1, 5),
            vec![Summary(0), Summary(1), Detail(1, 0), Summary(2)]
        );
        assert_eq!(
            finding_rows(10, Some(8), 1, 3),
            vec![Summary(7), Summary(8), Detail(8, 0)]
        );
        assert_eq!(
            finding_rows(10, Some(8), 2, 3),
            vec![Summary(8), Detail(8, 0), Detail(8, 1)]
        );
        assert_eq!(finding_rows(0, None, 1, 3), vec![]);
    }

    #[test]
    fn details_wrap_to_three_lines() {
        let text = "one two three four five six seven eight nine ten eleven twelve";
        assert_eq!(
            detail_lines(text, 11 + 14),
            vec!["one two three", "four five six", "seven eight"]
        );
        assert_eq!(detail_lines("", 40), vec![""]);
    }

    #[test]
    fn sidebar_lists_stories_then_articles() {
        use SidebarRow::*;
        assert_eq!(
            sidebar_rows(2, 0, &[0], None, 20),
            vec![
                StoriesHeading,
                Story(0),
                Story(1),
                ArticlesHeading,
                Article(0),
                Article(0)
            ]
        );
        let rows = sidebar_rows(50, 40, &[0, 1, 2], None, 20);
        assert!(rows.contains(&Story(40)));
        assert_eq!(rows.len(), 20);
        assert!(sidebar_rows(5, 0, &[0, 1, 2], None, 0).is_empty());
    }

    #[test]
    fn sidebar_articles_scroll_to_the_focused_one() {
        use SidebarRow::*;
        let all: Vec<usize> = (0..55).collect();
        let rows = sidebar_rows(1, 0, &all, Some(40), 20);
        assert_eq!(rows.len(), 20);
        assert!(rows.contains(&Article(40)), "{rows:?}");
        assert!(!rows.contains(&Article(0)));
        // A filtered list shows only its articles.
        let rows = sidebar_rows(1, 0, &[3, 9], Some(9), 20);
        assert_eq!(rows.iter().filter(|r| matches!(r, Article(_))).count(), 4);
        assert!(sidebar_rows(1, 0, &[], Some(2), 5).len() <= 5);
    }
}
