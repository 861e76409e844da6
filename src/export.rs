//! Exporting a story's highlighted passages as Markdown notes, stable JSON or one self-contained HTML page.
//!
//! Every format renders the same [`StoryView`]s, built here once from [`story_findings`], so the three
//! agree on content and every article-derived string is sanitized in exactly one place.

mod html;
mod json;
pub(crate) mod markdown;

pub use json::SCHEMA_VERSION;

use std::io;
use std::path::{Path, PathBuf};

use crate::analysis::{Analysis, Story};
use crate::article::Article;
use crate::findings::{FindingKind, Passage, story_findings};
use crate::output::{OutputError, numbered_path, write_atomic};
use crate::sanitize::{one_line, sanitize};
use crate::span::Span;

/// File format of an export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    /// Markdown for notes.
    Markdown,
    /// Stable JSON for scripts (see the `json` submodule for the layout).
    Json,
    /// One self-contained HTML page.
    Html,
}

impl ExportFormat {
    /// File extension without the dot: "md", "json" or "html".
    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::Markdown => "md",
            ExportFormat::Json => "json",
            ExportFormat::Html => "html",
        }
    }
}

/// Render the findings of the given stories (indices into `analysis.stories`; unknown ones are skipped).
pub fn render_export(analysis: &Analysis, stories: &[usize], format: ExportFormat) -> String {
    let views: Vec<StoryView> = stories
        .iter()
        .filter_map(|&s| analysis.stories.get(s))
        .map(|s| story_view(analysis, s))
        .collect();
    match format {
        ExportFormat::Markdown => markdown::render(&views),
        ExportFormat::Json => json::render(&views),
        ExportFormat::Html => html::render(&views),
    }
}

/// Names tried before giving up when other writers keep taking the free name first.
const MAX_ATTEMPTS: usize = 100;

/// Write the export of one story to a new file in `dir` named `newsdiff-<story-id>.<ext>` (then `-2`,
/// `-3`, … when taken), atomically and never overwriting anything. Returns the path written.
pub fn export_to_dir(
    analysis: &Analysis,
    story: usize,
    format: ExportFormat,
    dir: &Path,
) -> Result<PathBuf, OutputError> {
    let Some(s) = analysis.stories.get(story) else {
        return Err(OutputError::Io {
            path: dir.to_path_buf(),
            reason: io::Error::new(io::ErrorKind::InvalidInput, format!("there is no story {story}")),
        });
    };
    let contents = render_export(analysis, &[story], format);
    let stem = format!("newsdiff-{}", file_stem(&s.id));
    let mut attempt = 0;
    loop {
        let path = numbered_path(dir, &stem, format.extension());
        match write_atomic(&path, contents.as_bytes(), false) {
            Ok(()) => return Ok(path),
            // The name was free when checked but another writer took it before our rename:
            // write_atomic refused to clobber it, so look for the next free number.
            Err(OutputError::Exists(_)) if attempt + 1 < MAX_ATTEMPTS => attempt += 1,
            Err(e) => return Err(e),
        }
    }
}

/// Story id reduced to `[a-z0-9-]` for a file name: no separators, dots or spaces can escape `dir`.
fn file_stem(id: &str) -> String {
    let mut out = String::new();
    for c in id.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_lowercase() || c.is_ascii_digit() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    // Long ids would make unwieldy (or, past 255 bytes, impossible) file names.
    let mut out: String = out.chars().take(60).collect();
    while out.ends_with('-') {
        out.pop();
    }
    if out.is_empty() { "story".into() } else { out }
}

/// What every format shows of a story; all text already sanitized.
struct StoryView {
    id: String,
    title: String,
    articles: Vec<ArticleView>,
    findings: Vec<FindingView>,
}

/// An article's identity, one line per field.
#[derive(Clone)]
struct ArticleView {
    id: String,
    outlet: String,
    headline: String,
    published: Option<String>,
    source: String,
    url: Option<String>,
}

struct FindingView {
    kind: FindingKind,
    title: String,
    summary: String,
    detail: String,
    passages: Vec<PassageView>,
}

struct PassageView {
    article: ArticleView,
    /// The passage as printed (sanitized, line breaks kept: JSON wants the text, the others fold it).
    text: String,
    /// The whole sentence containing it, when known.
    sentence: Option<String>,
    /// The sentence split around the passage, when the passage lies inside it, for highlighting in place.
    context: Option<[String; 3]>,
    start: usize,
    end: usize,
    note: String,
    /// Word-level difference from the canonical wording (sanitized pieces), for altered quotes.
    diff: Option<Vec<(DiffOp, String)>>,
}

/// One side of a word-level difference.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum DiffOp {
    Equal,
    Delete,
    Insert,
}

impl DiffOp {
    fn parse(op: &str) -> DiffOp {
        match op {
            "delete" => DiffOp::Delete,
            "insert" => DiffOp::Insert,
            _ => DiffOp::Equal,
        }
    }

    fn name(self) -> &'static str {
        match self {
            DiffOp::Equal => "equal",
            DiffOp::Delete => "delete",
            DiffOp::Insert => "insert",
        }
    }
}

