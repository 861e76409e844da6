//! One load: inputs in order, directories walked, files read by what they hold, addresses fetched,
//! feed summaries completed from their pages.

use std::path::Path;

use super::feed::{self, Item, ItemFilter};
use super::files::{Contents, read_input};
use super::kinds::{self, Kind};
use super::own::newsdiff_output;
use super::remote::Remote;
use super::walk::{extension, load_dir};
use super::{Input, LoadError, LoadOptions, Loaded, Metadata, Warning, document_from_bytes, html, newsboat};

/// One load in progress: what was read so far, and the network when first needed.
pub(super) struct Run<'a> {
    pub(super) opts: &'a LoadOptions,
    pub(super) loaded: Loaded,
    /// Documents that hold only a feed summary, with the page to fetch for the full text.
    summaries: Vec<(usize, String)>,
    remote: Option<Remote<'a>>,
    /// Local files read so far, for [`LoadOptions::file_progress`].
    files_read: usize,
}

impl<'a> Run<'a> {
    fn new(opts: &'a LoadOptions) -> Run<'a> {
        Run {
            opts,
            loaded: Loaded::default(),
            summaries: Vec::new(),
            remote: None,
            files_read: 0,
        }
    }

    pub(super) fn warn(&mut self, source: &str, message: impl Into<String>) {
        self.loaded.warnings.push(Warning {
            source: source.to_string(),
            message: message.into(),
        });
    }

    fn remote(&mut self) -> &Remote<'a> {
        let opts = self.opts;
        let warnings = &mut self.loaded.warnings;
        self.remote.get_or_insert_with(|| {
            let mut notes = Vec::new();
            let remote = Remote::new(opts, &mut notes);
            let source = opts
                .cache_dir
                .as_ref()
                .map_or("cache".into(), |d| d.display().to_string());
            warnings.extend(notes.into_iter().map(|message| Warning {
                source: source.clone(),
                message,
            }));
            remote
        })
    }

    fn filter(&self) -> ItemFilter {
        ItemFilter {
            not_before: self.opts.not_before(),
        }
    }

    fn push_items(&mut self, items: Vec<Item>, manifest_meta: &Metadata) {
        for item in items {
            if let Some(link) = item.fetch_page {
                self.summaries.push((self.loaded.documents.len(), link));
            } else if item.doc.body.trim().is_empty() {
                self.warn(&item.doc.source, "skipped: item has no text");
                continue;
            } else if item.doc.body.len() as u64 > self.opts.max_file_size {
                let message = format!(
                    "skipped: the item's text is over the file size limit of {} (--max-file-size)",
                    crate::filekind::human_size(self.opts.max_file_size)
                );
                self.warn(&item.doc.source, message);
                continue;
            }
            let mut doc = item.doc;
            // The user's manifest is their word; the page's own metadata fills the gaps.
            doc.meta = manifest_meta.clone().or(&doc.meta);
            self.loaded.documents.push(doc);
        }
    }

    /// Replace feed summaries with the text of the pages they link to, where those can be had.
    fn fetch_summaries(&mut self) {
        if self.summaries.is_empty() {
            return;
        }
        let pending = std::mem::take(&mut self.summaries);
        let links: Vec<String> = pending.iter().map(|(_, l)| l.clone()).collect();
        let offline = self.opts.offline;
        let got = self.remote().get_all(&links);
        let mut drop = Vec::new();
        for ((index, link), got) in pending.into_iter().zip(got) {
            let page = got.and_then(|(page, _)| kinds::page_items(&link, &page, ItemFilter::default()));
            let Some(doc) = self.loaded.documents.get_mut(index) else {
                continue;
            };
            match page.and_then(|mut items| items.pop().ok_or_else(|| "no article".to_string())) {
                Ok(item) => {
                    doc.body = item.doc.body;
                    doc.meta = doc.meta.clone().or(&item.doc.meta);
                }
                // Offline, a page not cached is expected: the summary stands without a word.
                Err(_) if offline => {}
                Err(e) => {
                    let message = format!("summary only: linked page unavailable ({e})");
                    let source = doc.source.clone();
                    self.warn(&source, message);
                }
            }
            if self
                .loaded
                .documents
                .get(index)
                .is_some_and(|d| d.body.trim().is_empty())
            {
                drop.push(index);
            }
        }
        for index in drop.into_iter().rev() {
            let doc = self.loaded.documents.remove(index);
            self.warn(&doc.source, "skipped: item has no text");
        }
    }
}

