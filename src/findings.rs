//! A story's findings as one ordered list of highlighted passages: differing claims (conflicts
//! first), shared quotes, then agreements. The reader, its export and `newsdiff export` all use it.

use serde::Serialize;

use crate::analysis::{Analysis, Story};
use crate::claims::{Modality, Verdict};
use crate::report::{DiffPiece, WordingDiffs};
use crate::sanitize::one_line;
use crate::shared::Relation;
use crate::span::Span;

/// What kind of finding, in the order the reader lists them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FindingKind {
    /// Claims that cannot both be true.
    Conflict,
    /// Claims that differ without contradicting each other.
    Differs,
    /// A prediction against an outcome.
    Expected,
    /// A figure that changed as the story developed.
    Updated,
    /// A quote printed by several outlets.
    SharedQuote,
    /// Claims that agree.
    Agrees,
}

impl FindingKind {
    /// A short label ("conflict", "differs", "quote", "agrees").
    pub fn label(self) -> &'static str {
        match self {
            FindingKind::Conflict => "conflict",
            FindingKind::Differs => "differs",
            FindingKind::Expected => "expected",
            FindingKind::Updated => "updated",
            FindingKind::SharedQuote => "quote",
            FindingKind::Agrees => "agrees",
        }
    }
}

/// One outlet's passage of a finding.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Passage {
    /// Corpus index of the article.
    pub article: usize,
    /// The highlighted bytes in the article's cleaned text.
    pub span: Span,
    /// The article's sentence containing the passage.
    pub sentence: Option<usize>,
    /// What this outlet says, in a few words ("3 h (reported)", "altered wording").
    pub note: String,
    /// Word-level difference from the canonical wording, for altered quotes.
    pub diff: Option<Vec<DiffPiece>>,
}

/// A finding of a story, ready to highlight.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    /// Its kind.
    pub kind: FindingKind,
    /// A short title: the claim's subject or the quote's canonical wording.
    pub title: String,
    /// One line with every outlet's value side by side.
    pub summary: String,
    /// Longer explanation.
    pub detail: String,
    /// One passage per occurrence.
    pub passages: Vec<Passage>,
}

/// Every finding of `story`, in reading order.
pub fn story_findings(analysis: &Analysis, story: &Story) -> Vec<Finding> {
    let mut out: Vec<Finding> = story.claims.iter().filter_map(|f| claim_finding(analysis, f)).collect();
    out.extend(story.shared_quotes.iter().map(|q| quote_finding(analysis, q)));
    // Stable sort keeps the analysis' own order inside each kind.
    out.sort_by_key(|f| f.kind);
    out
}

fn outlet(analysis: &Analysis, article: usize) -> String {
    one_line(&analysis.articles[article].outlet)
}

fn claim_finding(analysis: &Analysis, f: &crate::claims::Finding) -> Option<Finding> {
    let kind = match f.verdict {
        Verdict::Conflict => FindingKind::Conflict,
        Verdict::Differs => FindingKind::Differs,
        Verdict::Expected => FindingKind::Expected,
        Verdict::Updated => FindingKind::Updated,
        Verdict::Agrees => FindingKind::Agrees,
    };
    let passages: Vec<Passage> = f
        .statements
        .iter()
        .filter_map(|st| {
            let claim = analysis.articles.get(st.article)?.claims.get(st.claim)?;
            let modality = match claim.modality {
                Modality::Reported => "reported",
                Modality::Expected => "expected",
            };
            Some(Passage {
                article: st.article,
                span: claim.span,
                sentence: Some(claim.sentence),
                note: format!("{} ({modality})", claim.value.describe()),
                diff: None,
            })
        })
        .collect();
    if passages.is_empty() {
        return None;
    }
    // Past a few outlets, one line per outlet is unreadable: show the values and how many give each.
    let summary = if f.clustered() {
        f.cluster_line()
    } else {
        passages
            .iter()
            .map(|p| format!("{}: {}", outlet(analysis, p.article), p.note))
            .collect::<Vec<_>>()
            .join(" · ")
    };
    Some(Finding {
        kind,
        title: one_line(&f.subject),
        summary,
        detail: one_line(&f.explanation),
        passages,
    })
}

fn quote_finding(analysis: &Analysis, q: &crate::shared::SharedQuote) -> Finding {
    let mut diffs = WordingDiffs::new(&q.text);
    let passages: Vec<Passage> = q
        .occurrences
        .iter()
        .map(|o| {
            let article = &analysis.articles[o.article];
            let span = article.quotes.get(o.quote).map_or(Span::default(), |quote| quote.span);
            let (note, diff) = match o.relation {
                Relation::Same => ("same wording".to_string(), None),
                Relation::Fragment => ("excerpt".to_string(), None),
                Relation::Altered => (
                    "altered wording".to_string(),
                    Some(diffs.of(article.slice(span)).to_vec()),
                ),
            };
            Passage {
                article: o.article,
                span,
                sentence: article.sentence_at(span.start),
                note,
                diff,
            }
        })
        .collect();
    let mut articles: Vec<usize> = passages.iter().map(|p| p.article).collect();
    articles.dedup();
    let outlets: Vec<String> = articles.iter().map(|&a| outlet(analysis, a)).collect();
    let speaker = q
        .speaker
        .as_deref()
        .map(one_line)
        .unwrap_or_else(|| "unattributed".into());
    let altered = if q.wording_differs { ", wording differs" } else { "" };
    let detail = format!("Quoted by {} outlets{altered}.", outlets.len());
    let (summary, detail) = match attribution_line(analysis, &q.attributions) {
        // Outlets naming different speakers is itself worth reading: it leads the summary.
        Some(line) => (
            format!("{line} — {}{altered}", outlets.join(" · ")),
            format!("{detail} Outlets disagree on who said it: {line}."),
        ),
        None => (format!("{speaker} — {}{altered}", outlets.join(" · ")), detail),
    };
    Finding {
        kind: FindingKind::SharedQuote,
        title: format!("“{}”", one_line(&q.text)),
        summary,
        detail,
        passages,
    }
}

/// "attributed to X by A, B; to Y by C" when outlets name different speakers for one quote.
fn attribution_line(analysis: &Analysis, attributions: &[crate::shared::Attribution]) -> Option<String> {
    if attributions.len() < 2 {
        return None;
    }
    let parts: Vec<String> = attributions
        .iter()
        .map(|a| {
            let by: Vec<String> = a.articles.iter().map(|&i| outlet(analysis, i)).collect();
            format!("to {} by {}", one_line(&a.speaker), by.join(", "))
        })
        .collect();
    Some(format!("attributed {}", parts.join("; ")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_sort_in_reading_order() {
        let mut kinds = vec![
            FindingKind::Agrees,
            FindingKind::SharedQuote,
            FindingKind::Conflict,
            FindingKind::Differs,
        ];
        kinds.sort();
        assert_eq!(
            kinds,
            vec![
                FindingKind::Conflict,
                FindingKind::Differs,
                FindingKind::SharedQuote,
                FindingKind::Agrees
            ]
        );
        assert_eq!(FindingKind::SharedQuote.label(), "quote");
    }
}
