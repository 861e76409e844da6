//! The stable JSON report (schema version 2): its own structs, so internal types can change freely.
//!
//! Version 2: verdicts gain `expected` (a prediction against an outcome, formerly `differs`) and
//! `updated` (a figure that changed as the story developed, formerly `conflict` or `differs`);
//! findings gain `clusters`; dates may be `resolved` against the publication day; articles gain
//! `wire` and `dateline`; shared quotes may carry `attributions`.

use serde::Serialize;

use super::{DiffPiece, WordingDiffs};
use crate::analysis::{Analysis, Story};
use crate::article::Article;
use crate::claims::{ClaimKind, Modality, Verdict};
use crate::sanitize::is_unsafe;
use crate::shared::Relation;

/// Version of the JSON layout; bumped on any incompatible change.
pub const SCHEMA_VERSION: u32 = 2;

#[derive(Serialize)]
struct StoryJson<'a> {
    id: &'a str,
    title: &'a str,
    articles: Vec<ArticleJson<'a>>,
    shared_quotes: Vec<SharedQuoteJson<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    alignment: Option<Vec<AlignmentJson<'a>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    copies: Option<Vec<Vec<MatchRefJson<'a>>>>,
    claims: Vec<FindingJson<'a>>,
}

#[derive(Serialize)]
struct ArticleJson<'a> {
    id: &'a str,
    outlet: &'a str,
    title: &'a str,
    source: &'a str,
    url: Option<&'a str>,
    published: Option<&'a str>,
    /// Who wrote it, from front matter, a page or a feed item.
    author: Option<&'a str>,
    /// Language tag a page gives ("en-GB").
    language: Option<&'a str>,
    /// The news agency the text credits for its copy ("AP", "Reuters, AFP"); never the outlet.
    wire: Option<&'a str>,
    /// Where the story was filed, from a dateline opening the body ("VALMORA").
    dateline: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    text: Option<&'a str>,
    sentences: Vec<SpanJson>,
    quotes: Vec<QuoteJson<'a>>,
}

#[derive(Serialize)]
struct SpanJson {
    start: usize,
    end: usize,
}

#[derive(Serialize)]
struct QuoteJson<'a> {
    text: &'a str,
    start: usize,
    end: usize,
    speaker: Option<&'a str>,
}

#[derive(Serialize)]
struct SharedQuoteJson<'a> {
    text: &'a str,
    speaker: Option<&'a str>,
    /// Who each outlet credits, when outlets credit the quote to different people.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    attributions: Vec<AttributionJson<'a>>,
    wording_differs: bool,
    occurrences: Vec<OccurrenceJson<'a>>,
}

#[derive(Serialize)]
struct AttributionJson<'a> {
    speaker: &'a str,
    /// Ids of the articles crediting this speaker.
    articles: Vec<&'a str>,
}

#[derive(Serialize)]
struct OccurrenceJson<'a> {
    article: &'a str,
    text: &'a str,
    start: usize,
    end: usize,
    speaker: Option<&'a str>,
    relation: Relation,
    #[serde(skip_serializing_if = "Option::is_none")]
    diff: Option<Vec<DiffPiece>>,
}

#[derive(Serialize)]
struct AlignmentJson<'a> {
    article: &'a str,
    sentences: Vec<SentenceJson<'a>>,
}

#[derive(Serialize)]
struct SentenceJson<'a> {
    sentence: usize,
    only_here: bool,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    furniture: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    copies: Option<u32>,
    matches: Vec<MatchJson<'a>>,
}

#[derive(Serialize)]
struct MatchRefJson<'a> {
    article: &'a str,
    sentence: u32,
}

#[derive(Serialize)]
struct MatchJson<'a> {
    article: &'a str,
    sentence: usize,
    score: f32,
}

#[derive(Serialize)]
struct FindingJson<'a> {
    subject: &'a str,
    kind: ClaimKind,
    verdict: Verdict,
    explanation: &'a str,
    /// The statements grouped by value, most outlets first.
    clusters: Vec<ClusterJson<'a>>,
    statements: Vec<StatementJson<'a>>,
}

#[derive(Serialize)]
struct ClusterJson<'a> {
    value: &'a str,
    modality: Modality,
    /// Ids of the articles giving this value.
    articles: Vec<&'a str>,
}

