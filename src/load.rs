//! Reading inputs: files, directories, saved pages, feeds, newsboat caches, web addresses, front
//! matter, directory manifests and the bundled demo.
//!
//! Loading never stops at one bad input: unreadable, empty and binary files, failed fetches and
//! invalid feeds become [`Warning`]s and the rest goes on. Only a missing path, or a set that
//! yields no article at all, is an error.

mod cache;
mod decode;
mod demo;
mod domain;
mod feed;
mod fetch;
mod files;
mod frontmatter;
mod html;
mod input;
mod kinds;
mod manifest;
mod newsboat;
mod options;
mod own;
mod remote;
mod run;
mod walk;

use std::fmt;
use std::path::PathBuf;

use serde::Deserialize;

pub use cache::{CACHE_FILE, default_dir as default_cache_dir};
pub use demo::load_demo;
pub use domain::domain_from_stem;
pub use fetch::NetConfig;
pub use files::DEFAULT_MAX_FILE_SIZE;
// Public for the fuzz targets, which feed pages to them directly.
pub use html::{decode as decode_html, document_from_html};
pub use input::Input;
pub use manifest::{MANIFEST_NAME, Manifest};
pub use newsboat::default_path as default_newsboat_path;
pub use options::{FileProgress, LoadOptions, Progress};

pub use run::{load_inputs, unique_ids};

/// Metadata an input may carry in front matter or a manifest; every field optional.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
pub struct Metadata {
    /// Stable id for the article (defaults to the file stem).
    pub id: Option<String>,
    /// Headline.
    pub title: Option<String>,
    /// Outlet that published it.
    pub outlet: Option<String>,
    /// Where it was published.
    pub url: Option<String>,
    /// Publication date or time, as given.
    pub published: Option<String>,
    /// Explicit story key: articles with the same key form one story.
    pub story: Option<String>,
    /// Who wrote it.
    pub author: Option<String>,
    /// Language tag ("en", "fr-CA"), as the page gives it.
    pub language: Option<String>,
}

impl Metadata {
    /// Fill every field that `self` lacks from `fallback`.
    pub fn or(self, fallback: &Metadata) -> Metadata {
        let pick = |a: Option<String>, b: &Option<String>| {
            a.filter(|s| !s.trim().is_empty())
                .or_else(|| b.clone().filter(|s| !s.trim().is_empty()))
        };
        Metadata {
            id: pick(self.id, &fallback.id),
            title: pick(self.title, &fallback.title),
            outlet: pick(self.outlet, &fallback.outlet),
            url: pick(self.url, &fallback.url),
            published: pick(self.published, &fallback.published),
            story: pick(self.story, &fallback.story),
            author: pick(self.author, &fallback.author),
            language: pick(self.language, &fallback.language),
        }
    }
}

/// One input article before analysis.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// The path or URL as given by the user.
    pub source: String,
    /// The file stem, used as id and outlet of last resort.
    pub stem: String,
    /// The text after front matter.
    pub body: String,
    /// Front matter merged over the manifest entry.
    pub meta: Metadata,
}

/// A problem with one input that did not stop the others.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    /// The input concerned.
    pub source: String,
    /// What happened.
    pub message: String,
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.source, self.message)
    }
}

/// Why loading produced nothing to analyse.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// A path given on the command line does not exist.
    #[error("{}: no such file or directory{}", .0.display(), web_hint(.0))]
    Missing(PathBuf),
    /// Every input was skipped or none was found; the warnings say why each was skipped.
    #[error("no articles found in {0} (looked for text, Markdown, HTML, feeds and newsboat caches)")]
    NoArticles(String, Vec<Warning>),
}

/// A hint for a missing path that looks like a web address without its scheme ("example.org/a").
fn web_hint(path: &std::path::Path) -> &'static str {
    let first = path
        .to_str()
        .and_then(|s| s.split('/').next())
        .map(|s| s.strip_prefix("www.").unwrap_or(s));
    if first.and_then(domain_from_stem).is_some()
        && path.to_str().is_some_and(|s| s.contains('/') || s.starts_with("www."))
    {
        " (for a web address, start it with https://)"
    } else {
        ""
    }
}

