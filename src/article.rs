//! An analysed article: cleaned text plus every span the analysis found in it.

use serde::Serialize;

use crate::claims::Claim;
use crate::clean::clean;
use crate::load::{Document, domain_from_stem};
use crate::quotes::{Quote, extract_quotes};
use crate::span::Span;
use crate::text::{Sentence, paragraphs, split_sentences};

/// One article after cleaning and per-article analysis.
#[derive(Debug, Clone, Serialize)]
pub struct Article {
    /// Stable id: metadata's id, else the file stem.
    pub id: String,
    /// Outlet: metadata's, else a domain-like file name ("03_example.news.txt" → "example.news"),
    /// else one named by the text itself, else the file stem. Never a news agency or a dateline place.
    pub outlet: String,
    /// Headline: metadata's, else the detected headline, else the opening words.
    pub title: String,
    /// The path or URL as given.
    pub source: String,
    /// Publication date: metadata's as given, else a date line at the top as ISO `YYYY-MM-DD`.
    pub published: Option<String>,
    /// The news agency credited for the copy ("AP", "Reuters, AFP"), when the text names one.
    pub wire: Option<String>,
    /// Where the story was filed, from a dateline opening the body ("VALMORA", "PORT ALDER, Freedonia").
    pub dateline: Option<String>,
    /// Link to the original, when known (a page's canonical URL).
    pub url: Option<String>,
    /// Who wrote it, when the metadata says.
    pub author: Option<String>,
    /// Language tag, when the page says ("en-GB").
    pub language: Option<String>,
    /// Explicit story key from metadata.
    pub story_key: Option<String>,
    /// Cleaned text; every span refers to it.
    pub text: String,
    /// Paragraph spans.
    pub paragraphs: Vec<Span>,
    /// Sentences in order.
    pub sentences: Vec<Sentence>,
    /// Direct quotes in order.
    pub quotes: Vec<Quote>,
    /// Numeric and temporal claims in order. Filled story by story by [`crate::analyze`], so the
    /// data claims need for matching never piles up corpus-wide.
    pub claims: Vec<Claim>,
    /// What cleaning removed, one line each.
    pub removed: Vec<String>,
}

impl Article {
    /// Drop the text and everything found in it (paragraphs, sentences, quotes, claims, removed
    /// lines), keeping who published what: for callers done with an article once its story is out.
    pub fn release_text(&mut self) {
        // What `listing` leaves out, let go of in place: copying the rest cost every article
        // of a streamed report a dozen allocations. Every field is named, as in `listing`, so a
        // new one must be sorted into kept or released here too.
        let Article {
            id: _,
            outlet: _,
            title: _,
            source: _,
            published: _,
            wire: _,
            dateline: _,
            url: _,
            author: _,
            language: _,
            story_key: _,
            text,
            paragraphs,
            sentences,
            quotes,
            claims,
            removed,
        } = self;
        *text = String::new();
        *paragraphs = Vec::new();
        *sentences = Vec::new();
        *quotes = Vec::new();
        *claims = Vec::new();
        *removed = Vec::new();
    }

    /// A copy with who published what and none of the text (without copying the text first).
    pub fn listing(&self) -> Article {
        Article {
            id: self.id.clone(),
            outlet: self.outlet.clone(),
            title: self.title.clone(),
            source: self.source.clone(),
            published: self.published.clone(),
            wire: self.wire.clone(),
            dateline: self.dateline.clone(),
            url: self.url.clone(),
            author: self.author.clone(),
            language: self.language.clone(),
            story_key: self.story_key.clone(),
            text: String::new(),
            paragraphs: Vec::new(),
            sentences: Vec::new(),
            quotes: Vec::new(),
            claims: Vec::new(),
            removed: Vec::new(),
        }
    }

