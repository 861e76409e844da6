//! Low-level text helpers shared by the cleaners: normalisation, char-safe trimming, matching keys.

/// Zero-width characters that carry no meaning in copied article text and are removed outright.
/// ZWJ/ZWNJ (U+200D/U+200C) are deliberately *kept*: they shape emoji sequences and Indic/Persian script.
const DROPPED_INVISIBLES: &[char] = &['\u{200B}', '\u{2060}', '\u{FEFF}', '\u{180E}'];

/// Normalises line endings to `\n` and removes BOM / zero-width spaces; everything else is kept byte-for-byte.
pub fn normalize(raw: &str) -> String {
    let bytes = raw.as_bytes();
    let mut out = String::with_capacity(raw.len());
    // Copies the runs between the bytes that may need a change: a carriage return, or the lead
    // byte of a dropped invisible (all start with E1, E2 or EF). Lead bytes and `\r` are char
    // boundaries, so every cut below is one.
    let (mut copied, mut i) = (0, 0);
    while let Some(k) = bytes
        .get(i..)
        .and_then(|rest| rest.iter().position(|&b| matches!(b, b'\r' | 0xE1 | 0xE2 | 0xEF)))
    {
        let at = i + k;
        let drop = if bytes.get(at) == Some(&b'\r') {
            // `\r\n` and a lone `\r` (old Mac) both become one newline.
            1 + usize::from(bytes.get(at + 1) == Some(&b'\n'))
        } else {
            match raw.get(at..).and_then(|rest| rest.chars().next()) {
                Some(c) if DROPPED_INVISIBLES.contains(&c) => c.len_utf8(),
                _ => {
                    i = at + 1;
                    continue;
                }
            }
        };
        out.push_str(raw.get(copied..at).unwrap_or_default());
        if bytes.get(at) == Some(&b'\r') {
            out.push('\n');
        }
        i = at + drop;
        copied = i;
    }
    out.push_str(raw.get(copied..).unwrap_or_default());
    out
}

/// Whether `c` is invisible padding at a line's edge (whitespace, NBSP, or a zero-width joiner).
fn is_edge_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200C}' | '\u{200D}')
}

/// A line without surrounding whitespace, NBSP, tabs or stray joiners.
pub fn trim_line(line: &str) -> &str {
    line.trim_matches(is_edge_space)
}

/// Number of whitespace-separated words.
pub fn word_count(s: &str) -> usize {
    s.split_whitespace().count()
}

/// Number of words, counting no further than `cap` (classifiers only need "more than N"; this keeps
/// long paragraphs cheap).
fn word_count_upto(s: &str, cap: usize) -> usize {
    // Whitespace outside ASCII is rare (curly quotes are not): without it, every non-ASCII byte
    // is part of a word and the byte count below is exact.
    if !has_unicode_space(s) {
        return ascii_word_count(s.as_bytes()).min(cap);
    }
    // The same count as `split_whitespace().take(cap).count()`, in one pass over the characters
    // without building the pieces. Bytes, not chars: ASCII is classified directly; a multi-byte
    // char is decoded at its lead byte (the only non-ASCII whitespace is there) and its
    // continuation bytes change nothing.
    let bytes = s.as_bytes();
    let mut count = 0;
    let mut in_word = false;
    for (i, &b) in bytes.iter().enumerate() {
        let space = match b {
            0x00..=0x7F => ascii_space(b),
            0x80..=0xBF => continue,
            _ => s
                .get(i..)
                .and_then(|rest| rest.chars().next())
                .is_some_and(char::is_whitespace),
        };
        if space {
            in_word = false;
        } else if !in_word {
            if count == cap {
                break;
            }
            count += 1;
            in_word = true;
        }
    }
    count
}

/// Whether `s` holds whitespace outside ASCII (no-break and typographic spaces, line
/// separators): every such char starts with one of four lead bytes, decoded only there.
fn has_unicode_space(s: &str) -> bool {
    s.as_bytes().iter().enumerate().any(|(i, &b)| {
        matches!(b, 0xC2 | 0xE1 | 0xE2 | 0xE3)
            && s.get(i..)
                .and_then(|rest| rest.chars().next())
                .is_some_and(char::is_whitespace)
    })
}

/// Words of a text whose only whitespace is ASCII: every word start (a byte that is no space,
/// first or after a space), counted without stopping early and in blocks of 32 pairs of bytes
/// that the compiler turns into vector instructions (most lines are ASCII prose, and a whole
/// paragraph is read this way about ten times faster than byte by byte).
fn ascii_word_count(bytes: &[u8]) -> usize {
    let Some((&first, rest)) = bytes.split_first() else {
        return 0;
    };
    let mut count = usize::from(!ascii_space(first));
    for (before, after) in bytes.chunks(32).zip(rest.chunks(32)) {
        // At most 32 starts a block: a byte cannot overflow.
        let mut starts = 0u8;
        for (&a, &b) in before.iter().zip(after) {
            starts += u8::from(ascii_space(a) & !ascii_space(b));
        }
        count += usize::from(starts);
    }
    count
}

