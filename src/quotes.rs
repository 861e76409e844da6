//! STUB until the quotes module lands.
use crate::span::Span;
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Quote {
    pub span: Span,
    pub outer: Span,
    pub speaker: Option<String>,
    pub paragraph: usize,
}
pub fn extract_quotes(_text: &str, _paragraphs: &[Span]) -> Vec<Quote> {
    Vec::new()
}
pub mod names {
    pub fn surname_key(name: &str) -> String {
        name.split_whitespace().last().unwrap_or("").to_lowercase()
    }
    pub fn canonical_names<'a>(
        names: impl IntoIterator<Item = &'a str>,
    ) -> std::collections::HashMap<String, String> {
        names
            .into_iter()
            .map(|n| (n.to_string(), n.to_string()))
            .collect()
    }
}