    /// Clean and analyse one document.
    pub fn from_document(doc: Document) -> Article {
        let cleaned = clean(&doc.body);
        let text = cleaned.text;
        let mut paragraphs = paragraphs(&text);
        let mut sentences = split_sentences(&text, &paragraphs);
        let mut quotes = extract_quotes(&text, &paragraphs);
        // Articles are kept for the whole run: no growth slack in what they hold.
        paragraphs.shrink_to_fit();
        sentences.shrink_to_fit();
        quotes.shrink_to_fit();
        // Metadata and the file name are the user's word on who published the page; the text is
        // only a hint, since copied pages carry agency credits and other sites' names.
        let outlet = doc
            .meta
            .outlet
            .or_else(|| domain_from_stem(&doc.stem))
            .or(cleaned.byline_outlet)
            .unwrap_or_else(|| doc.stem.clone());
        let title = doc
            .meta
            .title
            .or(cleaned.headline)
            .unwrap_or_else(|| opening_words(&text, 12));
        Article {
            id: doc.meta.id.unwrap_or(doc.stem),
            outlet,
            title,
            source: doc.source,
            published: doc.meta.published.or(cleaned.published),
            wire: cleaned.wire,
            dateline: cleaned.dateline,
            url: doc.meta.url,
            author: doc.meta.author,
            language: doc.meta.language,
            story_key: doc.meta.story,
            text,
            paragraphs,
            sentences,
            quotes,
            claims: Vec::new(),
            removed: cleaned.removed,
        }
    }

    /// The text a span covers in this article.
    pub fn slice(&self, span: Span) -> &str {
        span.text(&self.text)
    }

    /// Index of the sentence containing byte `offset`, if any.
    pub fn sentence_at(&self, offset: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.span.end <= offset);
        self.sentences.get(i).filter(|s| s.span.start <= offset).map(|_| i)
    }
}

/// The first `n` words of `text`, with an ellipsis when cut.
fn opening_words(text: &str, n: usize) -> String {
    let words: Vec<&str> = text.split_whitespace().take(n + 1).collect();
    if words.len() > n {
        format!("{}…", words[..n].join(" "))
    } else {
        words.join(" ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::Metadata;

    fn doc(body: &str, meta: Metadata) -> Document {
        Document {
            source: "dir/flood.txt".into(),
            stem: "flood".into(),
            body: body.into(),
            meta,
        }
    }

    #[test]
    fn falls_back_to_stem_and_opening_words() {
        let a = Article::from_document(doc(
            "Water rose in the valley overnight. Roads closed.",
            Metadata::default(),
        ));
        assert_eq!(a.id, "flood");
        assert_eq!(a.outlet, "flood");
        assert_eq!(a.sentences.len(), 2);
        assert_eq!(a.sentence_at(40), Some(1));
        assert_eq!(a.sentence_at(10_000), None);
    }

    #[test]
    fn metadata_fills_fields() {
        let meta = Metadata {
            id: Some("planet-1".into()),
            outlet: Some("Daily Planet".into()),
            title: Some("Valley floods".into()),
            ..Default::default()
        };
        let a = Article::from_document(doc("Water rose.", meta));
        assert_eq!(
            (a.id.as_str(), a.outlet.as_str(), a.title.as_str()),
            ("planet-1", "Daily Planet", "Valley floods")
        );
    }

    #[test]
    fn outlet_prefers_metadata_then_site_file_then_byline() {
        let body = "Valley floods\n\nBy Jane Roe | Acme Times\n\nWater rose in the valley overnight and roads closed.";
        let meta = Metadata {
            outlet: Some("Daily Planet".into()),
            ..Default::default()
        };
        assert_eq!(Article::from_document(doc(body, meta)).outlet, "Daily Planet");
        let mut site = doc(body, Metadata::default());
        site.stem = "02_planet.example".into();
        assert_eq!(Article::from_document(site).outlet, "planet.example");
        assert_eq!(
            Article::from_document(doc(body, Metadata::default())).outlet,
            "Acme Times"
        );
    }

    #[test]
    fn released_article_is_its_listing() {
        let meta = Metadata {
            outlet: Some("Daily Planet".into()),
            published: Some("2024-05-01".into()),
            ..Default::default()
        };
        let mut a = Article::from_document(doc("Water rose, \"fast\", Ana Lima said. It rained 3 days.", meta));
        assert!(!a.quotes.is_empty() && !a.sentences.is_empty());
        let listing = a.listing();
        a.release_text();
        assert_eq!(format!("{a:?}"), format!("{listing:?}"));
    }

    #[test]
    fn opening_words_cut_with_ellipsis() {
        assert_eq!(opening_words("a b c d", 2), "a b…");
        assert_eq!(opening_words("a b", 2), "a b");
    }
}
