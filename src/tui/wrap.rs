//! Word wrapping by display width: an article's cleaned text as visual lines (byte ranges), so the
//! panes, sync-scroll and highlights all work in the same coordinates.

use unicode_segmentation::UnicodeSegmentation;

use unicode_width::UnicodeWidthStr;

use crate::sanitize::is_unsafe;

/// One line on screen: the bytes of the article text it shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct VisualLine {
    /// First byte shown.
    pub start: usize,
    /// One past the last byte shown (trailing spaces and the newline excluded).
    pub end: usize,
}

/// Display width of a grapheme as drawn: unsafe characters become one-column placeholders.
pub fn grapheme_width(g: &str) -> usize {
    if g.chars().any(is_unsafe) {
        return g.chars().count();
    }
    if g == "\t" {
        return 1;
    }
    g.width()
}

/// Wrap `text` to `width` columns. Lines break at spaces; a word wider than the line is split
/// between graphemes. Blank lines between paragraphs are kept as empty lines.
pub fn wrap(text: &str, width: usize) -> Vec<VisualLine> {
    let width = width.max(1);
    let mut lines = Vec::new();
    let mut offset = 0;
    for raw in text.split('\n') {
        wrap_line(raw, offset, width, &mut lines);
        offset += raw.len() + 1;
    }
    lines
}

fn wrap_line(line: &str, base: usize, width: usize, out: &mut Vec<VisualLine>) {
    // The line being built: (first byte, end of its last word, columns up to that end).
    let mut current: Option<(usize, usize, usize)> = None;
    let mut pending_space = 0;
    // Lines break only at spaces, so punctuation stays with its word ("divided." never splits).
    for (i, word) in words_and_spaces(line) {
        let w = columns(word);
        if word.starts_with(' ') {
            // Spaces only count when a word follows them on the same line.
            if current.is_some() {
                pending_space += w;
            }
            continue;
        }
        current = match current {
            Some((s, _, used)) if used + pending_space + w <= width => {
                Some((s, i + word.len(), used + pending_space + w))
            }
            Some((s, e, _)) => {
                out.push(VisualLine {
                    start: base + s,
                    end: base + e,
                });
                Some(start_word(base, i, word, w, width, out))
            }
            None => Some(start_word(base, i, word, w, width, out)),
        };
        pending_space = 0;
    }
    let (s, e) = current.map_or((0, 0), |(s, e, _)| (s, e));
    out.push(VisualLine {
        start: base + s,
        end: base + e,
    });
}

/// Alternating runs of spaces and of everything else, with their byte offsets.
fn words_and_spaces(line: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut rest = line;
    let mut offset = 0;
    std::iter::from_fn(move || {
        let first = rest.chars().next()?;
        let is_space = first == ' ';
        let len = rest.find(|c: char| (c == ' ') != is_space).unwrap_or(rest.len());
        let (run, tail) = rest.split_at(len);
        let at = offset;
        offset += len;
        rest = tail;
        Some((at, run))
    })
}

/// Display columns of `text`.
fn columns(text: &str) -> usize {
    text.graphemes(true).map(grapheme_width).sum()
}

/// Begin a line with `word` at byte `at`, first emitting whole lines of it if it is wider than `width`.
fn start_word(
    base: usize,
    at: usize,
    word: &str,
    w: usize,
    width: usize,
    out: &mut Vec<VisualLine>,
) -> (usize, usize, usize) {
    if w <= width {
        return (at, at + word.len(), w);
    }
    let mut chunk_start = at;
    let mut chunk_cols = 0;
    for (gi, g) in word.grapheme_indices(true) {
        let gw = grapheme_width(g);
        if chunk_cols + gw > width && chunk_cols > 0 {
            out.push(VisualLine {
                start: base + chunk_start,
                end: base + at + gi,
            });
            chunk_start = at + gi;
            chunk_cols = 0;
        }
        chunk_cols += gw;
    }
    (chunk_start, at + word.len(), chunk_cols)
}

/// Index of the visual line showing byte `offset` (the last line starting at or before it).
pub fn line_of(lines: &[VisualLine], offset: usize) -> usize {
    lines.partition_point(|l| l.start <= offset).saturating_sub(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn show<'a>(text: &'a str, lines: &[VisualLine]) -> Vec<&'a str> {
        lines.iter().map(|l| text.get(l.start..l.end).unwrap()).collect()
    }

    #[test]
    fn wraps_at_spaces() {
        let t = "the quick brown fox jumps";
        assert_eq!(show(t, &wrap(t, 10)), vec!["the quick", "brown fox", "jumps"]);
        assert_eq!(show(t, &wrap(t, 100)), vec![t]);
    }

    #[test]
    fn punctuation_stays_with_its_word() {
        let t = "they remain divided. Next";
        assert_eq!(show(t, &wrap(t, 20)), vec!["they remain divided.", "Next"]);
    }

    #[test]
    fn keeps_paragraph_breaks() {
        let t = "one two\n\nthree";
        assert_eq!(show(t, &wrap(t, 20)), vec!["one two", "", "three"]);
    }

    #[test]
    fn splits_long_words_and_counts_wide_chars() {
        assert_eq!(show("abcdefgh", &wrap("abcdefgh", 3)), vec!["abc", "def", "gh"]);
        let t = "東京東京 ab";
        assert_eq!(show(t, &wrap(t, 4)), vec!["東京", "東京", "ab"]);
        let t = "e\u{301}e\u{301}e\u{301}";
        assert_eq!(show(t, &wrap(t, 2)), vec!["e\u{301}e\u{301}", "e\u{301}"]);
    }

    #[test]
    fn control_characters_take_one_column() {
        let t = "a\u{1b}[2Jb cd";
        assert_eq!(show(t, &wrap(t, 6)), vec!["a\u{1b}[2Jb", "cd"]);
    }

    #[test]
    fn line_lookup() {
        let t = "the quick brown fox";
        let lines = wrap(t, 10);
        assert_eq!(line_of(&lines, 0), 0);
        assert_eq!(line_of(&lines, 11), 1);
        assert_eq!(line_of(&lines, 999), 1);
        assert_eq!(wrap("", 5), vec![VisualLine { start: 0, end: 0 }]);
        assert_eq!(wrap("x", 0).len(), 1);
    }
}
