//! Opening the reader: the inputs are read and analysed on a worker thread, which hands each
//! story over as soon as it is finished, so the first frame never waits for the corpus.

use std::ops::ControlFlow;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{Receiver, Sender, channel};

use crate::analysis::{Stages, Story, analyze_each_releasing};
use crate::article::Article;
use crate::load::{Input, LoadOptions, Loaded, load_demo, load_inputs};
use crate::sanitize::one_line;

use super::background::{Corpus, Update};

/// A finished story and its articles, handed over while the rest of the corpus is analysed.
pub struct Ready {
    /// The story; its article indices are corpus positions.
    pub story: Story,
    /// Its articles (claims included), in the order of `story.articles`.
    pub articles: Vec<Article>,
}

/// How far reading the inputs has got. The worker counts every file, so these are atomics the
/// event loop reads once a frame rather than a message per file.
#[derive(Debug, Default)]
pub struct ReadCounters {
    /// Local files read.
    pub files: AtomicUsize,
    /// Articles found in them.
    pub articles: AtomicUsize,
    /// The analysis' first steps: cleaning every article, grouping them.
    pub stages: Stages,
}

impl ReadCounters {
    /// (files read, articles found) so far.
    pub fn get(&self) -> (usize, usize) {
        (
            self.files.load(Ordering::Relaxed),
            self.articles.load(Ordering::Relaxed),
        )
    }

    /// (articles cleaned, grouped into stories yet) so far.
    pub fn stages(&self) -> (usize, bool) {
        (
            self.stages.cleaned.load(Ordering::Relaxed),
            self.stages.grouped.load(Ordering::Relaxed),
        )
    }
}

/// The opening worker, seen from the event loop.
pub struct OpeningJob {
    /// Its news: `Loaded` or `LoadFailed`, then a `Story` per story, then `Opened`.
    pub updates: Receiver<Update>,
    /// Reading progress.
    pub read: Arc<ReadCounters>,
}

/// Read `inputs` (the bundled demo when there are none) and analyse them on a worker thread.
pub fn open(inputs: Vec<Input>, mut options: LoadOptions) -> OpeningJob {
    let (tx, rx) = channel();
    let read = Arc::new(ReadCounters::default());
    let counters = Arc::clone(&read);
    let counters_for_analysis = Arc::clone(&read);
    options.file_progress = Some(Arc::new(move |files, articles| {
        counters.files.store(files, Ordering::Relaxed);
        counters.articles.store(articles, Ordering::Relaxed);
    }));
    let fetch_tx = tx.clone();
    options.progress = Some(Arc::new(move |done: usize, total: usize, url: &str| {
        let _ = fetch_tx.send(Update::Progress(format!("fetched {done}/{total} {}", one_line(url))));
    }));
    std::thread::spawn(move || {
        let loaded = if inputs.is_empty() {
            Ok(load_demo())
        } else {
            load_inputs(&inputs, &options)
        };
        match loaded {
            Ok(loaded) => analyse(loaded, options, &tx, &counters_for_analysis.stages),
            Err(e) => {
                let _ = tx.send(Update::LoadFailed(e));
            }
        }
    });
    OpeningJob { updates: rx, read }
}

/// Analyse what was read, sending each story with its articles as soon as it is finished. A
/// reader that quit drops the receiver: the analysis stops then.
fn analyse(loaded: Loaded, options: LoadOptions, tx: &Sender<Update>, stages: &Stages) {
    // The reader keeps the documents so `a` can add inputs and analyse them all again.
    let options = LoadOptions {
        progress: None,
        file_progress: None,
        ..options
    };
    let corpus = Corpus::new(&loaded.documents, loaded.story_titles.clone(), options);
    let count = loaded.documents.len();
    let sent = tx.send(Update::Loaded {
        corpus: Box::new(corpus),
        warnings: loaded.warnings,
    });
    if sent.is_err() {
        return;
    }
    let mut handed = vec![false; count];
    let mut articles = analyze_each_releasing(loaded.documents, &loaded.story_titles, stages, |articles, story| {
        // The story's articles are final once it is (their claims included): the reader gets
        // copies, and the analysis drops its own as soon as this returns.
        let copies = story
            .articles
            .iter()
            .map(|&a| {
                if let Some(h) = handed.get_mut(a) {
                    *h = true;
                }
                articles[a].clone()
            })
            .collect();
        match tx.send(Update::Story(Box::new(Ready {
            story,
            articles: copies,
        }))) {
            Ok(()) => ControlFlow::Continue(()),
            Err(_) => ControlFlow::Break(()),
        }
    });
    // Every article belongs to a story; should one not, the reader still gets it.
    let rest: Vec<(usize, Article)> = articles
        .drain(..)
        .enumerate()
        .filter(|(i, _)| !handed.get(*i).copied().unwrap_or(false))
        .collect();
    drop(articles);
    let _ = tx.send(Update::Opened(rest));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_demo_arrives_story_by_story() {
        let job = open(Vec::new(), LoadOptions::default());
        let updates: Vec<Update> = job.updates.iter().collect();
        let Some(Update::Loaded { corpus, .. }) = updates.first() else {
            panic!("not loaded first")
        };
        let count = corpus.len();
        let stories: Vec<&Ready> = updates
            .iter()
            .filter_map(|u| match u {
                Update::Story(ready) => Some(ready.as_ref()),
                _ => None,
            })
            .collect();
        assert!(!stories.is_empty());
        let mut seen: Vec<usize> = stories.iter().flat_map(|r| r.story.articles.clone()).collect();
        seen.sort_unstable();
        assert_eq!(seen, (0..count).collect::<Vec<_>>());
        for ready in &stories {
            assert_eq!(ready.story.articles.len(), ready.articles.len());
        }
        assert!(matches!(updates.last(), Some(Update::Opened(rest)) if rest.is_empty()));
    }

    #[test]
    fn a_folder_without_articles_fails_to_load() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("empty.txt"), "").unwrap();
        let job = open(vec![Input::Path(dir.path().to_path_buf())], LoadOptions::default());
        let updates: Vec<Update> = job.updates.iter().collect();
        assert!(matches!(
            updates.as_slice(),
            [Update::LoadFailed(crate::load::LoadError::NoArticles(_, warnings))] if warnings.len() == 1
        ));
        assert_eq!(job.read.get(), (1, 0));
    }
}