/// The ASCII characters `char::is_whitespace` accepts (`u8::is_ascii_whitespace` leaves out the
/// vertical tab).
fn ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r')
}

/// The most words any line classifier asks about ("more than 80 words?").
const MOST_WORDS_ASKED: usize = 81;

/// A line with its words counted once: every line goes through several classifiers, each asking
/// whether it has more than N words, and counting again in each read a long paragraph five times.
#[derive(Debug, Clone, Copy, Default)]
pub struct Counted<'a> {
    /// The line.
    pub text: &'a str,
    /// Its words, counted no further than [`MOST_WORDS_ASKED`].
    words: usize,
}

impl<'a> Counted<'a> {
    /// `text` with its words counted.
    pub fn new(text: &'a str) -> Counted<'a> {
        Counted {
            text,
            words: word_count_upto(text, MOST_WORDS_ASKED),
        }
    }

    /// The same as `word_count_upto(self.text, cap)`.
    pub fn words_upto(&self, cap: usize) -> usize {
        debug_assert!(cap <= MOST_WORDS_ASKED);
        self.words.min(cap)
    }

    /// A trimmed part of the line, counted again only if trimming removed anything.
    pub fn trimmed(&self, part: &'a str) -> Counted<'a> {
        if part.len() == self.text.len() {
            Counted { text: part, ..*self }
        } else {
            Counted::new(part)
        }
    }
}

impl<'a> From<&'a str> for Counted<'a> {
    fn from(text: &'a str) -> Counted<'a> {
        Counted::new(text)
    }
}

/// `s` without a case-insensitive ASCII `prefix`, if it starts with it.
pub fn strip_prefix_ci<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    let head = s.get(..prefix.len())?;
    if head.eq_ignore_ascii_case(prefix) {
        s.get(prefix.len()..)
    } else {
        None
    }
}

/// Like [`strip_prefix_ci`] but only when the prefix ends at a word boundary.
pub fn strip_word_prefix_ci<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    let rest = strip_prefix_ci(s, prefix)?;
    let last_is_word = prefix.chars().last().is_some_and(char::is_alphanumeric);
    match rest.chars().next() {
        Some(c) if last_is_word && c.is_alphanumeric() => None,
        _ => Some(rest),
    }
}

/// The last character that matters for sentence shape: closing quotes, brackets and emphasis are skipped.
pub fn last_significant_char(s: &str) -> Option<char> {
    s.chars()
        .rev()
        .find(|c| !is_edge_space(*c) && !matches!(c, '"' | '\'' | '’' | '”' | '»' | ')' | ']' | '*' | '_'))
}

/// Whether the line ends like a finished sentence (Latin or CJK full stop, question or exclamation mark).
pub fn ends_sentence(s: &str) -> bool {
    matches!(
        last_significant_char(s),
        Some('.' | '!' | '?' | '。' | '！' | '？' | '．')
    )
}

/// Whether a kept line reads like body prose: a real sentence, or too long to be anything else.
/// Teasers ending in an ellipsis are not prose (they are truncated related-article blurbs).
pub fn is_prose<'a>(line: impl Into<Counted<'a>>) -> bool {
    let line = line.into();
    let s = line.text;
    if matches!(last_significant_char(s), Some('…')) || s.ends_with("...") {
        return false;
    }
    let words = line.words_upto(25);
    if words >= 25 {
        return true;
    }
    // CJK text has no spaces, so a long single "word" counts as a sentence too.
    let chars = if words <= 3 { s.chars().count() } else { 0 };
    let long_enough = words >= 8 || chars >= 30;
    (long_enough && ends_sentence(s)) || chars >= 80
}

