//! Markdown rendering of a report outline.

use super::outline::{Line, Piece};
use crate::claims::Verdict;
use crate::export::markdown::escape;

/// Render lines as Markdown.
pub fn render(lines: &[Line<'_>]) -> String {
    let mut out = String::new();
    render_into(&mut out, lines, false);
    out
}

/// Append lines to `out`; `follows` says whether lines of the same report come before them.
pub fn render_into(out: &mut String, lines: &[Line<'_>], follows: bool) {
    let mut follows = follows;
    for line in lines {
        match line {
            Line::Heading(level, pieces) => {
                if follows {
                    out.push('\n');
                }
                out.push_str(&"#".repeat(*level));
                out.push(' ');
                pieces_into(out, pieces);
                out.push_str("\n\n");
            }
            Line::Item(depth, pieces) => {
                out.push_str(&"  ".repeat(*depth));
                out.push_str("- ");
                pieces_into(out, pieces);
                out.push('\n');
            }
        }
        follows = true;
    }
}

fn pieces_into(out: &mut String, pieces: &[Piece<'_>]) {
    for piece in pieces {
        match piece {
            Piece::Plain(s) | Piece::Dim(s) => out.push_str(&escape(s)),
            Piece::Strong(s) => {
                out.push_str("**");
                out.push_str(&escape(s));
                out.push_str("**");
            }
            Piece::Quoted(s) => {
                out.push('“');
                out.push_str(&escape(s));
                out.push('”');
            }
            Piece::Verdict(v) => out.push_str(match v {
                Verdict::Conflict => "**CONFLICT**",
                Verdict::Differs => "**DIFFERS**",
                Verdict::Expected => "**EXPECTED vs REPORTED**",
                Verdict::Updated => "**UPDATED**",
                Verdict::Agrees => "AGREES",
            }),
            Piece::Deleted(s) => {
                out.push_str("~~");
                out.push_str(&escape(s.trim()));
                out.push_str("~~");
            }
            Piece::Inserted(s) => {
                out.push_str("**");
                out.push_str(&escape(s.trim()));
                out.push_str("**");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_and_items() {
        let lines = vec![
            Line::Heading(2, vec![Piece::Plain("S".into())]),
            Line::Item(0, vec![Piece::Strong("O".into()), Piece::Deleted(" x ".into())]),
        ];
        assert_eq!(render(&lines), "## S\n\n- **O**~~x~~\n");
    }
}
