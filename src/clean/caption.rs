//! Photo caption / credit detection: a line that ends in (or is) an image credit is dropped whole.

use super::lines::{Counted, strip_prefix_ci, word_count};

/// Names of photo agencies and stock libraries (lowercase tokens).
const AGENCIES: &[&str] = &[
    "getty",
    "reuters",
    "afp",
    "epa",
    "efe",
    "shutterstock",
    "alamy",
    "bloomberg",
    "xinhua",
    "ansa",
    "dpa",
    "anadolu",
    "sipa",
    "corbis",
    "istock",
    "istockphoto",
    "nurphoto",
    "sopa",
    "lightrocket",
    "zuma",
    "tass",
    "sputnik",
    "kyodo",
    "yonhap",
    "ap",
    "pa",
    "upi",
    "unsplash",
    "pexels",
    "wikimedia",
    "flickr",
    "newscom",
    "rex",
    "wenn",
    "mediapunch",
    "abaca",
    "belga",
    "scanpix",
    "aap",
    "imago",
    "picture-alliance",
    "keystone",
];

/// Generic credit vocabulary: only meaningful together with a credit shape (a slash, "via", a prefix).
const CREDIT_WORDS: &[&str] = &[
    "photo",
    "photos",
    "photograph",
    "images",
    "image",
    "pool",
    "handout",
    "courtesy",
    "file",
    "credit",
    "via",
    "wire",
    "stock",
    "archive",
    "picture",
    "pictures",
    "alliance",
    "commons",
];

/// Caption/credit openers ("Photo: Jane Roe/Reuters", "Image: …", "Credit: …").
const PREFIXES: &[&str] = &[
    "photo:",
    "photos:",
    "photograph:",
    "photography:",
    "image:",
    "images:",
    "picture:",
    "pictures:",
    "credit:",
    "credits:",
    "photo credit",
    "image credit",
    "image source:",
    "illustration:",
    "pictured:",
    "caption:",
    "photo by ",
    "photograph by ",
    "photos by ",
    "image by ",
    "illustration by ",
];

/// Tokens of `s` split on anything that is not a letter or digit, lowercased.
fn tokens(s: &str) -> impl Iterator<Item = String> + '_ {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|t| !t.is_empty())
        .map(str::to_ascii_lowercase)
}

fn has_agency(s: &str) -> bool {
    tokens(s).any(|t| AGENCIES.contains(&t.as_str()))
}

/// Only credit vocabulary, with at least one agency ("AFP via Getty Images", "EPA-EFE").
fn only_credit_words(s: &str) -> bool {
    has_agency(s) && tokens(s).all(|t| AGENCIES.contains(&t.as_str()) || CREDIT_WORDS.contains(&t.as_str()))
}

/// Whether a short credit-sized tail ends the line ("Jane Roe / Getty Images", "REUTERS/Jane Roe").
fn is_credit_tail(tail: &str) -> bool {
    let tail = tail.trim();
    let words = word_count(tail);
    if words == 0 || words > 10 || tail.ends_with('.') {
        return false;
    }
    if only_credit_words(tail) {
        return true;
    }
    let slash = tail.contains('/') || tail.contains(" via ");
    let generic = tokens(tail).any(|t| CREDIT_WORDS.contains(&t.as_str()) && t != "via");
    if slash && (has_agency(tail) || generic) {
        return true;
    }
    // "Jane Roe / The Daily Planet": a spaced slash between capitalised names is a credit shape.
    tail.contains(" / ")
        && words <= 8
        && tail
            .split_whitespace()
            .all(|w| w == "/" || super::lines::starts_upper(w))
}