/// Load every input: paths as [`load_paths`] does, addresses fetched (or read from the cache) as
/// pages or feeds, refused addresses as warnings.
pub fn load_inputs(inputs: &[Input], opts: &LoadOptions) -> Result<Loaded, LoadError> {
    // A mistyped path is an error; say so before spending time on the network.
    for input in inputs {
        if let Input::Path(path) = input
            && !path.exists()
        {
            return Err(LoadError::Missing(path.clone()));
        }
    }
    let mut run = Run::new(opts);
    let urls: Vec<String> = inputs
        .iter()
        .filter_map(|i| match i {
            Input::Url(u) => Some(u.clone()),
            _ => None,
        })
        .collect();
    let mut fetched = if urls.is_empty() {
        Vec::new()
    } else {
        run.remote().get_all(&urls)
    }
    .into_iter();
    for input in inputs {
        match input {
            Input::Path(path) => {
                if !path.exists() {
                    return Err(LoadError::Missing(path.clone()));
                }
                if path.is_dir() {
                    load_dir(path, &mut run);
                } else {
                    load_file(path, &Metadata::default(), false, false, &mut run);
                }
            }
            Input::Url(url) => {
                let filter = run.filter();
                let got = fetched.next().unwrap_or_else(|| Err("not fetched".into()));
                match got.and_then(|(page, note)| Ok((kinds::page_items(url, &page, filter)?, note))) {
                    Ok((items, note)) => {
                        if let Some(note) = note {
                            run.warn(url, note);
                        }
                        run.push_items(items, &Metadata::default());
                    }
                    Err(e) => run.warn(url, e),
                }
            }
            Input::Refused { given, reason } => run.warn(given, reason.clone()),
        }
    }
    run.fetch_summaries();
    let mut loaded = run.loaded;
    unique_ids(&mut loaded.documents);
    if loaded.documents.is_empty() {
        let names: Vec<String> = inputs.iter().map(Input::display).collect();
        return Err(LoadError::NoArticles(names.join(", "), loaded.warnings));
    }
    Ok(loaded)
}

/// Give documents without an explicit id distinct ids ("a", "a-2", …): reports refer to
/// articles by id, and two feeds or folders can yield the same stem. The stem itself stays, as
/// it may name the outlet. Documents keep their order, so the ids are the same on every run, and
/// documents added later (the reader's `a`) never take an earlier one's id.
pub fn unique_ids(documents: &mut [super::Document]) {
    let mut seen = std::collections::HashSet::new();
    for doc in documents.iter().filter(|d| d.meta.id.is_some()) {
        seen.insert(doc.meta.id.clone().unwrap_or_default());
    }
    for doc in documents.iter_mut().filter(|d| d.meta.id.is_none()) {
        let mut id = doc.stem.clone();
        let mut n = 1;
        while seen.contains(&id) {
            n += 1;
            id = format!("{}-{n}", doc.stem);
        }
        if n > 1 {
            doc.meta.id = Some(id.clone());
        }
        seen.insert(id);
    }
}

/// Read one file by what it holds. `feed_only`: a walked `.xml`/`.json` file is read only if it is
/// a feed, since such files are mostly not articles. `walked`: found in a folder, not named.
pub(super) fn load_file(path: &Path, manifest_meta: &Metadata, feed_only: bool, walked: bool, run: &mut Run<'_>) {
    read_file(path, manifest_meta, feed_only, walked, run);
    run.count_file();
}

/// What one walked file held, read apart from the run (on another thread) and added to it later
/// with [`Run::absorb`].
pub(super) struct FileRead {
    loaded: Loaded,
    /// Feed summaries to complete, indexed into `loaded.documents`.
    summaries: Vec<(usize, String)>,
}

/// Read one walked file on its own, as [`load_file`] would.
pub(super) fn read_alone(opts: &LoadOptions, path: &Path, manifest_meta: &Metadata, feed_only: bool) -> FileRead {
    let mut alone = Run::new(opts);
    read_file(path, manifest_meta, feed_only, true, &mut alone);
    FileRead {
        loaded: alone.loaded,
        summaries: alone.summaries,
    }
}

impl Run<'_> {
    /// Add a file read by [`read_alone`], as if it had been read here.
    pub(super) fn absorb(&mut self, file: FileRead) {
        let offset = self.loaded.documents.len();
        self.summaries
            .extend(file.summaries.into_iter().map(|(index, link)| (index + offset, link)));
        self.loaded.documents.extend(file.loaded.documents);
        self.loaded.warnings.extend(file.loaded.warnings);
        self.loaded.story_titles.extend(file.loaded.story_titles);
        self.count_file();
    }

    fn count_file(&mut self) {
        self.files_read += 1;
        if let Some(progress) = &self.opts.file_progress {
            progress(self.files_read, self.loaded.documents.len());
        }
    }
}

