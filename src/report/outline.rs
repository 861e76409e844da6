//! What a human-readable report says, as styled lines; text and Markdown only differ in how they print them.

use std::borrow::Cow;

use crate::analysis::{Analysis, Story};
use crate::article::Article;
use crate::claims::{Finding, Verdict};
use crate::sanitize::{one_line, sanitize};
use crate::shared::Relation;

use super::WordingDiffs;

/// A run of text with one role.
#[derive(Debug, Clone, PartialEq)]
pub enum Piece<'a> {
    /// Ordinary words.
    Plain(Cow<'a, str>),
    /// Names and labels that should stand out.
    Strong(Cow<'a, str>),
    /// Secondary information.
    Dim(Cow<'a, str>),
    /// Words quoted from an article (already sanitized).
    Quoted(String),
    /// A claim verdict.
    Verdict(Verdict),
    /// Words only in the canonical wording.
    Deleted(String),
    /// Words only in this outlet's wording.
    Inserted(String),
}

/// One line of a report.
#[derive(Debug, Clone, PartialEq)]
pub enum Line<'a> {
    /// A heading at `level` (1 = report, 2 = story, 3 = section).
    Heading(usize, Vec<Piece<'a>>),
    /// A list item at `depth` (0 = top level).
    Item(usize, Vec<Piece<'a>>),
}

/// Sentences printed per article in the "reported by one outlet only" section.
const LONE_SENTENCES_SHOWN: usize = 5;
/// Longest excerpt printed for a sentence, in characters.
const EXCERPT_CHARS: usize = 160;

fn plain<'a>(s: impl Into<Cow<'a, str>>) -> Piece<'a> {
    Piece::Plain(s.into())
}

/// Build the lines of a human-readable report.
pub fn outline(analysis: &Analysis) -> Vec<Line<'_>> {
    let mut lines = vec![header(analysis.stories.len(), analysis.articles.len())];
    for (n, story) in analysis.stories.iter().enumerate() {
        story_lines(&analysis.articles, n + 1, story, &mut lines);
    }
    lines
}

/// The report's title line: how many stories and articles.
pub fn header(stories: usize, articles: usize) -> Line<'static> {
    Line::Heading(
        1,
        vec![plain(format!(
            "newsdiff report: {} {}, {} {}",
            stories,
            plural(stories, "story", "stories"),
            articles,
            plural(articles, "article", "articles"),
        ))],
    )
}

/// The lines of story number `n` (from 1), for a report written story by story.
pub fn story_outline<'a>(articles: &'a [Article], n: usize, story: &'a Story) -> Vec<Line<'a>> {
    let mut lines = Vec::new();
    story_lines(articles, n, story, &mut lines);
    lines
}

fn plural<'a>(n: usize, one: &'a str, many: &'a str) -> &'a str {
    if n == 1 { one } else { many }
}

/// "[2] Outlet" labels of a story's articles, written once per story: a story of many outlets
/// names each in every finding and quote it is part of.
struct Labels {
    /// (article index, label) in story order.
    of: Vec<(usize, String)>,
}

impl Labels {
    fn new(articles: &[Article], story: &Story) -> Labels {
        let of = story
            .articles
            .iter()
            .enumerate()
            .map(|(pos, &a)| (a, format!("[{}] {}", pos + 1, one_line(&articles[a].outlet))))
            .collect();
        Labels { of }
    }

    /// The label of `article` ("[0] …" if the story does not hold it).
    fn get(&self, articles: &[Article], article: usize) -> String {
        match self.of.iter().find(|(a, _)| *a == article) {
            Some((_, label)) => label.clone(),
            None => format!("[0] {}", one_line(&articles[article].outlet)),
        }
    }
}

fn story_lines<'a>(articles: &'a [Article], n: usize, story: &'a Story, lines: &mut Vec<Line<'a>>) {
    let labels = Labels::new(articles, story);
    lines.push(Line::Heading(
        2,
        vec![
            plain(format!("Story {n}: ")),
            Piece::Strong(one_line(&story.title).into()),
            Piece::Dim(format!(" ({})", one_line(&story.id)).into()),
        ],
    ));
    lines.push(Line::Heading(
        3,
        vec![plain(format!("Articles ({})", story.articles.len()))],
    ));
    for &a in &story.articles {
        let art = &articles[a];
        let mut pieces = vec![
            Piece::Strong(labels.get(articles, a).into()),
            plain(" — "),
            plain(one_line(&art.title)),
        ];
        if let Some(date) = &art.published {
            pieces.push(Piece::Dim(format!(" ({})", one_line(date)).into()));
        }
        pieces.push(Piece::Dim(
            format!(" · {}", one_line(art.url.as_deref().unwrap_or(&art.source))).into(),
        ));
        lines.push(Line::Item(0, pieces));
    }
    let (differing, agreeing): (Vec<&Finding>, Vec<&Finding>) =
        story.claims.iter().partition(|f| f.verdict != Verdict::Agrees);
    if !differing.is_empty() {
        lines.push(Line::Heading(
            3,
            vec![plain(format!("Differing claims ({})", differing.len()))],
        ));
        for f in differing {
            finding_lines(articles, &labels, f, lines);
        }
    }
    if !agreeing.is_empty() {
        lines.push(Line::Heading(
            3,
            vec![plain(format!("Agreeing claims ({})", agreeing.len()))],
        ));
        for f in agreeing {
            finding_lines(articles, &labels, f, lines);
        }
    }
    shared_quote_lines(articles, story, &labels, lines);
    lone_sentence_lines(articles, story, &labels, lines);
}

