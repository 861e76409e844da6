//! Reports of an analysis for people (text, Markdown) and scripts (JSON).

pub mod json;
mod markdown;
mod outline;
mod text;

use serde::Serialize;
use similar::{Algorithm, ChangeTag, utils::diff_words};

use crate::analysis::{Analysis, Story};
use crate::article::Article;

/// Output format of a report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Plain text for a terminal, optionally coloured.
    Text,
    /// Markdown for notes.
    Markdown,
    /// Stable JSON for scripts.
    Json,
    /// One JSON story per line (see [`json::story_line`]).
    Jsonl,
}

/// Render `analysis` in `format`; `color` only affects text.
pub fn render(analysis: &Analysis, format: Format, color: bool) -> String {
    render_with(analysis, format, color, json::JsonOptions::default())
}

/// Render `analysis` in `format`; `color` only affects text, `options` only JSON and JSONL.
pub fn render_with(analysis: &Analysis, format: Format, color: bool, options: json::JsonOptions) -> String {
    match format {
        Format::Json => json::render_with(analysis, options),
        Format::Jsonl => analysis
            .stories
            .iter()
            .map(|s| json::story_line(&analysis.articles, s, options))
            .collect(),
        Format::Markdown => markdown::render(&outline::outline(analysis)),
        Format::Text => text::render(&outline::outline(analysis), color),
    }
}

/// A report rendered story by story as the analysis hands them over, so neither the stories nor
/// the report need be held whole (see [`crate::analysis::analyze_each`]): the header, then each
/// story's piece, then the footer, written out as they come. Together they are [`render_with`] of
/// the whole analysis.
#[derive(Debug)]
pub struct Streamed {
    format: Format,
    color: bool,
    json: json::Document,
    /// The piece being rendered, reused from one story to the next.
    piece: String,
    stories: usize,
}

impl Streamed {
    /// An empty report in `format`; `color` only affects text, `options` only JSON and JSONL.
    pub fn new(format: Format, color: bool, options: json::JsonOptions) -> Streamed {
        Streamed {
            format,
            color,
            json: json::Document::new(options),
            piece: String::new(),
            stories: 0,
        }
    }

    /// The report's opening, for a corpus of `articles` articles in `stories` stories.
    pub fn header(&self, stories: usize, articles: usize) -> String {
        let header = [outline::header(stories, articles)];
        match self.format {
            Format::Text => text::render(&header, self.color),
            Format::Markdown => markdown::render(&header),
            Format::Json => self.json.start(),
            Format::Jsonl => String::new(),
        }
    }

    /// The next story's piece of the report, to follow the header and the stories before it.
    pub fn story(&mut self, articles: &[Article], story: &Story) -> &str {
        self.stories += 1;
        match self.format {
            Format::Json => self.piece = self.json.story(articles, story),
            Format::Jsonl => self.piece = json::story_line(articles, story, self.json.options()),
            Format::Text | Format::Markdown => {
                self.piece.clear();
                let lines = outline::story_outline(articles, self.stories, story);
                // The title line always comes first, so a story's lines never open the report.
                match self.format {
                    Format::Text => text::render_into(&mut self.piece, &lines, self.color, true),
                    _ => markdown::render_into(&mut self.piece, &lines, true),
                }
            }
        }
        &self.piece
    }

    /// The report's close, once every story is written.
    pub fn footer(&self) -> String {
        match self.format {
            Format::Json => self.json.end(),
            _ => String::new(),
        }
    }
}

/// One piece of a word-level difference between a canonical wording and another.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DiffPiece {
    /// `equal`, `delete` (only in the canonical wording) or `insert` (only in the other).
    pub op: &'static str,
    /// The words concerned, with their spacing.
    pub text: String,
}

/// Word-level difference from a shared quote's canonical wording to one outlet's wording as
/// printed (folded the same way the canonical one was, so spacing and a trailing comma don't count).
pub fn wording_diff(canonical: &str, printed: &str) -> Vec<DiffPiece> {
    word_diff(canonical, &crate::shared::display_wording(printed))
}

/// The word-level differences of one shared quote's wordings, each distinct wording diffed once:
/// wire copy prints the same altered wording in many outlets.
pub struct WordingDiffs<'a> {
    canonical: &'a str,
    /// The wordings diffed so far, with their differences.
    done: Vec<(&'a str, Vec<DiffPiece>)>,
}

impl<'a> WordingDiffs<'a> {
    /// No wording diffed yet against `canonical`.
    pub fn new(canonical: &'a str) -> Self {
        WordingDiffs {
            canonical,
            done: Vec::new(),
        }
    }

    /// [`wording_diff`] of the canonical wording and `printed`.
    pub fn of(&mut self, printed: &'a str) -> &[DiffPiece] {
        let k = match self.done.iter().position(|(p, _)| *p == printed) {
            Some(k) => k,
            None => {
                self.done.push((printed, wording_diff(self.canonical, printed)));
                self.done.len() - 1
            }
        };
        self.done.get(k).map_or(&[], |(_, diff)| diff.as_slice())
    }
}

/// Word-level difference from `old` to `new`.
pub fn word_diff(old: &str, new: &str) -> Vec<DiffPiece> {
    let mut out: Vec<DiffPiece> = Vec::new();
    for (tag, text) in diff_words(Algorithm::Myers, old, new) {
        let op = match tag {
            ChangeTag::Equal => "equal",
            ChangeTag::Delete => "delete",
            ChangeTag::Insert => "insert",
        };
        match out.last_mut() {
            Some(last) if last.op == op => last.text.push_str(text),
            _ => out.push(DiffPiece {
                op,
                text: text.to_string(),
            }),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn streamed_report_matches_whole_report() {
        let analysis = crate::analyze(crate::synth::corpus(40, 3), &[]);
        let formats = [
            (Format::Text, false),
            (Format::Text, true),
            (Format::Markdown, false),
            (Format::Json, false),
            (Format::Jsonl, false),
        ];
        for (format, color) in formats {
            let options = json::JsonOptions {
                text: false,
                alignment: true,
            };
            let mut streamed = Streamed::new(format, color, options);
            let mut report = streamed.header(analysis.stories.len(), analysis.articles.len());
            for story in &analysis.stories {
                report.push_str(streamed.story(&analysis.articles, story));
            }
            report.push_str(&streamed.footer());
            let whole = render_with(&analysis, format, color, options);
            assert_eq!(report, whole, "{format:?}");
        }
    }

    #[test]
    fn wording_diffs_are_those_of_each_wording() {
        let canonical = "the talks were quite useful";
        let mut diffs = WordingDiffs::new(canonical);
        for printed in [
            "the talks were very useful",
            "the talks were useful",
            "the talks were very useful",
        ] {
            assert_eq!(diffs.of(printed), wording_diff(canonical, printed).as_slice());
        }
        assert_eq!(diffs.done.len(), 2);
    }

    #[test]
    fn word_diff_marks_changed_words() {
        let d = word_diff("the talks were quite useful", "the talks were very useful");
        let ops: Vec<(&str, &str)> = d.iter().map(|p| (p.op, p.text.as_str())).collect();
        assert_eq!(
            ops,
            vec![
                ("equal", "the talks were "),
                ("delete", "quite"),
                ("insert", "very"),
                ("equal", " useful")
            ]
        );
    }
}
