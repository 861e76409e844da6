//! The article picker (`p`) and the story picker (`P`): the story's articles, or every story,
//! filtered by what is typed, as pure functions of the state, so drawing and `update` agree on the
//! list.

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

/// Indices of the stories `query` matches, in story order: every word must appear in the
/// story's title or id, or in the outlet of one of its articles ("ledger flood": the flood stories
/// the Ledger covered).
pub fn story_matches(analysis: &Analysis, query: &str) -> Vec<usize> {
    let words: Vec<String> = query.split_whitespace().map(str::to_lowercase).collect();
    analysis
        .stories
        .iter()
        .enumerate()
        .filter(|(_, story)| {
            let mut haystack = format!("{} {}", story.title, story.id).to_lowercase();
            for a in story.articles.iter().filter_map(|&a| analysis.articles.get(a)) {
                haystack.push(' ');
                haystack.push_str(&a.outlet.to_lowercase());
            }
            words.iter().all(|w| haystack.contains(w.as_str()))
        })
        .map(|(i, _)| i)
        .collect()
}
