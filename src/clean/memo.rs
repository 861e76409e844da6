//! Kinds of lines remembered per thread: wire copy reprints whole paragraphs, and an outlet's
//! pages repeat their clutter, in many articles, while a line's kind depends on its text alone.

use std::cell::RefCell;

use rustc_hash::FxHashMap as HashMap;

use super::lines::Counted;
use super::{Kind, classify};

/// Bytes of line text one thread remembers the kinds of before it starts again: about two
/// thousand lines, a quarter of a megabyte per thread.
const MEMO_BYTES: usize = 1 << 18;

/// Bytes a line needs for its kind to be remembered.
const MEMO_SHORTEST: usize = 60;
/// Words a remembered line has at most: a longer line is prose to every boilerplate rule, and
/// classified as such at once.
const MEMO_MOST_WORDS: usize = 30;

thread_local! {
    /// Kinds of lines already classified on this thread, and the bytes of their text.
    static KINDS: RefCell<(HashMap<Box<str>, Kind>, usize)> = RefCell::new((HashMap::default(), 0));
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
        let (kinds, bytes) = &mut *memo;
        if let Some(kind) = kinds.get(counted.text) {
            return kind.clone();
        }
        let kind = classify(counted);
        if *bytes + counted.text.len() > MEMO_BYTES {
            kinds.clear();
            *bytes = 0;
        }
        *bytes += counted.text.len();
        kinds.insert(counted.text.into(), kind.clone());
        kind
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
