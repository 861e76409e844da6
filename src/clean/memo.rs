//! Kinds of lines remembered per thread: wire copy reprints whole paragraphs, and an outlet's
//! pages repeat their clutter, in many articles, while a line's kind depends on its text alone.

use std::cell::RefCell;

use super::lines::Counted;
use super::{Kind, classify};
use crate::text::{MEMO_BYTES, Recent};

/// Bytes a line needs for its kind to be remembered.
const MEMO_SHORTEST: usize = 60;
/// Words a remembered line has at most: a longer line is prose to every boilerplate rule, and
/// classified as such at once.
const MEMO_MOST_WORDS: usize = 30;

thread_local! {
    /// Kinds of lines already classified on this thread.
    static KINDS: RefCell<Recent<Kind>> = const { RefCell::new(Recent::new(MEMO_BYTES)) };
}

/// [`classify`], remembered per distinct line text.
pub(super) fn classify_once(counted: Counted<'_>) -> Kind {
    // Short lines cost about as much to remember as to classify, and long prose is ruled out by
    // its word count at once: only the lines between are remembered.
    if counted.text.len() < MEMO_SHORTEST || counted.words_upto(MEMO_MOST_WORDS + 1) > MEMO_MOST_WORDS {
        return classify(counted);
    }
    KINDS.with(|memo| {
        // Nothing re-enters, so the borrow cannot fail; were it to, the line is classified anew.
        let Ok(mut memo) = memo.try_borrow_mut() else {
            return classify(counted);
        };
        let kind = memo
            .get_or_read(counted.text, |out| out.push(classify(counted)))
            .first()
            .cloned();
        kind.unwrap_or_else(|| classify(counted))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn remembered_kinds_are_the_kinds() {
        let lines = [
            "Share this article on Facebook, Twitter and by email with your friends today",
            "Ministers from Acme and Beta met on Wednesday in Lyon for three hours of talks.",
            "By Jane Roe, Reuters correspondent in Lyon, with additional reporting from Paris",
            "Photo: John Doe / Agence Photo. All rights reserved. Reproduction prohibited here",
            "",
            "Short line",
        ];
        for _ in 0..3 {
            for line in lines {
                assert_eq!(
                    classify_once(Counted::new(line)),
                    classify(Counted::new(line)),
                    "{line}"
                );
            }
        }
    }
}