#[derive(Serialize)]
struct StatementJson<'a> {
    article: &'a str,
    text: &'a str,
    sentence: &'a str,
    start: usize,
    end: usize,
    value: String,
    modality: Modality,
    attributed_to: Option<&'a str>,
}

/// What a JSON or JSONL report leaves out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct JsonOptions {
    /// Include each article's `text`.
    pub text: bool,
    /// Include the sentence `alignment` and `copies` of each story.
    pub alignment: bool,
}

impl Default for JsonOptions {
    fn default() -> Self {
        JsonOptions {
            text: true,
            alignment: true,
        }
    }
}

/// One line of a JSONL report: a story, with the schema version since there is no envelope.
#[derive(Serialize)]
struct StoryLine<'a> {
    schema_version: u32,
    #[serde(flatten)]
    story: StoryJson<'a>,
}

/// Render the analysis as pretty-printed JSON.
pub fn render(analysis: &Analysis) -> String {
    render_with(analysis, JsonOptions::default())
}

/// Render the analysis as pretty-printed JSON, leaving out what `options` says: the pieces of
/// [`Document`] put together.
pub fn render_with(analysis: &Analysis, options: JsonOptions) -> String {
    let mut document = Document::new(options);
    let mut out = document.start();
    for s in &analysis.stories {
        out.push_str(&document.story(&analysis.articles, s));
    }
    out.push_str(&document.end());
    out
}

/// The pretty-printed JSON report written story by story, so it need not be held whole: its
/// start, each story's piece, its end. Together they are what serde_json prints for the whole
/// report (a test holds them to it); each story is printed alone and indented to its place,
/// which is exact because a JSON string never holds a raw line break.
#[derive(Debug)]
pub struct Document {
    options: JsonOptions,
    stories: usize,
}

/// Indentation of a story inside the report's `stories` array.
const STORY_INDENT: &str = "    ";

impl Document {
    /// A report leaving out what `options` says.
    pub fn new(options: JsonOptions) -> Document {
        Document { options, stories: 0 }
    }

    /// What the report leaves out.
    pub fn options(&self) -> JsonOptions {
        self.options
    }

    /// The report's opening, up to its list of stories.
    pub fn start(&self) -> String {
        let generator = serde_json::to_string(&format!("newsdiff {}", env!("CARGO_PKG_VERSION")))
            .unwrap_or_else(|_| "\"newsdiff\"".into());
        format!("{{\n  \"schema_version\": {SCHEMA_VERSION},\n  \"generator\": {generator},\n  \"stories\": [")
    }

    /// The next story's piece, to follow the opening and the stories before it.
    pub fn story(&mut self, articles: &[Article], s: &Story) -> String {
        let json = serde_json::to_string_pretty(&story(articles, s, self.options))
            .unwrap_or_else(|e| format!("{{\"error\": {}}}", serde_json::Value::from(e.to_string())));
        let mut out = String::with_capacity(json.len() + json.len() / 8);
        out.push_str(if self.stories == 0 { "\n" } else { ",\n" });
        self.stories += 1;
        for (i, line) in json.split('\n').enumerate() {
            if i > 0 {
                out.push('\n');
            }
            out.push_str(STORY_INDENT);
            out.push_str(line);
        }
        escape_unsafe(out)
    }

    /// The report's close, once every story is written.
    pub fn end(&self) -> String {
        if self.stories == 0 { "]\n}\n" } else { "\n  ]\n}\n" }.to_string()
    }
}

/// One story as one line of JSONL (compact JSON and a newline). `articles` are the corpus' articles,
/// with the story's claims already attached.
pub fn story_line(articles: &[Article], s: &Story, options: JsonOptions) -> String {
    let line = StoryLine {
        schema_version: SCHEMA_VERSION,
        story: story(articles, s, options),
    };
    let json = serde_json::to_string(&line).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"));
    let mut out = escape_unsafe(json);
    out.push('\n');
    out
}

