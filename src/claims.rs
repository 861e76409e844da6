//! Differing claims: numeric and temporal claims extracted per article and compared across a story's outlets.
//!
//! Extraction ([`extract_claims`]) is linear in the article's length; comparison
//! ([`compare_claims`]) is quadratic only in the number of claims of one story.

mod amounts;
mod anchors;
mod aspect;
mod attach;
mod clusters;
mod compare;
mod context;
mod counts;
mod demography;
mod evolve;
mod extract;
mod item;
mod lexicon;
mod matching;
mod modality;
mod nouns;
mod numbers;
mod raw;
mod relative;
mod report;
mod resolve;
mod scope;
mod subject;
mod timing;
mod tokens;
mod units;
mod value;
mod verbs;
mod verdict;
mod wordlist;

#[cfg(test)]
mod tests;

use serde::Serialize;

use crate::span::Span;

pub use compare::compare_claims;
pub use context::{ClaimContext, main_year, parse_day, plausible_days};
pub use extract::{ClaimMemo, extract_claims, extract_claims_with};
pub use report::{FindingReport, StatementReport, report};
pub use subject::Subject;
pub use value::{Hedge, Relative, Value};

/// Findings given by more outlets than this are summarised by value clusters, not outlet by outlet.
pub const CLUSTER_ABOVE: usize = 4;

/// What a claim measures or dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ClaimKind {
    Duration,
    Quantity,
    TimeOfDay,
    Date,
    RelativeTime,
}

/// Whether the article reports the value as having happened or as expected/planned.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Modality {
    Reported,
    Expected,
}

impl Modality {
    /// The name the JSON report gives it ("reported", "expected").
    pub fn name(self) -> &'static str {
        match self {
            Modality::Reported => "reported",
            Modality::Expected => "expected",
        }
    }
}

/// Outcome of comparing one subject across outlets. Ordered so conflicts sort first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    /// Values that cannot both be true.
    Conflict,
    /// Different but not incompatible (different precision, sources or bounds that do not meet).
    Differs,
    /// A prediction against an outcome: what was expected next to what was reported.
    Expected,
    /// A figure that changed as the story developed (a toll that rose): each outlet's latest.
    Updated,
    /// Same value within the stated hedges.
    Agrees,
}

/// One claim of one article.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Claim {
    /// The claim phrase as printed, as a byte range into the article text.
    pub span: Span,
    /// Index into the sentences slice given to [`extract_claims`].
    pub sentence: usize,
    pub kind: ClaimKind,
    pub value: Value,
    pub modality: Modality,
    pub attributed_to: Option<Box<str>>,
    pub subject: Subject,
}

/// The input of [`compare_claims`] for one article of a story.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ArticleClaims<'a> {
    /// The article's index in the story.
    pub article: usize,
    /// How explanations name the article to readers: the outlet's display name
    /// ("Daily Planet"), since an index in the story means nothing to them.
    pub label: &'a str,
    pub text: &'a str,
    pub sentences: &'a [Span],
    pub claims: &'a [Claim],
    /// Publication day, to order figures that changed over time.
    #[serde(skip)]
    pub published: Option<jiff::civil::Date>,
}

/// Claims of several articles about one subject, with a verdict.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    pub subject: String,
    pub kind: ClaimKind,
    pub verdict: Verdict,
    pub explanation: String,
    pub statements: Vec<Statement>,
    /// The statements grouped by value, the most widely reported first: how a reader takes in
    /// a finding with dozens of statements ("≥ 60 people, reported: 6 outlets · 72 people: 4").
    pub clusters: Vec<ValueCluster>,
}

impl Finding {
    /// How many articles give a statement of this finding.
    pub fn article_count(&self) -> usize {
        let mut articles: Vec<usize> = self.statements.iter().map(|s| s.article).collect();
        articles.sort_unstable();
        articles.dedup();
        articles.len()
    }

    /// Whether the finding is shown as value clusters rather than outlet by outlet.
    pub fn clustered(&self) -> bool {
        self.article_count() > CLUSTER_ABOVE
    }

    /// The value clusters on one line: "40 bridges (reported): 3 outlets · …".
    pub fn cluster_line(&self) -> String {
        self.clusters
            .iter()
            .map(ValueCluster::summary)
            .collect::<Vec<_>>()
            .join(" · ")
    }
}

/// One value of a finding and the articles giving it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ValueCluster {
    /// The value as [`Value::describe`] prints it.
    pub value: String,
    pub modality: Modality,
    /// Corpus indices of the articles giving this value, each once.
    pub articles: Vec<usize>,
}

impl ValueCluster {
    /// "≥ 60 people (reported): 6 outlets".
    pub fn summary(&self) -> String {
        let modality = match self.modality {
            Modality::Reported => "reported",
            Modality::Expected => "expected",
        };
        let n = self.articles.len();
        format!(
            "{} ({modality}): {n} {}",
            self.value,
            if n == 1 { "outlet" } else { "outlets" }
        )
    }
}

/// A pointer to one claim: `claim` indexes that article's claims.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Statement {
    pub article: usize,
    pub claim: usize,
}
