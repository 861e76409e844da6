//! The Markdown export: a story's findings as readable notes.

use std::fmt::Write;

use super::{ArticleView, DiffOp, FindingView, PassageView, StoryView, fold, is_web_url, kind_label, split_ws};

/// Render stories as one Markdown document.
pub(super) fn render(stories: &[StoryView]) -> String {
    let mut out = String::from("# newsdiff export\n");
    if stories.is_empty() {
        out.push_str("\nNo stories.\n");
    }
    for story in stories {
        story_into(&mut out, story);
    }
    out
}

fn story_into(out: &mut String, story: &StoryView) {
    let _ = write!(
        out,
        "\n## {}\n\nStory id: {}\n\n### Articles ({})\n\n",
        escape(&story.title),
        escape(&story.id),
        story.articles.len()
    );
    for (n, a) in story.articles.iter().enumerate() {
        let _ = writeln!(out, "{}. {}", n + 1, article_line(a));
    }
    let _ = write!(out, "\n### Findings ({})\n", story.findings.len());
    if story.findings.is_empty() {
        out.push_str("\nNo findings.\n");
    }
    for (n, f) in story.findings.iter().enumerate() {
        finding_into(out, n + 1, f);
    }
}

/// "**Outlet** — Headline (date) · link"
fn article_line(a: &ArticleView) -> String {
    let mut line = format!("**{}** — {}", escape(&a.outlet), escape(&a.headline));
    if let Some(date) = &a.published {
        let _ = write!(line, " ({})", escape(date));
    }
    let _ = write!(line, " · {}", source(a));
    line
}

fn finding_into(out: &mut String, n: usize, f: &FindingView) {
    let _ = write!(
        out,
        "\n#### {n}. **{}** — {}\n\n{}\n\n{}\n\n",
        kind_label(f.kind),
        escape(&f.title),
        escape(&f.summary),
        escape(&f.detail)
    );
    for p in &f.passages {
        passage_into(out, p);
    }
}

fn passage_into(out: &mut String, p: &PassageView) {
    let _ = writeln!(out, "- {}", article_line(&p.article));
    let _ = writeln!(
        out,
        "  - Passage: “{}” — {}",
        escape(fold(&p.text).trim()),
        escape(&p.note)
    );
    // The sentence with the passage in bold shows where it sits; fall back to the plain sentence.
    if let Some([before, mid, after]) = &p.context {
        let (lead, core, trail) = split_ws(mid);
        let _ = writeln!(
            out,
            "  - Sentence: {}{lead}**{}**{trail}{}",
            escape(fold(before).trim_start()),
            escape(&fold(core)),
            escape(fold(after).trim_end())
        );
    } else if let Some(sentence) = &p.sentence {
        let _ = writeln!(out, "  - Sentence: {}", escape(fold(sentence).trim()));
    }
    if let Some(diff) = &p.diff {
        let _ = writeln!(out, "  - Wording: {}", diff_text(diff));
    }
}

/// The difference with ~~deleted~~ and **inserted** words, the markers hugging the words themselves.
fn diff_text(diff: &[(DiffOp, String)]) -> String {
    let mut out = String::new();
    let mut after_change = false;
    for (op, text) in diff {
        let text = fold(text);
        let (lead, core, trail) = split_ws(&text);
        out.push_str(lead);
        if !core.is_empty() {
            let mark = match op {
                DiffOp::Equal => "",
                DiffOp::Delete => "~~",
                DiffOp::Insert => "**",
            };
            // `~~old~~**new**` would glue the two changes into one unreadable word.
            if *op != DiffOp::Equal && after_change && lead.is_empty() && !out.ends_with(' ') {
                out.push(' ');
            }
            let _ = write!(out, "{mark}{}{mark}", escape(core));
            after_change = *op != DiffOp::Equal;
        }
        out.push_str(trail);
        if !trail.is_empty() {
            after_change = false;
        }
    }
    out.trim().to_string()
}

/// The article's URL as an autolink when it is a web address, else its source as plain text.
fn source(a: &ArticleView) -> String {
    match &a.url {
        // An autolink cannot hold spaces or angle brackets; anything else is shown escaped.
        Some(url) if is_web_url(url) && !url.contains([' ', '<', '>']) => format!("<{url}>"),
        Some(url) => escape(url),
        None => escape(&a.source),
    }
}

/// Escape characters Markdown would read as markup, and line-start markers (lists, headings):
/// `!` (images), `&` (entities) and `$` (math on some renderers) included. The Markdown report
/// uses it too.
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for (i, c) in text.chars().enumerate() {
        let markup = matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' | '~' | '!' | '&' | '$'
        );
        // "- x", "+ x" and "= x" at the start of a line would become a list or a heading underline.
        let line_start = i == 0 && matches!(c, '-' | '+' | '=');
        if markup || line_start {
            out.push('\\');
        }
        out.push(c);
    }
    // "1200. people" or "3) x" at the start would become an ordered list.
    let digits = out.chars().take_while(char::is_ascii_digit).count();
    if digits > 0
        && matches!(out.chars().nth(digits), Some('.' | ')'))
        && let Some((num, rest)) = out.split_at_checked(digits)
    {
        out = format!("{num}\\{rest}");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup() {
        assert_eq!(escape("a*b_[c]|<x>"), "a\\*b\\_\\[c\\]\\|\\<x\\>");
        assert_eq!(
            escape("![img](x) & `c` ~~s~~"),
            "\\!\\[img\\](x) \\& \\`c\\` \\~\\~s\\~\\~"
        );
        assert_eq!(escape("- item - dash"), "\\- item - dash");
        assert_eq!(escape("1200. people"), "1200\\. people");
        assert_eq!(escape("3) x"), "3\\) x");
        assert_eq!(escape("1,200 people."), "1,200 people.");
    }

    #[test]
    fn diff_marks_words() {
        let diff = vec![
            (DiffOp::Equal, "We will ".to_string()),
            (DiffOp::Delete, "rebuild".to_string()),
            (DiffOp::Insert, "restore".to_string()),
            (DiffOp::Equal, " every *home*".to_string()),
        ];
        assert_eq!(diff_text(&diff), "We will ~~rebuild~~ **restore** every \\*home\\*");
        let spaced = vec![
            (DiffOp::Equal, "a".to_string()),
            (DiffOp::Delete, " b ".to_string()),
            (DiffOp::Equal, "c".to_string()),
        ];
        assert_eq!(diff_text(&spaced), "a ~~b~~ c");
    }

    #[test]
    fn links_only_web_urls() {
        let mut a = ArticleView {
            id: "x".into(),
            outlet: "O".into(),
            headline: "H".into(),
            published: None,
            source: "dir/a_b.txt".into(),
            url: None,
        };
        assert_eq!(source(&a), "dir/a\\_b.txt");
        a.url = Some("https://example.org/a".into());
        assert_eq!(source(&a), "<https://example.org/a>");
        a.url = Some("javascript:alert(1)".into());
        assert_eq!(source(&a), "javascript:alert(1)");
    }

    #[test]
    fn no_stories() {
        assert_eq!(render(&[]), "# newsdiff export\n\nNo stories.\n");
    }
}