fn story_view(analysis: &Analysis, story: &Story) -> StoryView {
    StoryView {
        id: one_line(&story.id),
        title: one_line(&story.title),
        articles: story
            .articles
            .iter()
            .filter_map(|&a| analysis.articles.get(a))
            .map(article_view)
            .collect(),
        findings: story_findings(analysis, story)
            .into_iter()
            .map(|f| FindingView {
                kind: f.kind,
                title: one_line(&f.title),
                summary: one_line(&f.summary),
                detail: one_line(&f.detail),
                passages: f.passages.iter().filter_map(|p| passage_view(analysis, p)).collect(),
            })
            .collect(),
    }
}

fn article_view(a: &Article) -> ArticleView {
    ArticleView {
        id: one_line(&a.id),
        outlet: one_line(&a.outlet),
        headline: one_line(&a.title),
        published: a.published.as_deref().map(one_line),
        source: one_line(&a.source),
        url: a.url.as_deref().map(one_line).filter(|u| !u.is_empty()),
    }
}

fn passage_view(analysis: &Analysis, p: &Passage) -> Option<PassageView> {
    let article = analysis.articles.get(p.article)?;
    let sentence = p.sentence.and_then(|i| article.sentences.get(i)).map(|s| s.span);
    let context = sentence.filter(|s| s.contains(p.span) && !p.span.is_empty()).map(|s| {
        [
            sanitize(article.slice(Span::new(s.start, p.span.start))).into_owned(),
            sanitize(article.slice(p.span)).into_owned(),
            sanitize(article.slice(Span::new(p.span.end, s.end))).into_owned(),
        ]
    });
    Some(PassageView {
        article: article_view(article),
        text: sanitize(article.slice(p.span)).into_owned(),
        sentence: sentence.map(|s| sanitize(article.slice(s)).into_owned()),
        context,
        start: p.span.start,
        end: p.span.end,
        note: one_line(&p.note),
        diff: p.diff.as_ref().map(|pieces| {
            pieces
                .iter()
                .map(|d| (DiffOp::parse(d.op), sanitize(&d.text).into_owned()))
                .collect()
        }),
    })
}

/// `text` with every run of whitespace folded to one space, keeping a space at either end if there was
/// one, so pieces of a sentence still join with their spacing.
fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            space = true;
        } else {
            if space {
                out.push(' ');
                space = false;
            }
            out.push(c);
        }
    }
    if space {
        out.push(' ');
    }
    out
}

/// `text` split into leading whitespace, content and trailing whitespace, so markup can wrap the
/// content alone (Markdown's `~~ x ~~` is not strikethrough at all).
fn split_ws(text: &str) -> (&str, &str, &str) {
    let core = text.trim();
    let lead = text.len() - text.trim_start().len();
    let head = text.get(..lead).unwrap_or("");
    let tail = text.get(lead + core.len()..).unwrap_or("");
    (head, core, tail)
}

/// Whether `url` may become a link: only web addresses, never `javascript:` or `file:`.
pub fn is_web_url(url: &str) -> bool {
    let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
    lower.starts_with("http://") || lower.starts_with("https://")
}

/// Upper-case label of a finding kind, readable without colour.
fn kind_label(kind: FindingKind) -> &'static str {
    match kind {
        FindingKind::Conflict => "CONFLICT",
        FindingKind::Differs => "DIFFERS",
        FindingKind::Expected => "EXPECTED vs REPORTED",
        FindingKind::Updated => "UPDATED",
        FindingKind::SharedQuote => "QUOTE",
        FindingKind::Agrees => "AGREES",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extensions() {
        assert_eq!(ExportFormat::Markdown.extension(), "md");
        assert_eq!(ExportFormat::Json.extension(), "json");
        assert_eq!(ExportFormat::Html.extension(), "html");
    }

    #[test]
    fn file_stems_are_safe() {
        assert_eq!(file_stem("rivertown-flood"), "rivertown-flood");
        assert_eq!(file_stem("../../etc/Passwd"), "etc-passwd");
        assert_eq!(file_stem("Crue du Rhône 2024"), "crue-du-rh-ne-2024");
        assert_eq!(file_stem("…"), "story");
        assert_eq!(file_stem(&"a".repeat(300)).len(), 60);
    }

    #[test]
    fn fold_and_split_keep_boundaries() {
        assert_eq!(fold(" a\n\n b\t"), " a b ");
        assert_eq!(split_ws("  ab c "), ("  ", "ab c", " "));
        assert_eq!(split_ws("   "), ("   ", "", ""));
        assert_eq!(split_ws("é"), ("", "é", ""));
    }

    #[test]
    fn only_web_urls_link() {
        assert!(is_web_url("https://example.org/a"));
        assert!(is_web_url("HTTP://example.org"));
        assert!(!is_web_url("javascript:alert(1)"));
        assert!(!is_web_url("file:///etc/passwd"));
        assert!(!is_web_url("ht"));
    }

    #[test]
    fn empty_analysis_never_panics() {
        let analysis = Analysis {
            articles: vec![],
            stories: vec![],
        };
        for format in [ExportFormat::Markdown, ExportFormat::Json, ExportFormat::Html] {
            assert!(!render_export(&analysis, &[0, 7], format).is_empty());
        }
        let dir = std::env::temp_dir();
        assert!(export_to_dir(&analysis, 0, ExportFormat::Markdown, &dir).is_err());
    }
}