/// JSON with every character a terminal would act on (DEL, C1 controls, bidi overrides) written as
/// a `\uXXXX` escape. serde_json only escapes C0; outside strings JSON is ASCII, so every such
/// character is inside a string, and the parsed text (and its byte offsets) stay exactly the same.
fn escape_unsafe(json: String) -> String {
    // Almost always nothing to escape: the text is kept, not copied (a story's JSON can be large).
    if !json.chars().any(is_unsafe) {
        return json;
    }
    let mut out = String::with_capacity(json.len());
    for c in json.chars() {
        if is_unsafe(c) {
            out.push_str(&format!("\\u{:04x}", c as u32));
        } else {
            out.push(c);
        }
    }
    out
}

fn story<'a>(articles: &'a [Article], story: &'a Story, options: JsonOptions) -> StoryJson<'a> {
    let id = |a: usize| articles[a].id.as_str();
    StoryJson {
        id: &story.id,
        title: &story.title,
        articles: story
            .articles
            .iter()
            .map(|&a| article(&articles[a], options.text))
            .collect(),
        shared_quotes: story
            .shared_quotes
            .iter()
            .map(|q| {
                let mut diffs = WordingDiffs::new(&q.text);
                SharedQuoteJson {
                    text: &q.text,
                    speaker: q.speaker.as_deref(),
                    attributions: q
                        .attributions
                        .iter()
                        .map(|at| AttributionJson {
                            speaker: &at.speaker,
                            articles: at.articles.iter().map(|&a| articles[a].id.as_str()).collect(),
                        })
                        .collect(),
                    wording_differs: q.wording_differs,
                    occurrences: q
                        .occurrences
                        .iter()
                        .map(|o| {
                            let art = &articles[o.article];
                            let quote = &art.quotes[o.quote];
                            let text = art.slice(quote.span);
                            OccurrenceJson {
                                article: &art.id,
                                text,
                                start: quote.span.start,
                                end: quote.span.end,
                                speaker: quote.speaker.as_deref(),
                                relation: o.relation,
                                diff: (o.relation == Relation::Altered).then(|| diffs.of(text).to_vec()),
                            }
                        })
                        .collect(),
                }
            })
            .collect(),
        alignment: options.alignment.then(|| {
            story
                .alignment
                .iter()
                .map(|al| AlignmentJson {
                    article: id(al.article),
                    sentences: al
                        .sentences
                        .iter()
                        .enumerate()
                        .map(|(i, s)| SentenceJson {
                            sentence: i,
                            only_here: s.only_here(),
                            furniture: s.furniture,
                            copies: s.copies,
                            matches: s
                                .matches
                                .iter()
                                .map(|m| MatchJson {
                                    article: id(m.article as usize),
                                    sentence: m.sentence as usize,
                                    score: m.score,
                                })
                                .collect(),
                        })
                        .collect(),
                })
                .collect()
        }),
        copies: options.alignment.then(|| {
            story
                .copies
                .iter()
                .map(|g| {
                    g.sentences
                        .iter()
                        .map(|r| MatchRefJson {
                            article: id(r.article as usize),
                            sentence: r.sentence,
                        })
                        .collect()
                })
                .collect()
        }),
        claims: story
            .claims
            .iter()
            .map(|f| FindingJson {
                subject: &f.subject,
                kind: f.kind,
                verdict: f.verdict,
                explanation: &f.explanation,
                clusters: f
                    .clusters
                    .iter()
                    .map(|c| ClusterJson {
                        value: &c.value,
                        modality: c.modality,
                        articles: c.articles.iter().map(|&a| articles[a].id.as_str()).collect(),
                    })
                    .collect(),
                statements: f
                    .statements
                    .iter()
                    .filter_map(|st| {
                        let art = &articles[st.article];
                        let claim = art.claims.get(st.claim)?;
                        let sentence = art.sentences.get(claim.sentence).map_or("", |s| art.slice(s.span));
                        Some(StatementJson {
                            article: &art.id,
                            text: art.slice(claim.span),
                            sentence,
                            start: claim.span.start,
                            end: claim.span.end,
                            value: claim.value.describe(),
                            modality: claim.modality,
                            attributed_to: claim.attributed_to.as_deref(),
                        })
                    })
                    .collect(),
            })
            .collect(),
    }
}

mod article;

use article::article;

#[cfg(test)]
mod tests;
