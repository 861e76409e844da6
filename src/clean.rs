//! STUB until the cleaning module lands.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Cleaned {
    pub text: String,
    pub headline: Option<String>,
    pub byline_outlet: Option<String>,
    pub removed: Vec<String>,
}
pub fn clean(raw: &str) -> Cleaned {
    Cleaned {
        text: raw.trim().to_string(),
        ..Default::default()
    }
}
