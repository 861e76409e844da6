//! Plain-text rendering of a report outline, with ANSI styles only when asked for.

use super::outline::{Line, Piece};
use crate::claims::Verdict;

const BOLD: &str = "\x1b[1m";
const DIM: &str = "\x1b[2m";
const RESET: &str = "\x1b[0m";
const RED: &str = "\x1b[31m";
const GREEN: &str = "\x1b[32m";
const YELLOW: &str = "\x1b[33m";
const CYAN: &str = "\x1b[36m";

/// Render lines as text; `color` adds ANSI styles.
pub fn render(lines: &[Line<'_>], color: bool) -> String {
    let mut out = String::new();
    render_into(&mut out, lines, color, false);
    out
}

/// Append lines to `out`; `follows` says whether lines of the same report come before them.
pub fn render_into(out: &mut String, lines: &[Line<'_>], color: bool, follows: bool) {
    let mut follows = follows;
    for line in lines {
        match line {
            Line::Heading(level, pieces) => {
                if follows && *level <= 2 {
                    out.push('\n');
                }
                let (prefix, style) = match level {
                    1 => ("", BOLD),
                    2 => ("━━ ", BOLD),
                    _ => ("\n", CYAN),
                };
                out.push_str(prefix);
                wrap(out, color, style, |out| pieces_into(out, pieces, color));
            }
            Line::Item(depth, pieces) => {
                out.push_str(&"    ".repeat(*depth));
                out.push_str(if *depth == 0 { "  • " } else { "      " });
                pieces_into(out, pieces, color);
            }
        }
        out.push('\n');
        follows = true;
    }
}

fn wrap(out: &mut String, color: bool, style: &str, body: impl FnOnce(&mut String)) {
    if color {
        out.push_str(style);
    }
    body(out);
    if color {
        out.push_str(RESET);
    }
}

fn pieces_into(out: &mut String, pieces: &[Piece<'_>], color: bool) {
    for piece in pieces {
        match piece {
            Piece::Plain(s) => out.push_str(s),
            Piece::Strong(s) => wrap(out, color, BOLD, |o| o.push_str(s)),
            Piece::Dim(s) => wrap(out, color, DIM, |o| o.push_str(s)),
            Piece::Quoted(s) => {
                out.push('“');
                out.push_str(s);
                out.push('”');
            }
            Piece::Verdict(v) => {
                let (word, style) = match v {
                    Verdict::Conflict => ("CONFLICT", RED),
                    Verdict::Differs => ("DIFFERS", YELLOW),
                    Verdict::Expected => ("EXPECTED vs REPORTED", YELLOW),
                    Verdict::Updated => ("UPDATED", YELLOW),
                    Verdict::Agrees => ("AGREES", GREEN),
                };
                wrap(out, color, style, |o| o.push_str(word));
            }
            // Without colour, wdiff's markers keep changes visible (and greppable).
            Piece::Deleted(s) if color => wrap(out, color, RED, |o| {
                o.push_str("\x1b[9m");
                o.push_str(s);
            }),
            Piece::Inserted(s) if color => wrap(out, color, GREEN, |o| {
                o.push_str("\x1b[4m");
                o.push_str(s);
            }),
            Piece::Deleted(s) => {
                out.push_str("[-");
                out.push_str(s);
                out.push_str("-]");
            }
            Piece::Inserted(s) => {
                out.push_str("{+");
                out.push_str(s);
                out.push_str("+}");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn diff_markers_without_colour() {
        let lines = vec![Line::Item(
            1,
            vec![
                Piece::Plain("we ".into()),
                Piece::Deleted("will".into()),
                Piece::Inserted("shall".into()),
            ],
        )];
        assert_eq!(render(&lines, false), "          we [-will-]{+shall+}\n");
        assert!(render(&lines, true).contains("\x1b[31m"));
    }
}
