//! STUB until the claims module lands.
use crate::span::Span;
use serde::Serialize;
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ClaimKind {
    Duration,
    Quantity,
    TimeOfDay,
    Date,
    RelativeTime,
}
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Modality {
    Reported,
    Expected,
}
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    Conflict,
    Differs,
    Agrees,
}
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Value;
impl Value {
    pub fn describe(&self) -> String {
        String::new()
    }
}
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Subject {
    pub label: String,
}
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Claim {
    pub span: Span,
    pub sentence: usize,
    pub kind: ClaimKind,
    pub value: Value,
    pub modality: Modality,
    pub attributed_to: Option<String>,
    pub subject: Subject,
}
pub fn extract_claims(_text: &str, _sentences: &[Span]) -> Vec<Claim> {
    Vec::new()
}
pub struct ArticleClaims<'a> {
    pub article: usize,
    pub text: &'a str,
    pub sentences: &'a [Span],
    pub claims: &'a [Claim],
}
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    pub subject: String,
    pub kind: ClaimKind,
    pub verdict: Verdict,
    pub explanation: String,
    pub statements: Vec<Statement>,
}
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Statement {
    pub article: usize,
    pub claim: usize,
}
pub fn compare_claims(_articles: &[ArticleClaims<'_>]) -> Vec<Finding> {
    Vec::new()
}
