//! A corpus read up to its stories (articles cleaned, terms weighed, stories grouped and titled),
//! whose stories are analysed one at a time when asked for: the reader's way in, so that a big
//! folder lists every story as soon as it is grouped and holds the detail of the few it shows.

use crate::article::Article;
use crate::features::Features;
use crate::load::Document;

use super::{Analysed, Packed, Stages, Story, StoryContext};
use crate::align::Depth;

/// One story before its analysis: which articles, its id and title.
#[derive(Debug, Clone)]
pub(super) struct Head {
    /// Corpus indices of its articles, in corpus order.
    pub members: Vec<usize>,
    /// Its id, unique in the corpus.
    pub id: String,
    /// Its title.
    pub title: String,
}

/// A corpus grouped into stories, largest first, none analysed yet.
pub struct Prepared {
    /// Every article, its text in `texts` until its story is analysed.
    pub(super) articles: Vec<Article>,
    pub(super) features: Features,
    pub(super) heads: Vec<Head>,
    pub(super) texts: Packed,
}

impl Prepared {
    /// Clean `documents`, weigh their terms and group them into stories; `story_titles` maps
    /// explicit story keys to titles. The first steps are counted in `stages` as they go.
    pub fn new(documents: Vec<Document>, story_titles: &[(String, String)], stages: &Stages) -> Prepared {
        super::prepare(documents, story_titles, stages)
    }

    /// How many stories there are.
    pub fn len(&self) -> usize {
        self.heads.len()
    }

    /// Whether there is no story.
    pub fn is_empty(&self) -> bool {
        self.heads.is_empty()
    }

    /// Every article, in input order, without text or claims (a story's analysis gives both).
    pub fn articles(&self) -> &[Article] {
        &self.articles
    }

    /// Story `index` as listed before its analysis: id, title and articles, no findings.
    pub fn head(&self, index: usize) -> Option<Story> {
        let head = self.heads.get(index)?;
        Some(Story {
            id: head.id.clone(),
            title: head.title.clone(),
            articles: head.members.clone(),
            shared_quotes: Vec::new(),
            alignment: Vec::new(),
            copies: Vec::new(),
            claims: Vec::new(),
        })
    }

    /// Story `index` analysed, with copies of its articles carrying their claims (in the order
    /// of `Story::articles`): the same as [`super::analyze`] gives for it.
    pub fn story(&mut self, index: usize) -> Option<(Story, Vec<Article>)> {
        let head = self.heads.get(index)?;
        let ctx = StoryContext {
            articles: &self.articles,
            features: &self.features,
            texts: &self.texts,
            depth: Depth::Counterparts,
        };
        let Analysed { story, claims, texts } = ctx.story(head.members.clone(), head.id.clone(), head.title.clone());
        // The texts go to the copies: the corpus keeps them packed.
        let articles = story
            .articles
            .iter()
            .zip(claims.into_iter().zip(texts))
            .map(|(&a, (claims, text))| Article {
                claims,
                text,
                ..self.articles[a].clone()
            })
            .collect();
        Some((story, articles))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::analyze;
    use crate::load::load_demo;

    #[test]
    fn a_story_asked_for_is_the_story_analysed_whole() {
        let whole = analyze(load_demo().documents, &[]);
        let mut prepared = Prepared::new(load_demo().documents, &[], &Stages::default());
        assert_eq!(prepared.len(), whole.stories.len());
        assert!(prepared.story(prepared.len()).is_none() && prepared.head(prepared.len()).is_none());
        for (k, expected) in whole.stories.iter().enumerate() {
            let (story, articles) = prepared.story(k).unwrap();
            let json = |s: &Story| serde_json::to_string(s).unwrap();
            assert_eq!(json(&story), json(expected));
            for (&a, article) in story.articles.iter().zip(&articles) {
                assert_eq!(article.claims, whole.articles[a].claims);
                assert_eq!(article.text, whole.articles[a].text);
            }
            let head = prepared.head(k).unwrap();
            assert_eq!(
                (&head.id, &head.title, &head.articles),
                (&story.id, &story.title, &story.articles)
            );
            assert!(head.claims.is_empty() && head.alignment.is_empty() && head.shared_quotes.is_empty());
        }
        // Each story's analysis lent its articles' texts to the copies it gave.
        assert!(prepared.articles().iter().all(|a| a.text.is_empty()));
        assert_eq!(prepared.articles().len(), whole.articles.len());
        // The reader asks again for a story it let go: the same analysis, texts and all.
        let (again, articles) = prepared.story(0).unwrap();
        assert_eq!(
            serde_json::to_string(&again).unwrap(),
            serde_json::to_string(&whole.stories[0]).unwrap()
        );
        for (&a, article) in again.articles.iter().zip(&articles) {
            assert_eq!(article.text, whole.articles[a].text);
        }
    }
}
