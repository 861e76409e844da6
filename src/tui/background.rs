//! Adding inputs from the reader: load on a worker thread, reporting progress, while the reader
//! keeps drawing; the same thread then lists and analyses the grown corpus's stories as the
//! opening worker does.

use std::path::Path;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, Sender, channel};

use crate::analysis::Stages;
use crate::load::{Document, Input, LoadError, Progress, Warning, load_inputs};
use crate::sanitize::one_line;

pub use super::corpus::Corpus;
use super::opening::{Heads, OpeningJob, ReadCounters, Ready, serve_stories};

/// News from the worker.
pub enum Update {
    /// Opening: the inputs are read; the analysis starts.
    Loaded {
        /// What was read, kept for adding inputs later.
        corpus: Box<Corpus>,
        /// Inputs skipped or degraded on the way.
        warnings: Vec<Warning>,
    },
    /// Opening: nothing to analyse (a missing path, or no article in any input).
    LoadFailed(LoadError),
    /// Opening: the corpus is grouped; every story as listed before its analysis.
    Heads(Box<Heads>),
    /// A story asked for is analysed: its index and analysis.
    Story(usize, Box<Ready>),
    /// A status line to show.
    Progress(String),
    /// Inputs were added: the grown corpus's stories come from the job it carries.
    Done(Box<Added>),
    /// Nothing was added.
    Failed(String),
}

/// The outcome of an added input.
pub struct Added {
    /// The worker listing and analysing the grown corpus's stories (the one that loaded it).
    pub stories: OpeningJob,
    /// The grown corpus.
    pub corpus: Corpus,
    /// Corpus index of the first new article.
    pub first_new: usize,
    /// What to tell the user.
    pub message: String,
}

/// Load `arg` (a path or URL) on a worker thread; once loaded, the same thread lists and
/// analyses the stories of `corpus` grown by it, as the opening worker does.
pub fn start(corpus: Corpus, arg: String) -> Receiver<Update> {
    let (tx, rx) = channel();
    std::thread::spawn(move || match add(corpus, &arg, &tx) {
        Ok((grown, documents)) => {
            let (stories_tx, updates) = channel();
            let (requests, asked) = channel();
            let story_titles = grown.corpus.story_titles.clone();
            let added = Added {
                stories: OpeningJob {
                    updates,
                    read: Arc::new(ReadCounters::default()),
                    requests,
                },
                corpus: grown.corpus,
                first_new: grown.first_new,
                message: grown.message,
            };
            if tx.send(Update::Done(Box::new(added))).is_ok() {
                drop(tx);
                serve_stories(documents, &story_titles, &stories_tx, &asked, &Stages::default());
            }
        }
        Err(message) => {
            let _ = tx.send(Update::Failed(message));
        }
    });
    rx
}

/// A corpus grown by an input, before its stories are listed.
struct Grown {
    corpus: Corpus,
    first_new: usize,
    message: String,
}

/// What adding `arg` to `corpus` gives: the grown corpus and its documents to analyse; or why
/// nothing was added.
fn add(mut corpus: Corpus, arg: &str, tx: &Sender<Update>) -> Result<(Grown, Vec<Document>), String> {
    let input = Input::from_arg(Path::new(arg));
    let progress_tx = tx.clone();
    let progress: Progress = Arc::new(move |done: usize, total: usize, url: &str| {
        let _ = progress_tx.send(Update::Progress(format!("fetched {done}/{total} {}", one_line(url))));
    });
    let mut options = corpus.options.clone();
    options.progress = Some(progress);
    let loaded = match load_inputs(std::slice::from_ref(&input), &options) {
        Ok(loaded) => loaded,
        Err(crate::load::LoadError::NoArticles(_, warnings)) => {
            let why = warnings.first().map_or(String::new(), |w| format!(": {}", w.message));
            return Err(one_line(&format!("nothing added from {arg}{why}")));
        }
        Err(e) => return Err(one_line(&e.to_string())),
    };
    let _ = tx.send(Update::Progress(format!(
        "grouping the corpus with {} new article(s)…",
        loaded.documents.len()
    )));
    let first_new = corpus.len();
    let added = loaded.documents.len();
    let mut documents = corpus.documents();
    documents.extend(loaded.documents);
    // A file added with the same name as one already open gets its own id.
    crate::load::unique_ids(&mut documents);
    corpus.story_titles.extend(loaded.story_titles);
    // Every document kept again, not only the new ones: giving ids can rename an earlier one
    // (one without an id whose name a new document gives as its explicit id).
    let corpus = Corpus::new(&documents, corpus.story_titles, corpus.options);
    let mut message = format!("added {added} article(s) from {arg}");
    if let Some(w) = loaded.warnings.first() {
        message.push_str(&format!(" · {} warning(s), first: {}", loaded.warnings.len(), w));
    }
    let grown = Grown {
        corpus,
        first_new,
        message: one_line(&message),
    };
    Ok((grown, documents))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::LoadOptions;

    #[test]
    fn adds_a_file_to_the_corpus() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("extra.txt");
        std::fs::write(
            &file,
            "Harbour bridge closed\n\nThe bridge closed on Thursday after a crack was found.",
        )
        .unwrap();
        let corpus = Corpus::new(&crate::load::load_demo().documents, Vec::new(), LoadOptions::default());
        let before = corpus.len();
        let rx = start(corpus.clone(), file.display().to_string());
        let done = rx.iter().find(|u| !matches!(u, Update::Progress(_))).unwrap();
        let Update::Done(added) = done else { panic!("not added") };
        let Added {
            stories,
            corpus: grown,
            first_new,
            message,
        } = *added;
        assert_eq!(first_new, before);
        assert_eq!(grown.len(), before + 1);
        assert!(message.starts_with("added 1 article(s)"));
        // The same thread lists the grown corpus's stories, then analyses those asked for.
        let Ok(Update::Heads(heads)) = stories.updates.recv() else {
            panic!("the grown corpus is not listed")
        };
        assert_eq!(heads.articles.len(), before + 1);
        let new_story = heads
            .stories
            .iter()
            .position(|s| s.articles.contains(&first_new))
            .unwrap();
        stories.requests.send(new_story).unwrap();
        let Ok(Update::Story(k, ready)) = stories.updates.recv() else {
            panic!("the new story is not analysed")
        };
        assert_eq!(k, new_story);
        assert!(ready.articles.iter().any(|a| a.text.contains("a crack was found")));
        let rx = start(corpus, dir.path().join("missing.txt").display().to_string());
        assert!(matches!(rx.iter().last(), Some(Update::Failed(m)) if m.contains("no such file")));
    }

    #[test]
    fn an_added_file_named_like_an_open_one_gets_its_own_id() {
        let dirs = [tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap()];
        for (n, dir) in dirs.iter().enumerate() {
            std::fs::write(
                dir.path().join("x.txt"),
                format!(
                    "Harbour bridge closed\n\nThe bridge closed after {} cracks were found.",
                    n + 2
                ),
            )
            .unwrap();
        }
        let first = crate::load::load_paths(&[dirs[0].path().join("x.txt")]).unwrap();
        let corpus = Corpus::new(&first.documents, Vec::new(), LoadOptions::default());
        let rx = start(corpus, dirs[1].path().join("x.txt").display().to_string());
        let Some(Update::Done(added)) = rx.iter().find(|u| !matches!(u, Update::Progress(_))) else {
            panic!("not added")
        };
        let Ok(Update::Heads(heads)) = added.stories.updates.recv() else {
            panic!("the grown corpus is not listed")
        };
        let ids: Vec<&str> = heads.articles.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, ["x", "x-2"]);
    }
}
