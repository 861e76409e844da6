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
    let clean = sanitize(text);
    // Most names, titles and sentences are one line already: copied once, not split and joined.
    if folded(&clean) {
        return clean.into_owned();
    }
    clean.split_whitespace().collect::<Vec<_>>().join(" ")
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
        ] {
            assert_eq!(
                one_line(text),
                text.split_whitespace().collect::<Vec<_>>().join(" "),
                "{text:?}"
            );
        }
    }
}
