//! Word lists written once and read two ways: a `match` for the matchers, which look words up
//! one at a time, and a list of the words, from which the claim gate builds one set.

/// Defines `fn $name(w: &str) -> Option<$ty>`, a `match` over the listed words, and
/// `const $words: &[&str]`, every word it accepts.
macro_rules! word_match {
    (
        $(#[$meta:meta])*
        $vis:vis fn $name:ident -> $ty:ty, words $words:ident {
            $($($word:literal)|+ => $value:expr,)+
        }
    ) => {
        $(#[$meta])*
        $vis fn $name(w: &str) -> Option<$ty> {
            Some(match w {
                $($($word)|+ => $value,)+
                _ => return None,
            })
        }

        /// Every word the function of the same list accepts.
        $vis const $words: &[&str] = &[$($($word,)+)+];
    };
}

pub(super) use word_match;