/// Whether the whole line is a photo caption or credit that should be dropped.
pub fn is_photo_credit<'a>(line: impl Into<Counted<'a>>) -> bool {
    let line = line.into();
    let line = line.trimmed(line.text.trim());
    let words = line.words_upto(81);
    let line = line.text;
    if words == 0 || words > 80 {
        return false;
    }
    if words <= 40 && PREFIXES.iter().any(|p| strip_prefix_ci(line, p).is_some()) {
        return true;
    }
    // Every remaining rule needs a credit at the very end, and credits never end a sentence:
    // this exits early for ordinary prose paragraphs, which keeps the benchmark cheap.
    if super::lines::ends_sentence(line) {
        return false;
    }
    // "(AP Photo/Jane Roe)", "(Photo: Acme)", "(Jane Roe / Getty Images)" at the end.
    if line.ends_with(')')
        && let Some((_, inner)) = line.rsplit_once('(')
    {
        let inner = inner.trim_end_matches(')');
        let lower = inner.to_ascii_lowercase();
        let marked = ["photo", "image", "credit", "picture"]
            .iter()
            .any(|w| lower.contains(w));
        if word_count(inner) <= 10
            && (marked && (inner.contains('/') || inner.contains(':') || has_agency(inner)) || is_credit_tail(inner))
        {
            return true;
        }
    }
    // "… on Monday. Photo: Jane Roe/Reuters" — a credit opener late in the line.
    // Only the end of the line can hold the credit (at most 12 words), so search a bounded window.
    let from = line.len().saturating_sub(160);
    let window = (from..line.len())
        .find(|&i| line.is_char_boundary(i))
        .and_then(|i| line.get(i..))
        .unwrap_or(line);
    let lower = window.to_ascii_lowercase();
    for p in [
        " photo:",
        " image:",
        " credit:",
        " photograph:",
        " photo by ",
        " picture:",
        " photo credit",
        " image credit",
    ] {
        if let Some(at) = lower.rfind(p) {
            let tail = lower.get(at..).unwrap_or("");
            if word_count(tail) <= 12 && !tail.ends_with('.') {
                return true;
            }
        }
    }
    // The part after the caption's last sentence ("… April 21. Jane Roe / Getty Images").
    let tail = line.rsplit_once(". ").map_or(line, |(_, t)| t);
    let tail = tail.rsplit_once('。').map_or(tail, |(_, t)| t);
    if is_credit_tail(tail) {
        return true;
    }
    // Captions that lack a final period: "Crowds in Rome Jane Roe / Getty Images", "REUTERS/Jane Roe".
    if let Some((before, after)) = line.rsplit_once('/') {
        let after = after.trim();
        if word_count(after) <= 4 && !after.ends_with('.') {
            if only_credit_words(after) {
                return true;
            }
            let last_before = before.split_whitespace().last().unwrap_or("");
            let agency_caps = last_before.chars().any(char::is_alphabetic)
                && !last_before.chars().any(char::is_lowercase)
                && has_agency(last_before);
            let names = after.split_whitespace().all(super::lines::starts_upper);
            if agency_caps && names && !after.is_empty() {
                return true;
            }
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn credits_are_detected() {
        for l in [
            "Jane Roe / Getty Images",
            "The minister arrives in Rome on Monday. Jane Roe / Getty Images",
            "Crowds gather outside the parliament in Rome (AP Photo/Jane Roe)",
            "Photo: Jane Roe/Reuters",
            "Crowds gather on Monday. Photo: Jane Roe/Reuters",
            "Image: Acme Archive",
            "Credit: John Doe for The Daily Planet",
            "REUTERS/Jane Roe",
            "The harbour at dawn. REUTERS/Jane Roe/File Photo",
            "AFP via Getty Images",
            "Shutterstock",
            "EPA-EFE",
            "A view of the square. John Doe/EPA-EFE",
            "A view of the square. Jane Roe / The Daily Planet",
            "Crowds in Rome Jane Roe / Getty Images",
        ] {
            assert!(is_photo_credit(l), "{l}");
        }
    }

    #[test]
    fn prose_is_not_a_credit() {
        for l in [
            "The poll was conducted by Acme/Beta Research, according to Reuters.",
            "Acme shares fell 3% on Tuesday, Bloomberg reported.",
            "Acme/Beta Merger Approved",
            "The photo was taken in 2019 and later shared widely online.",
            "He posed for a photo with the mayor (who declined to comment) and left.",
            "The company's images of the product, released Monday, drew criticism from rivals.",
            "",
        ] {
            assert!(!is_photo_credit(l), "{l}");
        }
        assert!(!is_credit_tail("Jane Roe"));
    }
}
