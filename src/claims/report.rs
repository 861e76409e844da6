//! Serializable view of findings: each statement resolved to its printed text, sentence and value.

use serde::Serialize;

use super::{ArticleClaims, ClaimKind, Finding, Modality, Verdict};

/// One statement of a finding, as the JSON output shows it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StatementReport {
    pub article: usize,
    /// The claim as printed.
    pub text: String,
    /// The sentence it appears in.
    pub sentence: String,
    pub start: usize,
    pub end: usize,
    /// Normalized, human-readable value.
    pub value: String,
    pub modality: Modality,
    pub attributed_to: Option<String>,
}

/// One finding with its statements resolved.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FindingReport {
    pub subject: String,
    pub kind: ClaimKind,
    pub verdict: Verdict,
    pub explanation: String,
    pub statements: Vec<StatementReport>,
}

/// Resolve findings against the articles they came from (statements whose article or
/// claim index is unknown are skipped rather than panicking).
pub fn report(articles: &[ArticleClaims<'_>], findings: &[Finding]) -> Vec<FindingReport> {
    findings
        .iter()
        .map(|f| FindingReport {
            subject: f.subject.clone(),
            kind: f.kind,
            verdict: f.verdict,
            explanation: f.explanation.clone(),
            statements: f
                .statements
                .iter()
                .filter_map(|s| {
                    let a = articles.iter().find(|a| a.article == s.article)?;
                    let c = a.claims.get(s.claim)?;
                    let sentence = a.sentences.get(c.sentence).map(|sp| sp.text(a.text).trim().to_string());
                    Some(StatementReport {
                        article: s.article,
                        text: c.span.text(a.text).to_string(),
                        sentence: sentence.unwrap_or_default(),
                        start: c.span.start,
                        end: c.span.end,
                        value: c.value.describe(),
                        modality: c.modality,
                        attributed_to: c.attributed_to.as_deref().map(str::to_string),
                    })
                })
                .collect(),
        })
        .collect()
}
