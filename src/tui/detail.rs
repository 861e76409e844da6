//! Which stories' analysis the reader holds. A reader opened on a folder lists every story as soon
//! as the corpus is grouped; a story's findings, alignment and its articles' text come when it is
//! shown, its neighbours are asked for ahead, and stories long left go back to their listing, so
//! memory holds a few stories rather than the whole corpus.

use crate::analysis::Story;
use crate::article::Article;

use super::app::{App, Mode};

/// Stories whose analysis the reader keeps at most, the shown one and its neighbours included.
pub const HELD: usize = 12;

/// The reader's side of story-by-story analysis. Empty (nothing to ask for) when the reader
/// was given a whole analysis.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Detail {
    /// Per story: whether its analysis is here. Empty when everything is.
    held: Vec<bool>,
    /// Stories held, the one shown last first.
    recent: Vec<usize>,
    /// Stories to ask the worker for, taken by the event loop.
    wanted: Vec<usize>,
    /// Set when the worker that analyses the stories is gone: no more will come.
    pub lost: bool,
    /// An article (corpus index) whose story to show once the stories are listed: the first one
    /// an added input brought.
    pub show: Option<usize>,
}

impl Detail {
    /// Detail for `stories` stories, none of them here yet.
    pub fn waiting_for(stories: usize) -> Detail {
        Detail {
            held: vec![false; stories],
            ..Detail::default()
        }
    }

    /// Whether stories come one at a time (else the reader was given the whole analysis).
    pub fn on_demand(&self) -> bool {
        !self.held.is_empty()
    }

    /// Whether story `index`'s analysis is here.
    pub fn holds(&self, index: usize) -> bool {
        self.held.get(index).copied().unwrap_or(self.held.is_empty())
    }

    /// Stories asked for since the event loop last took them, the shown one first.
    pub fn take_wanted(&mut self) -> Vec<usize> {
        std::mem::take(&mut self.wanted)
    }

    /// Ask for story `index` and its neighbours, those not here.
    fn want_around(&mut self, index: usize) {
        let around = [Some(index), index.checked_add(1), index.checked_sub(1)];
        self.wanted = around
            .into_iter()
            .flatten()
            .filter(|&s| s < self.held.len() && !self.held[s])
            .collect();
    }

    /// Note that story `index` is shown (or just came), for [`Detail::release_for`].
    fn touch(&mut self, index: usize) {
        self.recent.retain(|&s| s != index);
        self.recent.insert(0, index);
    }

    /// The stories to let go, least recently shown first, to keep at most [`HELD`] and never the
    /// one shown or its neighbours.
    fn release_for(&mut self, shown: usize) -> Vec<usize> {
        let near = |s: usize| s.abs_diff(shown) <= 1;
        let mut out = Vec::new();
        while self.recent.len() > HELD {
            let Some(pos) = self.recent.iter().rposition(|&s| !near(s)) else {
                break;
            };
            let s = self.recent.remove(pos);
            self.held[s] = false;
            out.push(s);
        }
        out
    }
}

impl App {
    /// Take the corpus's stories as listed before their analysis (`stories`, largest first) and
    /// every article with its metadata only: the sidebar fills at once, and the first story is
    /// asked for.
    ///
    /// After an input was added, the story with its first article is shown, else the story
    /// shown before (by id).
    pub fn take_heads(&mut self, stories: Vec<Story>, articles: Vec<Article>) {
        let before = self.current_story().map(|s| s.id.clone());
        let show = self.detail.show.take();
        self.detail = Detail::waiting_for(stories.len());
        self.analysis.stories = stories;
        self.analysis.articles = articles;
        self.opening = None;
        self.loading = false;
        // A table or picker over the old stories has nothing left to point at.
        if matches!(self.mode, Mode::Table | Mode::Picker | Mode::StoryPicker) {
            self.mode = Mode::Normal;
        }
        let stories = &self.analysis.stories;
        let index = show
            .and_then(|a| stories.iter().position(|s| s.articles.contains(&a)))
            .or_else(|| before.and_then(|id| stories.iter().position(|s| s.id == id)))
            .unwrap_or(0);
        self.select_story(index);
    }

    /// Take the analysis of story `index` and its articles (text and claims, in the story's
    /// order). The story shown is redrawn with its findings, the panes kept; stories shown long
    /// ago go back to their listing.
    pub fn take_story(&mut self, index: usize, story: Story, articles: Vec<Article>) {
        let same = self
            .analysis
            .stories
            .get(index)
            .is_some_and(|s| s.articles == story.articles);
        if self.detail.holds(index) || !same {
            // Already here, or news from before the corpus changed.
            return;
        }
        for (&a, article) in story.articles.iter().zip(articles) {
            if let Some(slot) = self.analysis.articles.get_mut(a) {
                *slot = article;
            }
        }
        self.analysis.stories[index] = story;
        self.detail.held[index] = true;
        self.detail.touch(index);
        if self.detail.holds(self.story) {
            // The story shown stays the most recent, whatever comes in after it.
            self.detail.touch(self.story);
        }
        for s in self.detail.release_for(self.story) {
            self.release_story(s);
        }
        if index == self.story {
            self.refresh_story();
        }
    }

    /// Whether the story shown is analysed (always, for a reader given a whole analysis).
    pub fn story_ready(&self) -> bool {
        self.analysis.stories.is_empty() || self.detail.holds(self.story)
    }

    /// Ask for the story shown and its neighbours, those not here (called on every story change).
    pub(super) fn want_story(&mut self) {
        self.detail.want_around(self.story);
        if self.detail.holds(self.story) && self.detail.on_demand() {
            self.detail.touch(self.story);
        }
    }

    /// Put story `index` back to its listing: no findings, its articles' text and claims let go.
    fn release_story(&mut self, index: usize) {
        let Some(story) = self.analysis.stories.get_mut(index) else {
            return;
        };
        story.shared_quotes = Vec::new();
        story.alignment = Vec::new();
        story.copies = Vec::new();
        story.claims = Vec::new();
        for &a in &story.articles {
            if let Some(article) = self.analysis.articles.get_mut(a) {
                article.release_text();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn neighbours_are_wanted_after_the_story_shown() {
        let mut d = Detail::waiting_for(5);
        d.want_around(0);
        assert_eq!(d.take_wanted(), vec![0, 1]);
        assert!(d.take_wanted().is_empty());
        d.held[3] = true;
        d.want_around(4);
        assert_eq!(d.take_wanted(), vec![4]);
        // A whole analysis wants nothing and holds everything.
        let mut whole = Detail::default();
        whole.want_around(0);
        assert!(whole.take_wanted().is_empty() && whole.holds(7));
    }

    #[test]
    fn the_least_recent_stories_go_but_never_the_shown_one_or_its_neighbours() {
        let mut d = Detail::waiting_for(40);
        for s in 0..=HELD + 2 {
            d.held[s] = true;
            d.touch(s);
        }
        // Shown: story 1, among the oldest.
        d.touch(1);
        let released = d.release_for(1);
        assert_eq!(released, vec![3, 4, 5]);
        assert_eq!(d.recent.len(), HELD);
        assert!(d.holds(0) && d.holds(1) && d.holds(2) && !d.holds(3));
    }
}
