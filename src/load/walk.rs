//! Walking a folder: its `story.toml`, then its entries in name order, recursively; linked
//! folders are not followed and every entry skipped for a reason gets a warning.

use std::path::{Path, PathBuf};

use super::files::{Contents, read_error, read_input};
use super::kinds::{FEED_EXTENSIONS, HTML_EXTENSIONS};
use rayon::prelude::*;

use super::run::{FileRead, Run, read_alone};
use super::{MANIFEST_NAME, Manifest, Warning};

/// Text file endings read when walking a directory (pages and feeds are added to these).
const EXTENSIONS: &[&str] = &["txt", "md", "markdown"];

/// The lowercased file ending of `path` ("" if none).
pub(super) fn extension(path: &Path) -> String {
    path.extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase()
}

/// The folder's manifest, if it has one that can be read and parsed (else a warning).
fn manifest_of(dir: &Path, run: &mut Run<'_>) -> Option<Manifest> {
    let path = dir.join(MANIFEST_NAME);
    let source = path.display().to_string();
    if path.symlink_metadata().is_err() {
        return None;
    }
    let text = match read_input(&path, run.opts.max_file_size, true) {
        Ok(Contents::Bytes(bytes)) => String::from_utf8_lossy(&bytes).into_owned(),
        Ok(Contents::Database) => {
            run.warn(&source, "manifest ignored: an SQLite database, not TOML");
            return None;
        }
        Err(message) => {
            run.warn(&source, message.replacen("skipped", "manifest ignored", 1));
            return None;
        }
    };
    match Manifest::parse(&text) {
        Ok(m) => {
            if let Some((id, title)) = m.story_title() {
                run.loaded.story_titles.push((id.to_string(), title.to_string()));
            }
            Some(m)
        }
        Err(e) => {
            run.warn(&source, format!("manifest ignored: {e}"));
            None
        }
    }
}

pub(super) fn load_dir(dir: &Path, run: &mut Run<'_>) {
    let manifest = manifest_of(dir, run);
    let read = match std::fs::read_dir(dir) {
        Ok(rd) => rd,
        Err(e) if e.kind() == std::io::ErrorKind::InvalidFilename => {
            return run.warn(&dir.display().to_string(), read_error(&e));
        }
        Err(e) => return run.warn(&dir.display().to_string(), format!("cannot read directory: {e}")),
    };
    // The entry's own type (a link is a link), known without following it.
    let mut entries: Vec<(std::ffi::OsString, PathBuf, Option<std::fs::FileType>)> = Vec::new();
    for entry in read {
        match entry {
            Ok(e) => entries.push((e.file_name(), e.path(), e.file_type().ok())),
            Err(e) => run.warn(&dir.display().to_string(), format!("cannot read an entry: {e}")),
        }
    }
    // Every entry is in `dir`: names alone order them as their paths would, compared as bytes
    // rather than path components (which parsed the same parent again for each pair).
    entries.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    if let Some(m) = &manifest {
        missing_entries(dir, m, &mut run.loaded.warnings);
    }
    // Files are read in parallel (decoding and page extraction are the costly part) and taken in
    // name order, a batch at a time so progress moves and memory holds one batch of raw files.
    let mut batch: Vec<(PathBuf, super::Metadata, bool)> = Vec::new();
    for (name, path, file_type) in entries {
        let is_link = file_type.is_some_and(|t| t.is_symlink());
        // Linked directories are not followed: a link back up the tree would load every article
        // again and again.
        if is_link && path.is_dir() {
            read_batch(&mut batch, run);
            run.warn(&path.display().to_string(), "skipped: linked directory (not followed)");
            continue;
        }
        if file_type.is_some_and(|t| t.is_dir()) {
            read_batch(&mut batch, run);
            load_dir(&path, run);
            continue;
        }
        let ext = extension(&path);
        let feed_only = FEED_EXTENSIONS.contains(&ext.as_str());
        if !feed_only && !EXTENSIONS.contains(&ext.as_str()) && !HTML_EXTENSIONS.contains(&ext.as_str()) {
            continue;
        }
        // The entry's name, kept from the listing, is its path's last component.
        let name = name.to_str().unwrap_or("");
        let meta = manifest.as_ref().map(|m| m.metadata_for(name)).unwrap_or_default();
        batch.push((path, meta, feed_only));
        if batch.len() == READ_BATCH {
            read_batch(&mut batch, run);
        }
    }
    read_batch(&mut batch, run);
}

/// Files read in parallel before their results are taken in order.
const READ_BATCH: usize = 64;

/// Read the batched files in parallel, then add what each held to `run` in order.
fn read_batch(batch: &mut Vec<(PathBuf, super::Metadata, bool)>, run: &mut Run<'_>) {
    let opts = run.opts;
    let read: Vec<FileRead> = std::mem::take(batch)
        .into_par_iter()
        .map(|(path, meta, feed_only)| read_alone(opts, &path, &meta, feed_only))
        .collect();
    for file in read {
        run.absorb(file);
    }
}

/// Warn about manifest entries naming files the folder does not have.
fn missing_entries(dir: &Path, manifest: &Manifest, warnings: &mut Vec<Warning>) {
    for entry in &manifest.articles {
        if dir.join(&entry.file).symlink_metadata().is_err() {
            warnings.push(Warning {
                source: dir.join(MANIFEST_NAME).display().to_string(),
                message: format!("entry for a missing file: {}", entry.file),
            });
        }
    }
}
