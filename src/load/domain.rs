//! Outlets from file names: pages saved as "example.news.txt" or "03_example.news.txt" name their site.

/// Last labels that end file stems without naming a site ("story.draft.txt", "page.html.txt").
const NOT_TLDS: &[&str] = &[
    "bak", "old", "orig", "copy", "backup", "draft", "final", "tmp", "temp", "txt", "md", "html", "htm", "part",
];

/// The site a file stem names, lowercased and without "www.": a leading `NN_`/`NN-` ordering
/// prefix is dropped, and the rest must look like a domain (dotted labels ending in a
/// letters-only top-level label).
pub fn domain_from_stem(stem: &str) -> Option<String> {
    let digits = stem.len() - stem.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let rest = match stem.get(digits..) {
        Some(r) if digits > 0 && r.starts_with(['_', '-']) => r.get(1..)?,
        _ => stem,
    };
    let host = rest.to_ascii_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host);
    let labels: Vec<&str> = host.split('.').collect();
    let tld = labels.last()?;
    let labels_ok = labels.iter().all(|l| {
        !l.is_empty()
            && !l.starts_with('-')
            && !l.ends_with('-')
            && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
    });
    let tld_ok =
        (2..=10).contains(&tld.len()) && tld.chars().all(|c| c.is_ascii_alphabetic()) && !NOT_TLDS.contains(tld);
    (labels.len() >= 2 && labels_ok && tld_ok).then(|| host.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn domain_like_stems() {
        let d = |s: &str| domain_from_stem(s);
        assert_eq!(d("example.news").as_deref(), Some("example.news"));
        assert_eq!(d("03_example.news").as_deref(), Some("example.news"));
        assert_eq!(d("12-www.Example.co.uk").as_deref(), Some("example.co.uk"));
        assert_eq!(d("07_sub.example-site.com").as_deref(), Some("sub.example-site.com"));
        assert_eq!(d("flood"), None);
        assert_eq!(d("03_flood"), None);
        assert_eq!(d("story.draft"), None);
        assert_eq!(d("notes.v2"), None);
        assert_eq!(d("report 1.0"), None);
        assert_eq!(d(".hidden"), None);
    }
}
