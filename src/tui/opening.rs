//! Opening the reader: the inputs are read and grouped into stories on a worker thread, so the
//! first frame never waits for the corpus. The worker then lists every story and analyses those
//! the reader asks for, one at a time, for as long as the reader runs.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{Receiver, Sender, channel};

use crate::analysis::{Prepared, Stages, Story};
use crate::article::Article;
use crate::load::{Document, Input, LoadOptions, Loaded, load_demo, load_inputs};
use crate::sanitize::one_line;

use super::background::{Corpus, Update};

/// An analysed story and its articles, handed over when the reader asks for it.
pub struct Ready {
    /// The story; its article indices are corpus positions.
    pub story: Story,
    /// Its articles (text and claims included), in the order of `story.articles`.
    pub articles: Vec<Article>,
}

/// The corpus grouped, before any story is analysed.
pub struct Heads {
    /// Every story, largest first, without findings.
    pub stories: Vec<Story>,
    /// Every article, by corpus index, with who published what but no text.
    pub articles: Vec<Article>,
}

impl Heads {
    /// The listing of `prepared`'s stories and articles.
    pub fn of(prepared: &Prepared) -> Heads {
        Heads {
            stories: (0..prepared.len()).filter_map(|k| prepared.head(k)).collect(),
            articles: prepared.articles().iter().map(Article::listing).collect(),
        }
    }
}

/// Stories the worker analyses of those asked for at once: the newest requests. Older ones are
/// for stories the reader has moved away from; it asks again if it comes back.
const SERVED: usize = 3;

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
    /// Its news: `Loaded` or `LoadFailed`, then `Heads`, then a `Story` per story asked for.
    pub updates: Receiver<Update>,
    /// Reading progress.
    pub read: Arc<ReadCounters>,
    /// Stories to analyse, by index; dropping it ends the worker.
    pub requests: Sender<usize>,
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
    let (requests, asked) = channel();
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
            Ok(loaded) => analyse(loaded, options, &tx, &asked, &counters_for_analysis.stages),
            Err(e) => {
                let _ = tx.send(Update::LoadFailed(e));
            }
        }
    });
    OpeningJob {
        updates: rx,
        read,
        requests,
    }
}

/// Group what was read into stories and list them, then analyse each story the reader asks for
/// until it goes (it drops the request channel, or the news channel).
fn analyse(loaded: Loaded, options: LoadOptions, tx: &Sender<Update>, asked: &Receiver<usize>, stages: &Stages) {
    // The reader keeps the documents so `a` can add inputs and analyse them all again.
    let options = LoadOptions {
        progress: None,
        file_progress: None,
        ..options
    };
    let corpus = Corpus::new(&loaded.documents, loaded.story_titles.clone(), options);
    let sent = tx.send(Update::Loaded {
        corpus: Box::new(corpus),
        warnings: loaded.warnings,
    });
    if sent.is_err() {
        return;
    }
    serve_stories(loaded.documents, &loaded.story_titles, tx, asked, stages);
}

/// Group `documents` into stories and list them on `tx`, then analyse each story asked for on
/// `asked` until the reader goes (it drops either channel). `story_titles` maps story keys to
/// titles.
pub fn serve_stories(
    documents: Vec<Document>,
    story_titles: &[(String, String)],
    tx: &Sender<Update>,
    asked: &Receiver<usize>,
    stages: &Stages,
) {
    let mut prepared = Prepared::new(documents, story_titles, stages);
    if tx.send(Update::Heads(Box::new(Heads::of(&prepared)))).is_err() {
        return;
    }
    while let Ok(first) = asked.recv() {
        let mut newest: Vec<usize> = std::iter::once(first).chain(asked.try_iter()).collect();
        newest = newest.split_off(newest.len().saturating_sub(SERVED));
        let mut done: Vec<usize> = Vec::new();
        for k in newest {
            if done.contains(&k) {
                continue;
            }
            done.push(k);
            let Some((story, articles)) = prepared.story(k) else {
                continue;
            };
            if tx.send(Update::Story(k, Box::new(Ready { story, articles }))).is_err() {
                return;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_demo_is_listed_then_each_story_comes_when_asked_for() {
        let job = open(Vec::new(), LoadOptions::default());
        let Ok(Update::Loaded { corpus, .. }) = job.updates.recv() else {
            panic!("not loaded first")
        };
        let Ok(Update::Heads(heads)) = job.updates.recv() else {
            panic!("no listing")
        };
        assert_eq!(heads.articles.len(), corpus.len());
        assert!(heads.articles.iter().all(|a| a.text.is_empty() && !a.outlet.is_empty()));
        let whole = crate::analysis::analyze(load_demo().documents, &[]);
        assert_eq!(heads.stories.len(), whole.stories.len());
        for k in (0..heads.stories.len()).rev() {
            job.requests.send(k).unwrap();
            let Ok(Update::Story(index, ready)) = job.updates.recv() else {
                panic!("story {k} not analysed")
            };
            assert_eq!(index, k);
            assert_eq!(ready.story.claims.len(), whole.stories[k].claims.len());
            for (&a, article) in ready.story.articles.iter().zip(&ready.articles) {
                assert_eq!(article.text, whole.articles[a].text);
                assert_eq!(article.claims, whole.articles[a].claims);
            }
        }
        // A story that does not exist is no answer; the reader going away ends the worker.
        job.requests.send(heads.stories.len()).unwrap();
        drop(job.requests);
        assert!(job.updates.iter().next().is_none());
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