fn read_file(path: &Path, manifest_meta: &Metadata, feed_only: bool, walked: bool, run: &mut Run<'_>) {
    let source = path.display().to_string();
    let bytes = match read_input(path, run.opts.max_file_size, walked) {
        Ok(Contents::Bytes(bytes)) => bytes,
        Ok(Contents::Database) => return load_database(path, manifest_meta, run),
        Err(message) => return run.warn(&source, message),
    };
    if let Some(what) = newsdiff_output(&bytes) {
        return run.warn(&source, format!("skipped: a newsdiff {what}, not an article"));
    }
    let stem = stem_of(path);
    let filter = run.filter();
    match kinds::sniff(&bytes, &extension(path)) {
        Kind::Feed => match feed::parse_feed(&source, &bytes, None, filter) {
            Ok((_, items)) if items.is_empty() => run.warn(&source, "feed has no items (or none recent enough)"),
            Ok((_, items)) => run.push_items(items, manifest_meta),
            Err(e) => run.warn(&source, e),
        },
        _ if feed_only => run.warn(&source, "skipped: not a feed"),
        Kind::Database => load_database(path, manifest_meta, run),
        Kind::Html => {
            let text = html::decode(&bytes, None);
            match html::document_from_html(source.clone(), stem, &text, None) {
                Ok(doc) => run.push_items(vec![Item { doc, fetch_page: None }], manifest_meta),
                Err(e) => run.warn(&source, format!("skipped: {e}")),
            }
        }
        Kind::Text => {
            if let Some(doc) = document_from_bytes(source, stem, &bytes, manifest_meta, &mut run.loaded.warnings) {
                run.loaded.documents.push(doc);
            }
        }
    }
}

/// A file's stem for its id: its name without the ending, decoded lossily when it is not UTF-8
/// (distinct names stay distinct; [`unique_ids`] separates the rest).
fn stem_of(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().trim().to_string())
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "article".into())
}

/// Read the items of a newsboat cache (an SQLite database).
fn load_database(path: &Path, manifest_meta: &Metadata, run: &mut Run<'_>) {
    let source = path.display().to_string();
    let nb = newsboat::NewsboatFilter {
        items: run.filter(),
        unread_only: run.opts.unread,
    };
    match newsboat::load(path, nb) {
        Ok(items) if items.is_empty() => run.warn(&source, "no newsboat items (or none matching)"),
        Ok(items) => run.push_items(items, manifest_meta),
        Err(e) => run.warn(&source, e),
    }
}

#[cfg(test)]
mod tests {
    use std::sync::{Arc, Mutex};

    use super::*;

    #[test]
    fn files_read_in_parallel_keep_name_order() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("m-sub")).unwrap();
        for i in 0..150 {
            let name = format!("{i:03}.txt");
            let body = if i % 7 == 0 {
                String::new()
            } else {
                format!("Headline {i}\n\nBody {i}.")
            };
            std::fs::write(dir.path().join(&name), &body).unwrap();
            if i < 3 {
                std::fs::write(dir.path().join("m-sub").join(&name), "Sub\n\nText.").unwrap();
            }
        }
        let loaded = load_inputs(&[Input::Path(dir.path().to_path_buf())], &LoadOptions::default()).unwrap();
        let stems: Vec<String> = loaded.documents.iter().map(|d| d.source.clone()).collect();
        let mut sorted = stems.clone();
        sorted.sort();
        assert_eq!(stems, sorted, "documents in path order, the subfolder in its place");
        assert_eq!(loaded.documents.len(), 150 - 22 + 3);
        let warned: Vec<&str> = loaded.warnings.iter().map(|w| w.source.as_str()).collect();
        let mut in_order = warned.clone();
        in_order.sort();
        assert_eq!(warned, in_order);
        assert_eq!(warned.len(), 22);
    }

    #[test]
    fn file_progress_counts_every_file_read() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("a.txt"), "Headline\n\nA body of text.").unwrap();
        std::fs::write(dir.path().join("b.txt"), "").unwrap();
        std::fs::write(dir.path().join("c.md"), "Another\n\nMore text here.").unwrap();
        let seen = Arc::new(Mutex::new(Vec::new()));
        let log = Arc::clone(&seen);
        let opts = LoadOptions {
            file_progress: Some(Arc::new(move |files, articles| {
                log.lock().unwrap().push((files, articles))
            })),
            ..LoadOptions::default()
        };
        let loaded = load_inputs(&[Input::Path(dir.path().to_path_buf())], &opts).unwrap();
        assert_eq!(loaded.documents.len(), 2);
        // The empty file counts as read, though it holds no article.
        assert_eq!(*seen.lock().unwrap(), [(1, 1), (2, 1), (3, 2)]);
    }
}
