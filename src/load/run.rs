//! One load: inputs in order, directories walked, files read by what they hold, addresses fetched,
//! feed summaries completed from their pages.

use std::path::{Path, PathBuf};

use super::feed::{self, Item, ItemFilter};
use super::kinds::{self, FEED_EXTENSIONS, HTML_EXTENSIONS, Kind};
use super::remote::Remote;
use super::{
    Input, LoadError, LoadOptions, Loaded, MANIFEST_NAME, Manifest, Metadata, Warning, document_from_bytes, html,
    newsboat,
};

/// Text file endings read when walking a directory (pages and feeds are added to these).
const EXTENSIONS: &[&str] = &["txt", "md", "markdown"];

/// One load in progress: what was read so far, and the network when first needed.
struct Run<'a> {
    opts: &'a LoadOptions,
    loaded: Loaded,
    /// Documents that hold only a feed summary, with the page to fetch for the full text.
    summaries: Vec<(usize, String)>,
    remote: Option<Remote<'a>>,
}

impl<'a> Run<'a> {
    fn warn(&mut self, source: &str, message: impl Into<String>) {
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
    let mut run = Run {
        opts,
        loaded: Loaded::default(),
        summaries: Vec::new(),
        remote: None,
    };
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
                    load_file(path, &Metadata::default(), false, &mut run);
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
/// it may name the outlet.
fn unique_ids(documents: &mut [super::Document]) {
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

fn load_dir(dir: &Path, run: &mut Run<'_>) {
    let loaded = &mut run.loaded;
    let manifest = match std::fs::read_to_string(dir.join(MANIFEST_NAME)) {
        Ok(text) => match Manifest::parse(&text) {
            Ok(m) => {
                if let Some((id, title)) = m.story_title() {
                    loaded.story_titles.push((id.to_string(), title.to_string()));
                }
                Some(m)
            }
            Err(e) => {
                loaded.warnings.push(Warning {
                    source: dir.join(MANIFEST_NAME).display().to_string(),
                    message: format!("manifest ignored: {e}"),
                });
                None
            }
        },
        Err(_) => None,
    };
    let mut entries: Vec<PathBuf> = match std::fs::read_dir(dir) {
        Ok(rd) => rd.filter_map(|e| e.ok().map(|e| e.path())).collect(),
        Err(e) => {
            run.warn(&dir.display().to_string(), format!("cannot read directory: {e}"));
            return;
        }
    };
    entries.sort();
    for path in entries {
        // Linked directories are not followed: a link back up the tree would load every article
        // again and again.
        let linked_dir = path.symlink_metadata().is_ok_and(|m| m.file_type().is_symlink()) && path.is_dir();
        if linked_dir {
            run.warn(&path.display().to_string(), "skipped: linked directory (not followed)");
            continue;
        }
        if path.is_dir() {
            load_dir(&path, run);
            continue;
        }
        let ext = extension(&path);
        let feed_only = FEED_EXTENSIONS.contains(&ext.as_str());
        if !feed_only && !EXTENSIONS.contains(&ext.as_str()) && !HTML_EXTENSIONS.contains(&ext.as_str()) {
            continue;
        }
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        let meta = manifest.as_ref().map(|m| m.metadata_for(name)).unwrap_or_default();
        load_file(&path, &meta, feed_only, run);
    }
}

fn extension(path: &Path) -> String {
    path.extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase()
}

/// Read one file by what it holds. `feed_only`: a walked `.xml`/`.json` file is read only if it is
/// a feed, since such files are mostly not articles.
fn load_file(path: &Path, manifest_meta: &Metadata, feed_only: bool, run: &mut Run<'_>) {
    let source = path.display().to_string();
    let bytes = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(e) => return run.warn(&source, format!("skipped: cannot read: {e}")),
    };
    let stem = path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("article")
        .to_string();
    let filter = run.filter();
    match kinds::sniff(&bytes, &extension(path)) {
        Kind::Feed => match feed::parse_feed(&source, &bytes, None, filter) {
            Ok((_, items)) if items.is_empty() => run.warn(&source, "feed has no items (or none recent enough)"),
            Ok((_, items)) => run.push_items(items, manifest_meta),
            Err(e) => run.warn(&source, e),
        },
        _ if feed_only => run.warn(&source, "skipped: not a feed"),
        Kind::Database => {
            let nb = newsboat::NewsboatFilter {
                items: filter,
                unread_only: run.opts.unread,
            };
            match newsboat::load(path, nb) {
                Ok(items) if items.is_empty() => run.warn(&source, "no newsboat items (or none matching)"),
                Ok(items) => run.push_items(items, manifest_meta),
                Err(e) => run.warn(&source, e),
            }
        }
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
