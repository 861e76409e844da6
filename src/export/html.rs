//! The HTML export: one self-contained page (inline CSS, no scripts, no external resources).

use std::fmt::Write;

use super::{ArticleView, DiffOp, FindingView, PassageView, StoryView, fold, is_web_url, kind_label, split_ws};
use crate::findings::FindingKind;

/// Colours per kind, plus everything that keeps the kinds apart without colour: the text badge,
/// bold and underlined highlights, struck-through deletions and underlined insertions.
const STYLE: &str = "\
body{margin:0;font-family:system-ui,-apple-system,'Segoe UI',sans-serif;line-height:1.5;color:#1b1b1b;background:#fff}
main{max-width:48rem;margin:0 auto;padding:1rem}
main,li,p,blockquote{overflow-wrap:anywhere}
h1{font-size:1.5rem}h2{font-size:1.3rem;margin-top:2rem}h3{font-size:1.1rem}h4{font-size:1rem;margin:0 0 .5rem}
.dim{color:#555}
.finding{border-left:.4rem solid var(--c);background:var(--bg);padding:.75rem 1rem;margin:1rem 0}
.conflict{--c:#b3261e;--bg:#fdecea}.differs{--c:#8a5300;--bg:#fff3dc}
.expected,.updated{--c:#6b3fa0;--bg:#f1eafa}
.quote{--c:#1a5fb4;--bg:#e7effb}.agrees{--c:#1e6b34;--bg:#e6f4ea}
.badge{display:inline-block;background:var(--c);color:#fff;font-weight:bold;letter-spacing:.05em;padding:0 .4rem;margin-right:.4rem;border-radius:.2rem}
.passages{padding-left:1.2rem}.passages>li{margin:.75rem 0}
mark{background:#fff;color:inherit;font-weight:bold;text-decoration:underline;text-decoration-color:var(--c);text-decoration-thickness:.15em;box-shadow:0 0 0 .1em var(--c)}
blockquote{margin:.25rem 0;padding-left:.75rem;border-left:.2rem solid #888}
del{background:#f9d6d2;color:#7a1a12;text-decoration:line-through}
ins{background:#d3eed9;color:#124a23;text-decoration:underline;font-weight:bold}
p{margin:.25rem 0}
";

/// Render stories as one HTML page.
pub(super) fn render(stories: &[StoryView]) -> String {
    let title = match stories {
        [only] => format!("newsdiff export: {}", only.title),
        _ => "newsdiff export".to_string(),
    };
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"newsdiff\">\n\
         <title>{}</title>\n<style>\n{STYLE}</style>\n</head>\n<body>\n<main>\n<h1>newsdiff export</h1>\n",
        escape(&title)
    );
    if stories.is_empty() {
        out.push_str("<p>No stories.</p>\n");
    }
    for story in stories {
        story_into(&mut out, story);
    }
    out.push_str("</main>\n</body>\n</html>\n");
    out
}

fn story_into(out: &mut String, story: &StoryView) {
    let _ = write!(
        out,
        "<article class=\"story\">\n<h2>{}</h2>\n<p class=\"dim\">Story id: <code>{}</code></p>\n\
         <h3>Articles ({})</h3>\n<ol class=\"articles\">\n",
        escape(&story.title),
        escape(&story.id),
        story.articles.len()
    );
    for a in &story.articles {
        let _ = writeln!(out, "<li>{}</li>", article_line(a));
    }
    let _ = write!(out, "</ol>\n<h3>Findings ({})</h3>\n", story.findings.len());
    if story.findings.is_empty() {
        out.push_str("<p>No findings.</p>\n");
    }
    for f in &story.findings {
        finding_into(out, f);
    }
    out.push_str("</article>\n");
}

/// "<strong>Outlet</strong> — Headline (date) · link"
fn article_line(a: &ArticleView) -> String {
    let mut line = format!("<strong>{}</strong> — {}", escape(&a.outlet), escape(&a.headline));
    if let Some(date) = &a.published {
        let _ = write!(line, " <span class=\"dim\">({})</span>", escape(date));
    }
    let _ = write!(line, " · <span class=\"dim\">{}</span>", source(a));
    line
}

fn class(kind: FindingKind) -> &'static str {
    match kind {
        FindingKind::Conflict => "conflict",
        FindingKind::Differs => "differs",
        FindingKind::Expected => "expected",
        FindingKind::Updated => "updated",
        FindingKind::SharedQuote => "quote",
        FindingKind::Agrees => "agrees",
    }
}

fn finding_into(out: &mut String, f: &FindingView) {
    let _ = write!(
        out,
        "<section class=\"finding {}\">\n<h4><span class=\"badge\">{}</span> {}</h4>\n\
         <p>{}</p>\n<p class=\"dim\">{}</p>\n<ul class=\"passages\">\n",
        class(f.kind),
        kind_label(f.kind),
        escape(&f.title),
        escape(&f.summary),
        escape(&f.detail)
    );
    for p in &f.passages {
        passage_into(out, p);
    }
    out.push_str("</ul>\n</section>\n");
}

fn passage_into(out: &mut String, p: &PassageView) {
    let _ = write!(
        out,
        "<li>\n<p>{}</p>\n<p>Passage: <mark>{}</mark> — {}</p>\n",
        article_line(&p.article),
        escape(fold(&p.text).trim()),
        escape(&p.note)
    );
    // The sentence with the passage highlighted in place; fall back to the plain sentence.
    if let Some([before, mid, after]) = &p.context {
        let (lead, core, trail) = split_ws(mid);
        let _ = writeln!(
            out,
            "<blockquote>{}{lead}<mark>{}</mark>{trail}{}</blockquote>",
            escape(fold(before).trim_start()),
            escape(&fold(core)),
            escape(fold(after).trim_end())
        );
    } else if let Some(sentence) = &p.sentence {
        let _ = writeln!(out, "<blockquote>{}</blockquote>", escape(fold(sentence).trim()));
    }
    if let Some(diff) = &p.diff {
        let _ = writeln!(out, "<p>Wording: {}</p>", diff_html(diff));
    }
    out.push_str("</li>\n");
}

/// The difference with `<del>` and `<ins>` around the changed words themselves.
fn diff_html(diff: &[(DiffOp, String)]) -> String {
    let mut out = String::new();
    for (op, text) in diff {
        let text = fold(text);
        let (lead, core, trail) = split_ws(&text);
        let (open, close) = match op {
            DiffOp::Equal => ("", ""),
            DiffOp::Delete => ("<del>", "</del>"),
            DiffOp::Insert => ("<ins>", "</ins>"),
        };
        out.push_str(lead);
        if !core.is_empty() {
            // Adjacent <del>x</del><ins>y</ins> would read as one word "xy" in plain text and screen readers.
            if *op == DiffOp::Insert && out.ends_with("</del>") {
                out.push(' ');
            }
            let _ = write!(out, "{open}{}{close}", escape(core));
        }
        out.push_str(trail);
    }
    out.trim().to_string()
}

/// The article's URL as a link when it is a web address, else its URL or source as plain text.
fn source(a: &ArticleView) -> String {
    match &a.url {
        Some(url) if is_web_url(url) => format!("<a href=\"{0}\">{0}</a>", escape(url)),
        Some(url) => escape(url),
        None => escape(&a.source),
    }
}

/// Escape text for HTML content and double- or single-quoted attribute values alike.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_text_and_attributes() {
        assert_eq!(
            escape("<a href='x' title=\"y\">&amp;</a>"),
            "&lt;a href=&#39;x&#39; title=&quot;y&quot;&gt;&amp;amp;&lt;/a&gt;"
        );
        assert_eq!(escape("é “x”"), "é “x”");
    }

    #[test]
    fn links_only_web_urls() {
        let mut a = ArticleView {
            id: "x".into(),
            outlet: "O".into(),
            headline: "H".into(),
            published: None,
            source: "dir/<a>.txt".into(),
            url: None,
        };
        assert_eq!(source(&a), "dir/&lt;a&gt;.txt");
        a.url = Some("https://example.org/?a=1&b=\"2\"".into());
        assert_eq!(
            source(&a),
            "<a href=\"https://example.org/?a=1&amp;b=&quot;2&quot;\">https://example.org/?a=1&amp;b=&quot;2&quot;</a>"
        );
        a.url = Some("javascript:alert('x')".into());
        assert_eq!(source(&a), "javascript:alert(&#39;x&#39;)");
    }

    #[test]
    fn diff_uses_del_and_ins() {
        let diff = vec![
            (DiffOp::Equal, "We will ".to_string()),
            (DiffOp::Delete, "rebuild".to_string()),
            (DiffOp::Insert, "<restore>".to_string()),
            (DiffOp::Equal, " every home".to_string()),
        ];
        assert_eq!(
            diff_html(&diff),
            "We will <del>rebuild</del> <ins>&lt;restore&gt;</ins> every home"
        );
    }

    #[test]
    fn empty_page_is_complete() {
        let page = render(&[]);
        assert!(page.starts_with("<!DOCTYPE html>"));
        assert!(page.contains("<meta charset=\"utf-8\">"));
        assert!(page.contains("<p>No stories.</p>"));
        assert!(page.ends_with("</html>\n"));
        assert!(!page.contains("<script") && !page.contains("src=") && !page.contains("url("));
    }
}
