//! Sentences and quotes a chunk of articles has already read: wire copy prints the same paragraphs
//! and remarks in many articles, and their words are segmented, folded and looked up once.

use crate::shared::{QuoteTokens, quote_tokens};
use crate::span::Span;
use crate::text::{MEMO_BYTES, Recent, TermId, Vocab, words};

/// A content word starting with a capital letter.
pub(super) const CAPITAL: u8 = 1;
/// A content word that is not its sentence's first word.
pub(super) const INNER: u8 = 2;

/// What one chunk's vocabulary has read, by text. Term ids are the chunk's own, so one memo
/// serves one vocabulary.
pub(super) struct Repeats {
    /// Each sentence's content words in order, with their [`CAPITAL`] and [`INNER`] flags.
    sentences: Recent<(TermId, u8)>,
    /// Each quote's tokens.
    quotes: Recent<QuoteTokens>,
}

impl Default for Repeats {
    fn default() -> Self {
        Repeats {
            sentences: Recent::new(MEMO_BYTES),
            quotes: Recent::new(MEMO_BYTES),
        }
    }
}

impl Repeats {
    /// The content words of `sentence` (its text), read with `vocab` unless read before.
    pub(super) fn sentence(&mut self, sentence: &str, vocab: &mut Vocab) -> &[(TermId, u8)] {
        self.sentences.get_or_read(sentence, |out| {
            for (i, (_, word)) in words(sentence, Span::new(0, sentence.len())).enumerate() {
                if let Some(id) = vocab.term(word) {
                    let capital = word.chars().next().is_some_and(char::is_uppercase);
                    out.push((id, (u8::from(capital) * CAPITAL) | (u8::from(i > 0) * INNER)));
                }
            }
        })
    }

    /// [`quote_tokens`] of the quote at `span` of `text`, read with `vocab` unless read before.
    pub(super) fn quote(&mut self, text: &str, span: Span, vocab: &mut Vocab) -> QuoteTokens {
        let quote = span.text(text);
        let read = |vocab: &mut Vocab| quote_tokens(quote, Span::new(0, quote.len()), vocab);
        let tokens = self
            .quotes
            .get_or_read(quote, |out| out.push(read(vocab)))
            .first()
            .cloned();
        tokens.unwrap_or_else(|| read(vocab))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A sentence read word by word, as it was before sentences were remembered.
    fn fresh(sentence: &str, vocab: &mut Vocab) -> Vec<(TermId, u8)> {
        let mut out = Vec::new();
        for (i, (_, word)) in words(sentence, Span::new(0, sentence.len())).enumerate() {
            let Some(id) = vocab.term(word) else { continue };
            let capital = word.chars().next().is_some_and(char::is_uppercase);
            let mut flags = 0;
            if capital {
                flags |= CAPITAL;
            }
            if i > 0 {
                flags |= INNER;
            }
            out.push((id, flags));
        }
        out
    }

    #[test]
    fn remembered_sentences_read_as_fresh_ones() {
        let mut vocab = Vocab::new();
        let mut repeats = Repeats::default();
        let sentences = [
            "Ana Lima met the Mayor in Tolvik on Monday.",
            "The talks lasted three hours, officials said.",
            "",
            "Ana Lima met the Mayor in Tolvik on Monday.",
            "Élodie Roux’s plan, the “best” one, won.",
        ];
        for _ in 0..2 {
            for s in sentences {
                assert_eq!(repeats.sentence(s, &mut vocab).to_vec(), fresh(s, &mut vocab), "{s}");
            }
        }
        // Past the bound, everything is forgotten and read again.
        let long = "More words of a long paragraph. ".repeat(400);
        for k in 0..200 {
            let s = format!("Paragraph {k}: {long}");
            assert_eq!(repeats.sentence(&s, &mut vocab).to_vec(), fresh(&s, &mut vocab));
            assert!(repeats.sentences.bytes() <= MEMO_BYTES);
        }
        assert_eq!(
            repeats.sentence(sentences[0], &mut vocab).to_vec(),
            fresh(sentences[0], &mut vocab)
        );
    }

    #[test]
    fn remembered_quotes_are_their_tokens() {
        let mut vocab = Vocab::new();
        let mut repeats = Repeats::default();
        let text = "She said “we won’t stop now” and “we won’t stop now”.";
        let quote = "we won’t stop now";
        let first = text.find(quote).unwrap_or_default();
        let second = text.rfind(quote).unwrap_or_default();
        assert!(first < second);
        for start in [first, second] {
            let span = Span::new(start, start + quote.len());
            assert_eq!(
                repeats.quote(text, span, &mut vocab),
                quote_tokens(text, span, &mut vocab)
            );
        }
    }
}
