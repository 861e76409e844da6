//! Stories analysed batch by batch and handed over in order: the pool analyses one batch while
//! the caller renders the one before, and each batch's articles give back their texts once handed.

use std::ops::ControlFlow;

use rayon::prelude::*;

use super::{Analysed, Prepared, Stages, Story, StoryContext};
use crate::align::Depth;
use crate::article::Article;
use crate::load::Document;

/// Articles analysed at once by [`super::analyze_each`] (whole stories, at least one): enough that the
/// pool's idle tail at the end of each batch is small beside the batch, few enough that memory
/// does not grow with the number of stories.
const STREAM_BATCH_ARTICLES: usize = 512;

/// Prepare `documents` and analyse their stories batch by batch, handing each story to `each` in
/// order (see [`super::analyze_each`]); `release` lets each handed story's articles give back
/// their texts and terms (see [`super::analyze_each_releasing`]).
pub(super) fn stream(
    documents: Vec<Document>,
    story_titles: &[(String, String)],
    release: bool,
    stages: &Stages,
    depth: Depth,
    mut each: impl FnMut(&[Article], Story) -> ControlFlow<()>,
) -> Vec<Article> {
    let Prepared {
        mut articles,
        mut features,
        heads,
        texts,
    } = Prepared::new(documents, story_titles, stages);
    let mut work: Vec<(Vec<usize>, (String, String))> =
        heads.into_iter().map(|h| (h.members, (h.id, h.title))).collect();
    let mut batch_start = 0;
    // The stories analysed last, handed to `each` while the next batch is analysed: the caller's
    // rendering runs on this thread while the pool works on the next stories.
    let mut finished: Vec<Story> = Vec::new();
    loop {
        let batch_end = batch_end(&work, batch_start);
        let batch: Vec<(Vec<usize>, (String, String))> =
            work[batch_start..batch_end].iter_mut().map(std::mem::take).collect();
        batch_start = batch_end;
        if batch.is_empty() && finished.is_empty() {
            break;
        }
        let ctx = StoryContext {
            articles: &articles,
            features: &features,
            texts: &texts,
            depth,
        };
        let each = &mut each;
        let outcome = std::thread::scope(|scope| {
            // Stories are independent of each other: analyse them in parallel.
            let next = scope.spawn(move || {
                batch
                    .into_par_iter()
                    .map(|(members, (id, title))| ctx.story(members, id, title))
                    .collect::<Vec<Analysed>>()
            });
            let mut handed: Vec<usize> = Vec::new();
            let stopped = finished.drain(..).any(|story| {
                handed.extend_from_slice(&story.articles);
                each(ctx.articles, story).is_break()
            });
            let results = next.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            (results, stopped, handed)
        });
        let (results, stopped, handed) = outcome;
        if release {
            // An article belongs to one story, and that story was handed over.
            for a in handed {
                if let Some(article) = articles.get_mut(a) {
                    article.release_text();
                }
                features.release_terms(a);
            }
        }
        if stopped {
            return articles;
        }
        for Analysed { story, claims, texts } in results {
            for ((&a, article_claims), text) in story.articles.iter().zip(claims).zip(texts) {
                articles[a].claims = article_claims;
                articles[a].text = text;
            }
            finished.push(story);
        }
    }
    articles
}

/// Where the batch of stories from `start` ends: once it holds [`STREAM_BATCH_ARTICLES`]
/// articles, with at least one story.
fn batch_end(work: &[(Vec<usize>, (String, String))], start: usize) -> usize {
    let mut articles = 0;
    let mut end = start;
    while let Some((members, _)) = work.get(end) {
        if end > start && articles + members.len() > STREAM_BATCH_ARTICLES {
            break;
        }
        articles += members.len();
        end += 1;
    }
    end
}

#[cfg(test)]
mod tests {
    use super::*;

    fn work(sizes: &[usize]) -> Vec<(Vec<usize>, (String, String))> {
        sizes.iter().map(|&n| ((0..n).collect(), Default::default())).collect()
    }

    #[test]
    fn batches_hold_whole_stories_up_to_the_article_budget() {
        let half = STREAM_BATCH_ARTICLES / 2;
        let stories = work(&[half, half, 1, STREAM_BATCH_ARTICLES * 3, 2, 3]);
        // Two halves fill a batch; the next story starts the next one.
        assert_eq!(batch_end(&stories, 0), 2);
        // A story bigger than the budget is a batch of its own, whatever comes before it.
        assert_eq!(batch_end(&stories, 2), 3);
        assert_eq!(batch_end(&stories, 3), 4);
        assert_eq!(batch_end(&stories, 4), 6);
        assert_eq!(batch_end(&stories, 6), 6);
    }
}
