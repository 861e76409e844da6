//! Reports of an analysis for people (text, Markdown) and scripts (JSON).

pub mod json;
mod markdown;
mod outline;
mod text;

use serde::Serialize;
use similar::{Algorithm, ChangeTag, utils::diff_words};

use crate::analysis::Analysis;

/// Output format of a report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Plain text for a terminal, optionally coloured.
    Text,
    /// Markdown for notes.
    Markdown,
    /// Stable JSON for scripts.
    Json,
    /// One JSON story per line (see [`json::story_line`]).
    Jsonl,
}

/// Render `analysis` in `format`; `color` only affects text.
pub fn render(analysis: &Analysis, format: Format, color: bool) -> String {
    render_with(analysis, format, color, json::JsonOptions::default())
}

/// Render `analysis` in `format`; `color` only affects text, `options` only JSON and JSONL.
pub fn render_with(analysis: &Analysis, format: Format, color: bool, options: json::JsonOptions) -> String {
    match format {
        Format::Json => json::render_with(analysis, options),
        Format::Jsonl => analysis
            .stories
            .iter()
            .map(|s| json::story_line(&analysis.articles, s, options))
            .collect(),
        Format::Markdown => markdown::render(&outline::outline(analysis)),
        Format::Text => text::render(&outline::outline(analysis), color),
    }
}

/// One piece of a word-level difference between a canonical wording and another.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DiffPiece {
    /// `equal`, `delete` (only in the canonical wording) or `insert` (only in the other).
    pub op: &'static str,
    /// The words concerned, with their spacing.
    pub text: String,
}

/// Word-level difference from a shared quote's canonical wording to one outlet's wording as
/// printed (folded the same way the canonical one was, so spacing and a trailing comma don't count).
pub fn wording_diff(canonical: &str, printed: &str) -> Vec<DiffPiece> {
    word_diff(canonical, &crate::shared::display_wording(printed))
}

/// Word-level difference from `old` to `new`.
pub fn word_diff(old: &str, new: &str) -> Vec<DiffPiece> {
    let mut out: Vec<DiffPiece> = Vec::new();
    for (tag, text) in diff_words(Algorithm::Myers, old, new) {
        let op = match tag {
            ChangeTag::Equal => "equal",
            ChangeTag::Delete => "delete",
            ChangeTag::Insert => "insert",
        };
        match out.last_mut() {
            Some(last) if last.op == op => last.text.push_str(text),
            _ => out.push(DiffPiece {
                op,
                text: text.to_string(),
            }),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_diff_marks_changed_words() {
        let d = word_diff("the talks were quite useful", "the talks were very useful");
        let ops: Vec<(&str, &str)> = d.iter().map(|p| (p.op, p.text.as_str())).collect();
        assert_eq!(
            ops,
            vec![
                ("equal", "the talks were "),
                ("delete", "quite"),
                ("insert", "very"),
                ("equal", " useful")
            ]
        );
    }
}
