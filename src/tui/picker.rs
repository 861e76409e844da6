//! The article picker (`p`): the story's articles filtered by what is typed, as pure functions of
//! the state, so drawing and `update` agree on the list.

use crate::analysis::Analysis;

/// The open picker.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PickerState {
    /// What has been typed: every word must appear in the outlet, headline or id.
    pub query: String,
    /// Selected entry (an index into [`matches`]' result).
    pub selected: usize,
}

/// Positions (within the story) of the articles `query` matches, in story order.
pub fn matches(analysis: &Analysis, story_articles: &[usize], query: &str) -> Vec<usize> {
    let words: Vec<String> = query.split_whitespace().map(str::to_lowercase).collect();
    story_articles
        .iter()
        .enumerate()
        .filter(|&(_, &a)| {
            let Some(article) = analysis.articles.get(a) else {
                return false;
            };
            let haystack = format!("{} {} {}", article.outlet, article.title, article.id).to_lowercase();
            words.iter().all(|w| haystack.contains(w.as_str()))
        })
        .map(|(pos, _)| pos)
        .collect()
}
