//! Adding inputs from the reader: load and analyse on a worker thread, reporting progress, while
//! the reader keeps drawing.

use std::path::Path;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, Sender, channel};

use crate::analysis::{Analysis, analyze};
use crate::load::{Input, LoadError, Progress, Warning, load_inputs};
use crate::sanitize::one_line;

pub use super::corpus::Corpus;
use super::opening::{Heads, Ready};

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
    /// Inputs were added.
    Done(Box<Added>),
    /// Nothing was added.
    Failed(String),
}

/// The outcome of an added input.
pub struct Added {
    /// The analysis of the grown corpus.
    pub analysis: Analysis,
    /// The grown corpus.
    pub corpus: Corpus,
    /// Corpus index of the first new article.
    pub first_new: usize,
    /// What to tell the user.
    pub message: String,
}

/// Load `arg` (a path or URL) on a worker thread, then analyse it together with `corpus`.
pub fn start(corpus: Corpus, arg: String) -> Receiver<Update> {
    let (tx, rx) = channel();
    std::thread::spawn(move || {
        let update = add(corpus, &arg, &tx);
        let _ = tx.send(update);
    });
    rx
}

fn add(mut corpus: Corpus, arg: &str, tx: &Sender<Update>) -> Update {
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
            return Update::Failed(one_line(&format!("nothing added from {arg}{why}")));
        }
        Err(e) => return Update::Failed(one_line(&e.to_string())),
    };
    let _ = tx.send(Update::Progress(format!(
        "analysing {} new article(s)…",
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
    let analysis = analyze(documents, &corpus.story_titles);
    let mut message = format!("added {added} article(s) from {arg}");
    if let Some(w) = loaded.warnings.first() {
        message.push_str(&format!(" · {} warning(s), first: {}", loaded.warnings.len(), w));
    }
    Update::Done(Box::new(Added {
        analysis,
        corpus,
        first_new,
        message: one_line(&message),
    }))
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
            analysis,
            corpus: grown,
            first_new,
            message,
        } = *added;
        assert_eq!(first_new, before);
        assert_eq!(grown.len(), before + 1);
        assert_eq!(analysis.articles.len(), before + 1);
        assert!(message.starts_with("added 1 article(s)"));
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
        let ids: Vec<&str> = added.analysis.articles.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, ["x", "x-2"]);
    }
}