/// A comparison key: case-folded, whitespace collapsed, quotes straightened, markdown emphasis dropped.
pub fn key(s: &str) -> String {
    let core = s.trim_matches(|c: char| is_edge_space(c) || matches!(c, '#' | '*' | '_'));
    let mut out = String::with_capacity(core.len());
    let mut pending_space = false;
    for c in core.chars() {
        if is_edge_space(c) {
            pending_space = !out.is_empty();
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        match c {
            '’' | '‘' => out.push('\''),
            '“' | '”' => out.push('"'),
            c => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// Collapses internal whitespace runs (tabs, NBSP, doubled spaces) to one ASCII space.
pub fn collapse_spaces(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// At most `max` chars of `s`, with an ellipsis when cut: for short `removed` notes.
pub fn snippet(s: &str, max: usize) -> String {
    let mut out: String = s.chars().take(max).collect();
    if s.chars().nth(max).is_some() {
        out.push('…');
    }
    out
}

/// Whether a word starts with a capital (or a caseless letter/digit, so CJK names and "3M" count).
pub fn starts_upper(word: &str) -> bool {
    word.chars()
        .find(|c| c.is_alphanumeric())
        .is_some_and(|c| c.is_uppercase() || (c.is_alphanumeric() && !c.is_lowercase()))
}

#[cfg(test)]
mod tests {
    /// Line endings and invisibles normalized char by char, as first written.
    fn normalize_by_char(raw: &str) -> String {
        let mut out = String::with_capacity(raw.len());
        let mut chars = raw.chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                '\r' => {
                    if chars.peek() == Some(&'\n') {
                        chars.next();
                    }
                    out.push('\n');
                }
                c if super::DROPPED_INVISIBLES.contains(&c) => {}
                c => out.push(c),
            }
        }
        out
    }

    proptest::proptest! {
        #[test]
        fn normalized_as_char_by_char(picks in proptest::collection::vec(0usize..PIECES.len(), 0..40)) {
            let raw: String = picks.iter().map(|&i| PIECES[i]).collect();
            proptest::prop_assert_eq!(super::normalize(&raw), normalize_by_char(&raw));
        }
    }

    /// What normalizing turns on: line endings, the dropped invisibles and characters that share
    /// their lead bytes.
    const PIECES: &[&str] = &[
        "a", " ", "\r", "\n", "\r\n", "\u{200B}", "\u{2060}", "\u{FEFF}", "\u{180E}", "\u{200D}", "“", "”", "’", "…",
        "\u{1E00}", "\u{FF01}", "é", "北",
    ];
    use super::*;

    #[test]
    fn normalizes_endings_and_invisibles() {
        assert_eq!(normalize("\u{FEFF}a\r\nb\rc\u{200B}d\n"), "a\nb\ncd\n");
        // Emoji ZWJ sequences survive.
        assert_eq!(normalize("👩\u{200D}💻"), "👩\u{200D}💻");
    }

    #[test]
    fn word_count_upto_matches_split_whitespace() {
        let cases = [
            "",
            "  ",
            "one",
            " a  b\tc\n\x0b\x0cd\re",
            "a\u{a0}b\u{2003}c\u{85}d\u{3000}e",
            "x y z w",
            "北京 好 é",
        ];
        // Lines without whitespace outside ASCII take their own path, counted by blocks: every
        // mix of the whitespace it knows, words, control characters that are not whitespace and
        // non-ASCII letters and marks (with the same lead bytes as the typographic spaces), of
        // lengths around a block's; then the same with those spaces among them.
        let ascii = [
            ' ', '\t', '\n', '\x0b', '\x0c', '\r', 'a', 'Z', '7', '.', '\x1c', '\x1f', '\0', 'é', '“', '’', '北',
        ];
        let spaces = [
            '\u{a0}', '\u{85}', '\u{1680}', '\u{2003}', '\u{2028}', '\u{202f}', '\u{3000}',
        ];
        let mut rng = crate::synth::Rng(3);
        let mut generated: Vec<String> = Vec::new();
        for alphabet in [ascii.to_vec(), [&ascii[..], &spaces[..]].concat()] {
            generated.extend((0..2000).map(|_| {
                let len = rng.below(70);
                (0..len)
                    .map(|_| alphabet[rng.below(alphabet.len())])
                    .collect::<String>()
            }));
        }
        let cases = cases.iter().copied().chain(generated.iter().map(String::as_str));
        for s in cases {
            for cap in [0, 1, 2, 3, 4, 7, 81] {
                assert_eq!(
                    word_count_upto(s, cap),
                    s.split_whitespace().take(cap).count(),
                    "{s:?} {cap}"
                );
            }
        }
    }

    #[test]
    fn trims_nbsp_and_tabs() {
        assert_eq!(trim_line("\t\u{a0} Hello  world \u{a0}\t"), "Hello  world");
        assert_eq!(trim_line("\u{200D}\u{a0}"), "");
    }

    #[test]
    fn prefix_helpers_are_char_safe() {
        assert_eq!(strip_prefix_ci("By Jane", "by "), Some("Jane"));
        assert_eq!(strip_prefix_ci("é", "e"), None);
        assert_eq!(strip_prefix_ci("", "by"), None);
        assert_eq!(strip_word_prefix_ci("Subscribers rose", "subscribe"), None);
        assert_eq!(strip_word_prefix_ci("Subscribe now", "subscribe"), Some(" now"));
    }

    #[test]
    fn sentence_shape() {
        assert!(ends_sentence("He said “yes.”"));
        assert!(!ends_sentence("Talks Went Well"));
        assert!(is_prose("The two leaders met on Wednesday for three hours in a villa."));
        assert!(!is_prose("Other Story Headline Here And More Words Continue …"));
        assert!(is_prose(
            "两国领导人周三在日内瓦举行了长达三个小时的会谈，双方同意继续对话并交换大使。"
        ));
    }

    #[test]
    fn keys_ignore_spacing_case_and_quotes() {
        assert_eq!(key("  Talks\u{a0} Went\tWell ‘Now’ "), key("talks went well 'now'"));
        assert_eq!(key("## **Big News**"), "big news");
        assert_eq!(collapse_spaces("a \t b\u{a0}\u{a0}c"), "a b c");
        assert_eq!(snippet("héllo", 2), "hé…");
        assert!(starts_upper("Jane") && starts_upper("王") && !starts_upper("jane"));
    }
}
