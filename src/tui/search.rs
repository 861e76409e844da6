//! Searching the current story's articles: case-insensitive, matches as byte spans.

use crate::span::Span;

use super::app::App;

/// Every case-insensitive occurrence of `query` in the story's articles, in pane order.
pub fn find_matches(app: &App, query: &str) -> Vec<(usize, Span)> {
    let needle: Vec<char> = query.chars().flat_map(char::to_lowercase).collect();
    if needle.is_empty() {
        return Vec::new();
    }
    let mut out = Vec::new();
    for &article in app.story_articles() {
        for span in find_in(&app.analysis.articles[article].text, &needle) {
            out.push((article, span));
        }
    }
    out
}

/// Spans of `text` equal to `needle` (already lowercase) ignoring case; char-based so spans stay on boundaries.
pub fn find_in(text: &str, needle: &[char]) -> Vec<Span> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i + needle.len() <= chars.len() {
        let hit = needle.iter().enumerate().all(|(k, n)| {
            let mut lower = chars[i + k].1.to_lowercase();
            lower.next() == Some(*n) && lower.next().is_none()
        });
        if hit {
            let end = chars.get(i + needle.len()).map_or(text.len(), |&(b, _)| b);
            out.push(Span::new(chars[i].0, end));
            i += needle.len();
        } else {
            i += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_insensitive_on_char_boundaries() {
        let t = "Élan and ÉLAN, élan";
        let needle: Vec<char> = "élan".chars().collect();
        let spans = find_in(t, &needle);
        let found: Vec<&str> = spans.iter().map(|s| s.text(t)).collect();
        assert_eq!(found, vec!["Élan", "ÉLAN", "élan"]);
        assert!(find_in("abc", &['x', 'y', 'z', 'w']).is_empty());
    }
}