fn finding_lines<'a>(articles: &'a [Article], labels: &Labels, f: &'a Finding, lines: &mut Vec<Line<'a>>) {
    lines.push(Line::Item(
        0,
        vec![
            Piece::Verdict(f.verdict),
            plain(" "),
            Piece::Strong(one_line(&f.subject).into()),
            Piece::Dim(format!(" — {}", one_line(&f.explanation)).into()),
        ],
    ));
    if f.clustered() {
        let values = f.cluster_line();
        lines.push(Line::Item(
            1,
            vec![Piece::Strong("values: ".into()), plain(one_line(&values))],
        ));
    }
    for st in &f.statements {
        let art = &articles[st.article];
        let Some(claim) = art.claims.get(st.claim) else {
            continue;
        };
        let modality = claim.modality.name();
        let mut pieces = vec![
            Piece::Strong(labels.get(articles, st.article).into()),
            plain(format!(": {} ", claim.value.describe())),
            Piece::Dim(format!("({modality})").into()),
            plain(" "),
            Piece::Quoted(one_line(art.slice(claim.span))),
        ];
        if let Some(source) = &claim.attributed_to {
            pieces.push(Piece::Dim(format!(" — according to {}", one_line(source)).into()));
        }
        lines.push(Line::Item(1, pieces));
    }
}

fn shared_quote_lines<'a>(articles: &'a [Article], story: &'a Story, labels: &Labels, lines: &mut Vec<Line<'a>>) {
    if story.shared_quotes.is_empty() {
        return;
    }
    lines.push(Line::Heading(
        3,
        vec![plain(format!("Shared quotes ({})", story.shared_quotes.len()))],
    ));
    for q in &story.shared_quotes {
        let mut head = vec![Piece::Quoted(one_line(&q.text))];
        if let Some(s) = &q.speaker {
            head.push(plain(" — "));
            head.push(Piece::Strong(one_line(s).into()));
        }
        if q.wording_differs {
            head.push(Piece::Dim(" (wording differs)".into()));
        }
        lines.push(Line::Item(0, head));
        let mut diffs = WordingDiffs::new(&q.text);
        for o in &q.occurrences {
            let art = &articles[o.article];
            let text = art.quotes.get(o.quote).map_or("", |q| art.slice(q.span));
            let mut pieces = vec![Piece::Strong(labels.get(articles, o.article).into()), plain(": ")];
            match o.relation {
                Relation::Same => pieces.push(Piece::Dim("same wording".into())),
                Relation::Fragment => {
                    pieces.push(Piece::Dim("excerpt ".into()));
                    pieces.push(Piece::Quoted(one_line(text)));
                }
                Relation::Altered => {
                    pieces.push(Piece::Dim("altered ".into()));
                    for d in diffs.of(text) {
                        // The wordings are already folded to single spaces; only controls remain to neutralize.
                        let words = sanitize(&d.text).into_owned();
                        pieces.push(match d.op {
                            "delete" => Piece::Deleted(words),
                            "insert" => Piece::Inserted(words),
                            _ => Piece::Plain(words.into()),
                        });
                    }
                }
            }
            lines.push(Line::Item(1, pieces));
        }
    }
}

fn lone_sentence_lines<'a>(articles: &'a [Article], story: &'a Story, labels: &Labels, lines: &mut Vec<Line<'a>>) {
    if story.articles.len() < 2 {
        return;
    }
    lines.push(Line::Heading(3, vec![plain("Reported by one outlet only")]));
    for al in &story.alignment {
        let art = &articles[al.article];
        let lone: Vec<usize> = (0..al.sentences.len())
            .filter(|&i| al.sentences[i].only_here())
            .collect();
        lines.push(Line::Item(
            0,
            vec![
                Piece::Strong(labels.get(articles, al.article).into()),
                plain(format!(": {} of {} sentences", lone.len(), al.sentences.len())),
            ],
        ));
        for &i in lone.iter().take(LONE_SENTENCES_SHOWN) {
            let text = art
                .sentences
                .get(i)
                .map_or(String::new(), |s| one_line(art.slice(s.span)));
            lines.push(Line::Item(1, vec![plain(excerpt(&text))]));
        }
        if lone.len() > LONE_SENTENCES_SHOWN {
            lines.push(Line::Item(
                1,
                vec![Piece::Dim(
                    format!(
                        "… and {} more (all in --format json)",
                        lone.len() - LONE_SENTENCES_SHOWN
                    )
                    .into(),
                )],
            ));
        }
    }
}

/// At most [`EXCERPT_CHARS`] characters of `text`, cut at a word boundary with an ellipsis.
fn excerpt(text: &str) -> String {
    if text.chars().count() <= EXCERPT_CHARS {
        return text.to_string();
    }
    let cut: String = text.chars().take(EXCERPT_CHARS).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head);
    format!("{cut}…")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn excerpts_cut_at_words() {
        assert_eq!(excerpt("short"), "short");
        let long = "word ".repeat(50);
        let e = excerpt(long.trim());
        assert!(e.ends_with("word…"));
        assert!(e.chars().count() <= EXCERPT_CHARS + 1);
    }
}
