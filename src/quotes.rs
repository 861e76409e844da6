//! Direct quotes in an article's cleaned text and who said them.
//!
//! Documented choices:
//! - Unclosed quotes: a quote still open at a paragraph's end continues only when the next
//!   paragraph (or, inside a paragraph, the next line after a full stop) opens with a mark of the
//!   same kind; otherwise it is dropped, and the marks after its opener are read again. The one
//!   exception is an article that stops mid-sentence inside a quote (a cut-off copy): that quote
//!   runs to the end of the text.
//! - Nested quotes: only the outermost quote is reported; inner marks stay inside its text.
//! - Speakers: pronouns and "the <role>" descriptions resolve to the nearest person named before
//!   them outside quotes (for a description, the nearest one introduced in that role); names are
//!   normalized and mapped to the fullest form in the article. All-capital credits ("AP") are never
//!   the person a pronoun means. A quote in a relative clause ("…, who called it “…”") is the
//!   clause's person's; a name after a preposition ("an officer of the town of X") qualifies the
//!   speaker rather than naming them; a capitalized title after "on"/"at"/a possessive is no speech.

mod clauses;
mod lexicon;
mod marks;
mod mentions;
pub mod names;
mod phrases;
mod speakers;
mod tokens;

pub use names::{canonical_names, normalize_name, surname_key};

use crate::span::Span;
use serde::Serialize;

/// A direct quote found in an article's cleaned text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Quote {
    /// The quoted words, without the quote marks, trimmed.
    pub span: Span,
    /// Including the opening and closing marks.
    pub outer: Span,
    /// Normalized display name; `None` when the text does not say.
    pub speaker: Option<String>,
    /// Index of the paragraph where the quote opens.
    pub paragraph: usize,
}

/// All direct quotes of `text` in order, with speakers where the text names them.
///
/// `paragraphs` are the paragraph spans of `text`; when empty, paragraphs are split on blank lines.
pub fn extract_quotes(text: &str, paragraphs: &[Span]) -> Vec<Quote> {
    let owned;
    let paragraphs = if paragraphs.is_empty() {
        owned = crate::text::paragraphs(text);
        &owned
    } else {
        paragraphs
    };
    let raw = marks::find_quotes(text, paragraphs);
    let speakers = speakers::attribute(text, paragraphs, &raw);
    raw.into_iter()
        .zip(speakers)
        .map(|(q, speaker)| Quote {
            span: q.span,
            outer: q.outer,
            speaker,
            paragraph: q.paragraph,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::paragraphs;

    fn pairs(text: &str) -> Vec<(String, Option<String>)> {
        extract_quotes(text, &paragraphs(text))
            .into_iter()
            .map(|q| (q.span.text(text).to_string(), q.speaker))
            .collect()
    }

    fn p(quote: &str, speaker: Option<&str>) -> (String, Option<String>) {
        (quote.to_string(), speaker.map(str::to_string))
    }

    #[test]
    fn splits_paragraphs_on_blank_lines() {
        let text = "Head line\n\nFirst para\nstill first.\n \nSecond.\n";
        let paras: Vec<&str> = paragraphs(text).iter().map(|s| s.text(text)).collect();
        assert_eq!(paras, vec!["Head line", "First para\nstill first.", "Second."]);
        assert_eq!(paragraphs(""), Vec::<Span>::new());
    }

    #[test]
    fn article_end_to_end() {
        let text = "Lima Vows Calm After Flood\n\n\
            Mayor Ana Lima met her counterpart Rui Costa on Monday.\n\n\
            “We will rebuild,” Ms. Lima said. “Every street.”\n\n\
            Mr. Costa said, \"It's not over.\"\n\n\
            “The water came fast.\n\n\
            “Nobody was ready,” he added.\n\n\
            The ’90s flood was worse, residents said.";
        assert_eq!(
            pairs(text),
            vec![
                p("We will rebuild,", Some("Ana Lima")),
                p("Every street.", Some("Ana Lima")),
                p("It's not over.", Some("Rui Costa")),
                p("The water came fast.\n\n“Nobody was ready,", Some("Rui Costa")),
            ]
        );
        let quotes = extract_quotes(text, &[]);
        assert_eq!(quotes.iter().map(|q| q.paragraph).collect::<Vec<_>>(), vec![2, 2, 3, 4]);
        assert_eq!(quotes[0].outer.text(text), "“We will rebuild,”");
    }

    #[test]
    fn mixed_marks_in_one_article() {
        let text = "Lima Warns of ‘Dark Days’\n\n\
            Gov. Ana Lima said \"we are broke\" and called it “a ‘perfect storm’ of debt.”\n\n\
            Dr. Kofi Mensah replied: «Nein». 'Enough,' he added.";
        assert_eq!(
            pairs(text),
            vec![
                // Title Case headlines still attribute: "Warns" is a speech verb.
                p("Dark Days", Some("Ana Lima")),
                p("we are broke", Some("Ana Lima")),
                p("a ‘perfect storm’ of debt.", Some("Ana Lima")),
                p("Nein", Some("Kofi Mensah")),
                p("Enough,", Some("Kofi Mensah")),
            ]
        );
    }

    #[test]
    fn no_speaker_when_text_does_not_say() {
        assert_eq!(pairs("Signs read “Go home” all over town."), vec![p("Go home", None)]);
        assert_eq!(pairs(""), vec![]);
        assert_eq!(pairs("🙂 北京 “東京” ok"), vec![p("東京", None)]);
    }

    #[test]
    fn never_panics_on_truncations_and_garbage() {
        let tricky = "“He said ‘no’ twice,” Dr. Kofi Mensah’s aide said. ‘Rock ’n’ roll’ «ja» „nie“ \
                      \"straight\" 'x' ’90s 🙂 北京 — “unclosed\n\n“cont” — Lima: “ok” he; who who said “";
        let mut boundaries: Vec<usize> = tricky.char_indices().map(|(i, _)| i).collect();
        boundaries.push(tricky.len());
        for &end in &boundaries {
            let prefix = tricky.get(..end).unwrap_or("");
            let quotes = extract_quotes(prefix, &paragraphs(prefix));
            for q in &quotes {
                assert!(prefix.get(q.outer.start..q.outer.end).is_some());
                assert!(q.outer.contains(q.span));
            }
            let suffix = tricky.get(end..).unwrap_or("");
            let _ = extract_quotes(suffix, &[]);
        }
        let garbage = ["\"", "'", "“", "”", "‘’", "«»", "\"\"\"", ":", "who", "\n\n\n", "“ ”"];
        for g in garbage {
            assert_eq!(extract_quotes(&g.repeat(50), &[]).len(), 0);
        }
        // Paragraph spans that are out of range or off char boundaries are ignored, not trusted.
        let bad = [Span::new(0, 999), Span::new(1, 2)];
        assert_eq!(extract_quotes("é “x”", &bad).len(), 0);
    }
}
