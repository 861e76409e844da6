//! Tests of the JSON report's escaping of terminal control characters.

use super::*;

#[test]
fn unsafe_characters_are_escaped_but_survive_parsing() {
    let json = serde_json::to_string(&"a\u{9b}b\u{202e}c\u{7f}").unwrap();
    let safe = escape_unsafe(json);
    assert_eq!(escape_unsafe("\"plain ascii\"".into()), "\"plain ascii\"");
    assert_eq!(safe, "\"a\\u009bb\\u202ec\\u007f\"");
    assert_eq!(
        serde_json::from_str::<String>(&safe).unwrap(),
        "a\u{9b}b\u{202e}c\u{7f}"
    );
}

/// The whole report as serde_json prints it, which the streamed pieces must equal.
#[derive(Serialize)]
struct Report<'a> {
    schema_version: u32,
    generator: String,
    stories: Vec<StoryJson<'a>>,
}

fn whole(analysis: &Analysis, options: JsonOptions) -> String {
    let report = Report {
        schema_version: SCHEMA_VERSION,
        generator: format!("newsdiff {}", env!("CARGO_PKG_VERSION")),
        stories: analysis
            .stories
            .iter()
            .map(|s| story(&analysis.articles, s, options))
            .collect(),
    };
    let mut out = escape_unsafe(serde_json::to_string_pretty(&report).unwrap());
    out.push('\n');
    out
}

#[test]
fn pieces_put_together_are_the_whole_report() {
    let mut corpus = crate::synth::corpus(30, 3);
    // A control character in a text: escaped the same way in a piece as in the whole.
    corpus[0].body.push_str("\nA closing line with a \u{9b} in it.");
    let analysis = crate::analyze(corpus, &[]);
    assert!(analysis.stories.len() > 1);
    for options in [
        JsonOptions::default(),
        JsonOptions {
            text: false,
            alignment: false,
        },
    ] {
        assert_eq!(render_with(&analysis, options), whole(&analysis, options));
    }
    let empty = crate::analyze(Vec::new(), &[]);
    assert_eq!(
        render_with(&empty, JsonOptions::default()),
        whole(&empty, JsonOptions::default())
    );
    assert!(serde_json::from_str::<serde_json::Value>(&render_with(&empty, JsonOptions::default())).is_ok());
}
