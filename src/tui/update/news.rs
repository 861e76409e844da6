//! The workers' news applied to the reader's state: like `update` for the keys, a pure state
//! transition, so what the opening and adding workers report is tested without a terminal. The
//! event loop only takes the news from the channel and keeps what belongs to it (the corpus, the
//! warnings, the failure).

use crate::load::{LoadError, Warning};

use super::super::app::App;
use super::super::background::{Added, Corpus, Update};
use super::super::opening::{Heads, OpeningJob, Ready};

/// What the event loop must do after a piece of news.
pub enum Receipt {
    /// Nothing more: keep listening.
    Applied,
    /// The inputs are read: keep the corpus (for adding inputs later) and the warnings (printed
    /// when the reader quits).
    Read(Box<Corpus>, Vec<Warning>),
    /// Every story is listed: the opening is over (the worker stays, to analyse stories).
    Opened,
    /// Nothing could be read: the reader closes and says why.
    Failed(LoadError),
    /// The adding worker is done loading. When inputs were added: the grown corpus replaces the
    /// old one, and the job listing its stories replaces the one serving the old stories.
    Added(Option<(Corpus, OpeningJob)>),
}

/// How far the opening has got, as the event loop reads it from the worker's counters.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Progress {
    /// Time since launch, in tenths of a second.
    pub elapsed_tenths: u64,
    /// Local files read.
    pub files: usize,
    /// Articles found in them.
    pub read: usize,
    /// Articles cleaned.
    pub cleaned: usize,
    /// Whether the articles are grouped into stories yet.
    pub grouped: bool,
}

/// Show the opening's progress (once a frame).
pub fn progress(app: &mut App, p: Progress) {
    if let Some(o) = &mut app.opening {
        o.elapsed_tenths = p.elapsed_tenths;
        (o.files, o.read) = (p.files, p.read);
        (o.cleaned, o.grouped) = (p.cleaned, p.grouped);
    }
}

/// Apply one piece of the opening worker's news to `app`.
pub fn opening(app: &mut App, news: Update) -> Receipt {
    match news {
        Update::Loaded { corpus, warnings } => {
            if let Some(o) = &mut app.opening {
                o.total = Some(corpus.len());
            }
            if !warnings.is_empty() {
                app.status = format!("{} input(s) skipped or degraded, listed when you quit", warnings.len());
            }
            Receipt::Read(corpus, warnings)
        }
        Update::LoadFailed(e) => Receipt::Failed(e),
        Update::Heads(heads) => {
            let Heads { stories, articles } = *heads;
            app.take_heads(stories, articles);
            Receipt::Opened
        }
        Update::Story(index, ready) => {
            let Ready { story, articles } = *ready;
            app.take_story(index, story, articles);
            Receipt::Applied
        }
        Update::Progress(note) => {
            if let Some(o) = &mut app.opening {
                o.note = note;
            }
            Receipt::Applied
        }
        Update::Done(_) | Update::Failed(_) => Receipt::Applied,
    }
}

/// Apply one piece of the adding worker's news to `app`.
pub fn adding(app: &mut App, news: Update) -> Receipt {
    match news {
        Update::Progress(message) => {
            app.status = message;
            Receipt::Applied
        }
        Update::Done(added) => {
            let Added {
                stories,
                corpus,
                first_new,
                message,
            } = *added;
            // The old stories stay on screen until the grown corpus is listed; then the story
            // with the first new article is shown.
            app.detail.show = Some(first_new);
            app.status = message;
            Receipt::Added(Some((corpus, stories)))
        }
        Update::Failed(message) => {
            app.status = message;
            app.loading = false;
            Receipt::Added(None)
        }
        _ => Receipt::Applied,
    }
}

/// The opening worker stopped (it panicked): say so and read what is in.
pub fn opening_lost(app: &mut App) {
    app.opening = None;
    app.loading = false;
    app.detail.lost = true;
    app.status = "the analysis stopped unexpectedly".into();
}

/// The adding worker stopped without saying it was done (it panicked).
pub fn adding_lost(app: &mut App) {
    app.status = "loading stopped unexpectedly".into();
    app.loading = false;
}
