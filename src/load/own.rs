//! newsdiff's own reports and exports, recognised by the heading or generator mark every one of
//! them starts with, so a folder holding them is not read back with them as extra "outlets".

use super::kinds::opening;

/// How far into a file the marks are looked for.
const HEAD: usize = 4096;

/// What kind of newsdiff output `bytes` are ("report" or "export"), if they are one.
pub fn newsdiff_output(bytes: &[u8]) -> Option<&'static str> {
    let head = bytes.get(..HEAD.min(bytes.len())).unwrap_or_default();
    let (start, first) = opening(head)?;
    // A text report's mark is its first line: an article need not be decoded past it.
    let head = if matches!(first, '{' | '<') {
        head
    } else {
        let rest = head.get(start..).unwrap_or_default();
        let end = rest.iter().position(|&b| b == b'\n').map_or(rest.len(), |i| i + 1);
        rest.get(..end).unwrap_or(rest)
    };
    let head = String::from_utf8_lossy(head);
    let head = head.trim_start_matches('\u{feff}').trim_start();
    // JSON reports carry a generator; JSON exports a kind.
    if head.starts_with('{') {
        if head.contains("\"kind\": \"newsdiff-export\"") {
            return Some("export");
        }
        return head.contains("\"generator\": \"newsdiff ").then_some("report");
    }
    // HTML exports carry a generator meta tag.
    if head.starts_with('<') {
        return head
            .contains("<meta name=\"generator\" content=\"newsdiff\">")
            .then_some("export");
    }
    // Text and Markdown: the first line is the heading, possibly in colour.
    let first = head.lines().next().unwrap_or("");
    let first = strip_escapes(first);
    let first = first.trim_start_matches("# ");
    if first.trim_end() == "newsdiff export" {
        return Some("export");
    }
    let counts = first.strip_prefix("newsdiff report: ")?;
    counts.starts_with(|c: char| c.is_ascii_digit()).then_some("report")
}

/// `line` without ANSI colour sequences (ESC `[` … final byte).
fn strip_escapes(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            if chars.next() == Some('[') {
                for c in chars.by_ref() {
                    if ('\u{40}'..='\u{7e}').contains(&c) {
                        break;
                    }
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::{ExportFormat, render_export};
    use crate::load::{Document, Metadata};
    use crate::report::{Format, render_with};

    fn analysis() -> crate::Analysis {
        let doc = |id: &str, body: &str| Document {
            source: format!("{id}.txt"),
            stem: id.into(),
            body: body.into(),
            meta: Metadata::default(),
        };
        crate::analyze(
            vec![
                doc(
                    "a",
                    "Bridge closed\n\nThe bridge closed on Monday after 3 cracks were found.",
                ),
                doc(
                    "b",
                    "Bridge shut\n\nThe bridge shut on Monday after 4 cracks were found.",
                ),
            ],
            &[],
        )
    }

    #[test]
    fn every_report_and_export_is_recognised() {
        let analysis = analysis();
        for format in [Format::Text, Format::Markdown, Format::Json] {
            for color in [false, true] {
                let out = render_with(&analysis, format, color, Default::default());
                assert_eq!(newsdiff_output(out.as_bytes()), Some("report"), "{format:?}");
            }
        }
        for format in [ExportFormat::Markdown, ExportFormat::Json, ExportFormat::Html] {
            let out = render_export(&analysis, &[0], format);
            assert_eq!(newsdiff_output(out.as_bytes()), Some("export"), "{format:?}");
        }
    }

    #[test]
    fn articles_are_not_outputs() {
        for text in [
            "newsdiff report: the tool compared outlets",
            "# Bridge closed\n\nnewsdiff export",
            "<html><head><meta name=\"generator\" content=\"WordPress\"></head>",
            "{\"title\": \"a feed\"}",
            "",
        ] {
            assert_eq!(newsdiff_output(text.as_bytes()), None, "{text}");
        }
    }
}
