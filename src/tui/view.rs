//! An article wrapped for a pane width: its visual lines and where each sentence starts.

use crate::article::Article;

use super::wrap::{VisualLine, line_of, wrap};

/// An article laid out for one text width.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArticleView {
    /// Visual lines, top to bottom.
    pub lines: Vec<VisualLine>,
    /// Line index where each sentence starts.
    pub sentence_lines: Vec<usize>,
}

impl ArticleView {
    /// Wrap `article` to `width` columns.
    pub fn new(article: &Article, width: usize) -> ArticleView {
        let lines = wrap(&article.text, width);
        let sentence_lines = article
            .sentences
            .iter()
            .map(|s| line_of(&lines, s.span.start))
            .collect();
        ArticleView { lines, sentence_lines }
    }

    /// Line showing byte `offset`.
    pub fn line_of(&self, offset: usize) -> usize {
        line_of(&self.lines, offset)
    }

    /// Largest useful scroll offset for a pane `height` lines tall.
    pub fn max_scroll(&self, height: usize) -> usize {
        self.lines.len().saturating_sub(height.max(1))
    }

    /// The sentence whose text covers line `line` (the last one starting at or before it).
    pub fn sentence_at_line(&self, line: usize) -> Option<usize> {
        let i = self.sentence_lines.partition_point(|&l| l <= line);
        i.checked_sub(1)
    }
}