/// Documents read, and the warnings met on the way.
#[derive(Debug, Default)]
pub struct Loaded {
    /// Readable articles in a stable order.
    pub documents: Vec<Document>,
    /// Skipped or degraded inputs.
    pub warnings: Vec<Warning>,
    /// Story titles given by manifests, by story key.
    pub story_titles: Vec<(String, String)>,
}

/// Load every article under `paths` (files, or directories walked recursively in name order),
/// locally only: no address is fetched and no cache is used.
pub fn load_paths(paths: &[PathBuf]) -> Result<Loaded, LoadError> {
    let inputs: Vec<Input> = paths.iter().cloned().map(Input::Path).collect();
    load_inputs(&inputs, &LoadOptions::default())
}

/// Decode one input's bytes into a [`Document`], or `None` (with a warning) when it holds no article.
pub fn document_from_bytes(
    source: String,
    stem: String,
    bytes: &[u8],
    manifest_meta: &Metadata,
    warnings: &mut Vec<Warning>,
) -> Option<Document> {
    let warn = |warnings: &mut Vec<Warning>, message: String| {
        warnings.push(Warning {
            source: source.clone(),
            message,
        })
    };
    let text = match decode::decode_text(bytes) {
        Ok(decoded) => {
            if let Some(note) = decoded.note {
                warn(warnings, note);
            }
            decoded.text
        }
        Err(why) => {
            warn(warnings, why);
            return None;
        }
    };
    let (front, body) = match frontmatter::split(&text) {
        Ok(parts) => parts,
        Err(message) => {
            warn(warnings, format!("front matter ignored: {message}"));
            (Metadata::default(), frontmatter::strip(&text).to_string())
        }
    };
    if body.trim().is_empty() {
        warn(warnings, "skipped: empty file".into());
        return None;
    }
    Some(Document {
        source,
        stem,
        body,
        meta: front.or(manifest_meta),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(bytes: &[u8]) -> (Option<Document>, Vec<Warning>) {
        let mut w = Vec::new();
        let d = document_from_bytes("x.txt".into(), "x".into(), bytes, &Metadata::default(), &mut w);
        (d, w)
    }

    #[test]
    fn missing_web_addresses_get_a_hint() {
        let msg = |p: &str| LoadError::Missing(PathBuf::from(p)).to_string();
        assert!(msg("example.org/news/a").ends_with("start it with https://)"));
        assert!(msg("www.example.org").ends_with("start it with https://)"));
        assert_eq!(msg("notes/a.txt"), "notes/a.txt: no such file or directory");
        assert_eq!(msg("story.md"), "story.md: no such file or directory");
    }

    #[test]
    fn binary_empty_and_lossy_inputs() {
        let (d, w) = doc(b"abc\0def");
        assert!(d.is_none());
        assert_eq!(w[0].to_string(), "x.txt: skipped: binary file (contains NUL bytes)");
        let (d, w) = doc(b"  \n\n ");
        assert!(d.is_none());
        assert_eq!(w[0].message, "skipped: empty file");
        let (d, w) = doc(b"caf\xe9 story");
        assert_eq!(d.unwrap().body, "café story");
        assert_eq!(w[0].message, "invalid UTF-8, decoded as windows-1252 (guessed)");
    }

    #[cfg(unix)]
    #[test]
    fn linked_directories_are_not_followed() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("a.txt"), "Headline\n\nBody text here.").unwrap();
        std::os::unix::fs::symlink(dir.path(), dir.path().join("loop")).unwrap();
        let loaded = load_paths(&[dir.path().to_path_buf()]).unwrap();
        assert_eq!(loaded.documents.len(), 1);
        assert!(loaded.warnings[0].message.contains("linked directory"));
    }

    #[test]
    fn front_matter_wins_over_manifest() {
        let manifest = Metadata {
            outlet: Some("From manifest".into()),
            title: Some("Manifest title".into()),
            ..Default::default()
        };
        let mut w = Vec::new();
        let d = document_from_bytes(
            "a.md".into(),
            "a".into(),
            b"---\noutlet: Daily Planet\n---\nBody text.",
            &manifest,
            &mut w,
        )
        .unwrap();
        assert_eq!(d.meta.outlet.as_deref(), Some("Daily Planet"));
        assert_eq!(d.meta.title.as_deref(), Some("Manifest title"));
        assert_eq!(d.body, "Body text.");
    }
}
