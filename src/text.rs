//! The text pipeline: paragraphs, sentences and similarity terms of an article's cleaned text.

mod pieces;
mod recent;
mod scan;
mod sentences;
mod terms;
mod wordbreak;

pub use pieces::capitalized_pieces;
pub use recent::{MEMO_BYTES, Recent};
pub use scan::find_byte;
pub use sentences::{Sentence, split_sentences};
pub use terms::{STOP_WORDS, SharedStems, TermId, Vocab, is_stop_word, words};

use crate::span::Span;

/// Append `word` to `out` with its ASCII letters lower-cased: copied whole, then lowered in
/// place (what `to_lowercase` gives an ASCII word, without a copy of its own).
pub fn push_ascii_lowercase(out: &mut String, word: &str) {
    let start = out.len();
    out.push_str(word);
    if let Some(added) = out.get_mut(start..) {
        added.make_ascii_lowercase();
    }
}

/// Paragraph spans of `text`: runs of non-blank lines separated by at least one blank line.
pub fn paragraphs(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut end = 0;
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let content = line.trim_end_matches(['\n', '\r']);
        if content.trim().is_empty() {
            if let Some(s) = start.take() {
                out.push(Span::new(s, end).trim(text));
            }
        } else {
            if start.is_none() {
                start = Some(offset);
            }
            end = offset + content.len();
        }
        offset += line.len();
    }
    if let Some(s) = start {
        out.push(Span::new(s, end).trim(text));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_split_on_blank_lines() {
        let text = "Title line\n\nFirst para\ncontinues.\n \n\n\nSecond.\n";
        let spans: Vec<&str> = paragraphs(text).iter().map(|s| s.text(text)).collect();
        assert_eq!(spans, vec!["Title line", "First para\ncontinues.", "Second."]);
    }

    #[test]
    fn paragraphs_of_empty_text() {
        assert!(paragraphs("").is_empty());
        assert!(paragraphs("\n\n  \n").is_empty());
    }
}
