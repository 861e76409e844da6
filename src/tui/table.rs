//! The finding table (`v`): one row per outlet's statement of the selected finding, as pure
//! functions of the state, so drawing and `update` agree on the row order.

use crate::analysis::Analysis;
use crate::findings::Finding;
use crate::sanitize::one_line;

/// How the table's rows are ordered; a key cycles through them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TableSort {
    /// Grouped by value, the value most outlets give first; outlets in order inside a group.
    #[default]
    Value,
    /// By outlet name.
    Outlet,
    /// By publication time as given (undated last), then outlet.
    Time,
}

impl TableSort {
    /// The next order in the cycle.
    pub fn next(self) -> TableSort {
        match self {
            TableSort::Value => TableSort::Outlet,
            TableSort::Outlet => TableSort::Time,
            TableSort::Time => TableSort::Value,
        }
    }

    /// The order's name, for the table's title.
    pub fn label(self) -> &'static str {
        match self {
            TableSort::Value => "value",
            TableSort::Outlet => "outlet",
            TableSort::Time => "time",
        }
    }
}

/// The open table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct TableState {
    /// Index of the finding in the reader's findings.
    pub finding: usize,
    /// Row order.
    pub sort: TableSort,
    /// Selected row (an index into [`rows`]' result).
    pub selected: usize,
}

/// One row: one outlet's statement, every field one line of sanitized text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// Index of the passage in the finding.
    pub passage: usize,
    /// The outlet.
    pub outlet: String,
    /// The value with "expected" or "reported" (a quote: how the wording relates).
    pub value: String,
    /// Who the outlet credits, or empty.
    pub attribution: String,
    /// Publication time as given, or empty.
    pub published: String,
    /// The sentence; for an altered quote, its word-level difference from the canonical wording
    /// ("[-removed-] {+added+}").
    pub sentence: String,
}

/// The rows of `finding` in `sort` order.
pub fn rows(analysis: &Analysis, finding: &Finding, sort: TableSort) -> Vec<Row> {
    let mut rows: Vec<Row> = finding
        .passages
        .iter()
        .enumerate()
        .filter_map(|(i, p)| {
            let article = analysis.articles.get(p.article)?;
            let attribution = article
                .claims
                .iter()
                .find(|c| c.span == p.span)
                .and_then(|c| c.attributed_to.as_deref())
                .unwrap_or("");
            let sentence = match &p.diff {
                Some(pieces) => pieces
                    .iter()
                    .map(|d| match d.op {
                        "delete" => format!("[-{}-]", d.text),
                        "insert" => format!("{{+{}+}}", d.text),
                        _ => d.text.clone(),
                    })
                    .collect::<String>(),
                None => p.sentence.and_then(|s| article.sentences.get(s)).map_or_else(
                    || article.slice(p.span).to_string(),
                    |s| article.slice(s.span).to_string(),
                ),
            };
            Some(Row {
                passage: i,
                outlet: one_line(&article.outlet),
                value: one_line(&p.note),
                attribution: one_line(attribution),
                published: one_line(article.published.as_deref().unwrap_or("")),
                sentence: one_line(&sentence),
            })
        })
        .collect();
    match sort {
        TableSort::Value => {
            let size = |v: &str| rows.iter().filter(|r| r.value == v).count();
            let sizes: Vec<usize> = rows.iter().map(|r| size(&r.value)).collect();
            let mut keyed: Vec<(usize, Row)> = sizes.into_iter().zip(rows).collect();
            keyed.sort_by(|(na, a), (nb, b)| nb.cmp(na).then(a.value.cmp(&b.value)).then(a.outlet.cmp(&b.outlet)));
            keyed.into_iter().map(|(_, r)| r).collect()
        }
        TableSort::Outlet => {
            rows.sort_by(|a, b| a.outlet.cmp(&b.outlet).then(a.value.cmp(&b.value)));
            rows
        }
        TableSort::Time => {
            rows.sort_by(|a, b| {
                a.published
                    .is_empty()
                    .cmp(&b.published.is_empty())
                    .then(a.published.cmp(&b.published))
                    .then(a.outlet.cmp(&b.outlet))
            });
            rows
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sort_cycles_through_three_orders() {
        let s = TableSort::default();
        assert_eq!(s, TableSort::Value);
        assert_eq!(s.next().next().next(), s);
        assert_eq!(s.next().label(), "outlet");
    }
}
