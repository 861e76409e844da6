//! The YAML front matter most files carry, `key: value` lines of plain words or double-quoted
//! text, read without the YAML parser: parsing three such lines cost more than everything else
//! in loading a file. Anything else (comments, blank lines, lists, escapes, single quotes,
//! numbers, dates, booleans, repeated keys) is left to the parser, so both give the same values.

/// The keys and values of `content` when every line is a simple one, else `None`.
pub fn simple_mapping(content: &str) -> Option<Vec<(&str, &str)>> {
    let mut pairs: Vec<(&str, &str)> = Vec::new();
    let lines = content.strip_suffix('\n').unwrap_or(content);
    for line in lines.split('\n') {
        // A CR LF line ending is the parser's line break too; any other CR is not simple.
        let line = line.strip_suffix('\r').unwrap_or(line);
        let (key, value) = line.split_once(':')?;
        if !simple_key(key) || pairs.iter().any(|(k, _)| *k == key) {
            return None;
        }
        let value = value.strip_prefix(' ')?.trim_matches(' ');
        pairs.push((key, simple_value(value)?));
    }
    Some(pairs)
}

/// An ASCII identifier: the parser reads it as the same plain string.
fn simple_key(key: &str) -> bool {
    let mut chars = key.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
}

/// What the parser reads `value` (trimmed) as, when that is plainly a string: double-quoted text
/// without escapes, or words that start with a letter and hold nothing YAML gives a meaning to.
fn simple_value(value: &str) -> Option<&str> {
    if let Some(inner) = value.strip_prefix('"').and_then(|v| v.strip_suffix('"')) {
        return inner
            .chars()
            .all(|c| c != '"' && c != '\\' && plain_char(c))
            .then_some(inner);
    }
    let first = value.chars().next()?;
    let mut chars = value.chars().peekable();
    let mut simple = first.is_alphabetic() && !meaningful_word(value);
    while simple && let Some(c) = chars.next() {
        simple = match c {
            // "a: b" is a mapping and a final ":" a key; "http://…" is text.
            ':' => chars.peek().is_some_and(|n| *n != ' '),
            '#' | '"' | '\\' => false,
            _ => plain_char(c),
        };
    }
    simple.then_some(value)
}

/// A char the parser takes as it is inside a scalar: printable, on the line, no tab.
fn plain_char(c: char) -> bool {
    !c.is_control() && !matches!(c, '\u{85}' | '\u{2028}' | '\u{2029}' | '\u{feff}')
}

/// Words YAML reads as a boolean or null in some version or spelling.
fn meaningful_word(value: &str) -> bool {
    ["true", "false", "null", "yes", "no", "on", "off", "y", "n"]
        .iter()
        .any(|word| value.eq_ignore_ascii_case(word))
}

#[cfg(test)]
mod tests {
    use super::super::{parse_yaml, parse_yaml_with_parser};
    use super::*;

    #[test]
    fn simple_lines_are_read_and_the_rest_left_to_the_parser() {
        assert_eq!(
            simple_mapping("outlet: Wire Service One\ntitle: \"Strike: workers walked out\"\n"),
            Some(vec![
                ("outlet", "Wire Service One"),
                ("title", "Strike: workers walked out")
            ])
        );
        assert_eq!(
            simple_mapping("url: https://example.org/a?b=c\r\nby: Ana  Lima \r\n"),
            Some(vec![("url", "https://example.org/a?b=c"), ("by", "Ana  Lima")])
        );
        for other in [
            "published: 2024-03-02",
            "id: 12",
            "flag: yes",
            "title: a: b",
            "title: x # note",
            "title: 'quoted'",
            "title: \"esc\\\"aped\"",
            "title: [a, b]",
            "a: x\n\nb: y",
            "a: x\na: y",
            " a: x",
            "a:x",
            "title:",
            "title: ends:",
            "title: tab\there",
        ] {
            assert_eq!(simple_mapping(other), None, "{other:?}");
        }
    }

    /// Random front matter from pieces YAML gives meanings to: wherever the simple reading
    /// applies, the parser reads the same metadata.
    #[test]
    fn the_simple_reading_agrees_with_the_parser() {
        let keys = [
            "title", "outlet", "url", "date", "id", "Title", "by", "a-b", "x_1", "1a", " title",
        ];
        let pieces = [
            "Ana",
            "Lima",
            " ",
            "  ",
            ":",
            ": ",
            "#",
            " #",
            "\"",
            "'",
            "\\",
            "-",
            ",",
            "[",
            "]",
            "{",
            "}",
            "&",
            "*",
            "!",
            "|",
            ">",
            "%",
            "@",
            "`",
            "?",
            "true",
            "No",
            "null",
            "~",
            "12",
            "0x1F",
            "1e3",
            ".inf",
            "2024-03-02",
            "é",
            "“",
            "\t",
            "\r",
            "\u{85}",
            "\u{2028}",
            "/",
            "https://x.org",
            "(",
            ")",
        ];
        let mut rng = crate::synth::Rng(31);
        let mut checked = 0;
        for _ in 0..20_000 {
            let mut content = String::new();
            for _ in 0..1 + rng.below(3) {
                content.push_str(keys[rng.below(keys.len())]);
                content.push_str(if rng.below(8) == 0 { ":" } else { ": " });
                let quoted = rng.below(3) == 0;
                if quoted {
                    content.push('"');
                }
                for _ in 0..rng.below(5) {
                    content.push_str(pieces[rng.below(pieces.len())]);
                }
                if quoted {
                    content.push('"');
                }
                content.push_str(if rng.below(6) == 0 { "\r\n" } else { "\n" });
            }
            if simple_mapping(&content).is_some() {
                checked += 1;
                assert_eq!(parse_yaml(&content), parse_yaml_with_parser(&content), "{content:?}");
            }
        }
        assert!(checked > 1_000, "{checked}");
    }
}
