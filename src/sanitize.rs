//! Article text made safe for a terminal: control characters and bidi overrides become visible
//! placeholders, so a hostile article cannot move the cursor, retitle the window or write the clipboard.

use std::borrow::Cow;

/// Whether `c` must not reach a terminal as itself.
pub fn is_unsafe(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' | '\u{061c}')
}

/// A visible stand-in for an unsafe character: the Unicode control picture for C0 and DEL
/// (␛ for ESC), the replacement character for the rest.
pub fn placeholder(c: char) -> char {
    match c as u32 {
        code @ 0..=0x1f => char::from_u32(0x2400 + code).unwrap_or('\u{fffd}'),
        0x7f => '\u{2421}',
        _ => '\u{fffd}',
    }
}

/// `text` with every unsafe character replaced by its placeholder (borrowed when already safe).
pub fn sanitize(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_unsafe) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .map(|c| if is_unsafe(c) { placeholder(c) } else { c })
            .collect(),
    )
}

/// `text` sanitized and with every run of whitespace (newlines included) folded to one space.
pub fn one_line(text: &str) -> String {
    // Most names, titles and sentences are safe and on one line already: read once and copied,
    // not sanitized, split and joined.
    if safe_and_folded(text) {
        return text.to_string();
    }
    let clean = sanitize(text);
    if folded(&clean) {
        return clean.into_owned();
    }
    clean.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether `text` holds no unsafe character and is [`folded`], in one pass that reads ASCII by
/// byte (a report checks every title, label and sentence it prints).
fn safe_and_folded(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut after_space = true;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b.is_ascii() {
            // Printable ASCII is safe; every other ASCII byte is a control or a space other
            // than ' ', which either is unsafe or needs folding.
            if !(b' '..=b'~').contains(&b) || (b == b' ' && after_space) {
                return false;
            }
            after_space = b == b' ';
            i += 1;
        } else {
            let Some(c) = text.get(i..).and_then(|rest| rest.chars().next()) else {
                return false;
            };
            if is_unsafe(c) || c.is_whitespace() {
                return false;
            }
            after_space = false;
            i += c.len_utf8();
        }
    }
    !after_space || text.is_empty()
}

/// Whether `text` holds no whitespace but single spaces between other characters.
fn folded(text: &str) -> bool {
    let mut after_space = true;
    for c in text.chars() {
        if c == ' ' {
            if after_space {
                return false;
            }
            after_space = true;
        } else if c.is_whitespace() {
            return false;
        } else {
            after_space = false;
        }
    }
    !after_space || text.is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_become_visible() {
        assert_eq!(sanitize("a\u{1b}[2Jb\u{7}"), "a\u{241b}[2Jb\u{2407}");
        assert_eq!(sanitize("x\u{9b}y\u{202e}z\u{7f}"), "x\u{fffd}y\u{fffd}z\u{2421}");
        assert_eq!(sanitize("tab\tnew\nline é 東"), "tab\tnew\nline é 東");
        assert!(matches!(sanitize("plain"), Cow::Borrowed(_)));
        assert_eq!(one_line(" a\n\n b\u{1b} "), "a b\u{241b}");
    }

    #[test]
    fn text_already_on_one_line_is_kept_and_any_other_folded() {
        for text in [
            "",
            " ",
            "a",
            "a b",
            "a  b",
            " a",
            "a ",
            "a\tb",
            "a\nb",
            "a\u{a0}b",
            "a\u{2003}b",
            "é b",
            "a b c",
            "  ",
            "a\u{1b}b",
            "a\u{202e}b",
            "a\u{85}b",
            "a\u{7f}",
            "“a” — b’s",
        ] {
            assert_eq!(
                one_line(text),
                sanitize(text).split_whitespace().collect::<Vec<_>>().join(" "),
                "{text:?}"
            );
            let safe = matches!(sanitize(text), Cow::Borrowed(_));
            assert_eq!(safe_and_folded(text), safe && folded(text), "{text:?}");
        }
    }

    proptest::proptest! {
        /// The one-pass test agrees with sanitizing and then testing the folding, on text mixing
        /// spaces, controls, bidi marks and other letters.
        #[test]
        fn one_pass_test_agrees(text in "[a \\t\\n\\x1b\\x7f\\u{85}\\u{a0}\\u{202e}é“’東]{0,12}") {
            let safe = matches!(sanitize(&text), Cow::Borrowed(_));
            proptest::prop_assert_eq!(safe_and_folded(&text), safe && folded(&text));
            proptest::prop_assert_eq!(one_line(&text), sanitize(&text).split_whitespace().collect::<Vec<_>>().join(" "));
        }
    }
}
