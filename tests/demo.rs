//! The bundled demo corpus end to end: cleaning, quotes and speakers, one story, the JSON report.

use newsdiff::load::load_demo;
use newsdiff::report::{Format, render};
use newsdiff::{Analysis, analyze};

fn demo() -> Analysis {
    let loaded = load_demo();
    assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
    analyze(loaded.documents, &loaded.story_titles)
}

#[test]
fn demo_is_one_story_of_three_articles() {
    let a = demo();
    assert_eq!(a.articles.len(), 3);
    assert_eq!(a.stories.len(), 1);
    assert_eq!(a.stories[0].articles, vec![0, 1, 2]);
}

#[test]
fn demo_seeds_group_by_content_without_a_manifest() {
    let dir = tempfile::tempdir().unwrap();
    for entry in std::fs::read_dir("data/geneva-2021").unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "txt") {
            std::fs::copy(&path, dir.path().join(path.file_name().unwrap())).unwrap();
        }
    }
    let loaded = newsdiff::load::load_paths(&[dir.path().to_path_buf()]).unwrap();
    let a = analyze(loaded.documents, &loaded.story_titles);
    assert_eq!(a.stories.len(), 1, "the three seeds must form one story");
}

#[test]
fn demo_cleaning_removes_clutter() {
    let a = demo();
    for article in &a.articles {
        for clutter in [
            "Source link",
            "Check Also",
            "Leave a Reply",
            "Your email address",
            "Popular Topics",
            "Related Articles",
            "Translate",
            "Getty Images",
        ] {
            assert!(
                !article.text.contains(clutter),
                "{} still contains {clutter:?}",
                article.id
            );
        }
        let first = article.paragraphs[0].text(&article.text);
        assert_eq!(first, article.title, "headline is the first paragraph once");
        assert_eq!(
            article.text.matches(first).count(),
            1,
            "{}: headline repeated",
            article.id
        );
    }
    let outlets: Vec<&str> = a.articles.iter().map(|x| x.outlet.as_str()).collect();
    assert_eq!(outlets[2], "CNN");
}

#[test]
fn demo_quotes_and_speakers() {
    let a = demo();
    let quotes: Vec<String> = a
        .articles
        .iter()
        .flat_map(|art| {
            art.quotes.iter().map(move |q| {
                format!(
                    "{} | {} | {}",
                    art.id,
                    art.slice(q.span),
                    q.speaker.as_deref().unwrap_or("-")
                )
            })
        })
        .collect();
    insta::assert_snapshot!(quotes.join("\n"));
}

#[test]
fn demo_claims_show_the_differing_figures() {
    let a = demo();
    let claims = &a.stories[0].claims;
    let kinds: Vec<String> = claims
        .iter()
        .map(|f| format!("{:?} {:?} {}", f.verdict, f.kind, f.subject))
        .collect();
    insta::assert_snapshot!(kinds.join("\n"));
}

#[test]
fn demo_yields_the_meeting_length_and_return_timing_findings() {
    use newsdiff::claims::{ClaimKind, Modality, Verdict};
    let a = demo();
    let story = &a.stories[0];
    // The length is a prediction against an outcome; the return timing a difference.
    let statements = |kind: ClaimKind| -> Vec<(String, Modality)> {
        let f = story
            .claims
            .iter()
            .find(|f| f.kind == kind && matches!(f.verdict, Verdict::Differs | Verdict::Expected))
            .expect("finding present");
        f.statements
            .iter()
            .map(|s| {
                let c = &a.articles[s.article].claims[s.claim];
                (a.articles[s.article].slice(c.span).to_string(), c.modality)
            })
            .collect()
    };
    let length = statements(ClaimKind::Duration);
    assert!(
        length
            .iter()
            .any(|(t, m)| t.contains("three-hour") && *m == Modality::Reported),
        "{length:?}"
    );
    assert!(
        length
            .iter()
            .any(|(t, m)| t.contains("up to five hours") && *m == Modality::Expected),
        "{length:?}"
    );
    let timing = statements(ClaimKind::RelativeTime);
    assert!(timing.iter().any(|(t, _)| t.contains("near future")), "{timing:?}");
    assert!(timing.iter().any(|(t, _)| t.contains("after the summit")), "{timing:?}");
    assert!(
        story.claims.iter().all(|f| f.verdict != Verdict::Conflict),
        "no false conflicts in the demo"
    );
    let json: serde_json::Value = serde_json::from_str(&render(&a, Format::Json, false)).unwrap();
    insta::assert_json_snapshot!("demo_claims_json", json["stories"][0]["claims"]);
}

#[test]
fn demo_json_report() {
    let a = demo();
    let json = render(&a, Format::Json, false);
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(value["schema_version"], 2);
    // Every span in the report points at the text it claims to.
    for story in value["stories"].as_array().unwrap() {
        for article in story["articles"].as_array().unwrap() {
            let text = article["text"].as_str().unwrap();
            for q in article["quotes"].as_array().unwrap() {
                let (s, e) = (
                    q["start"].as_u64().unwrap() as usize,
                    q["end"].as_u64().unwrap() as usize,
                );
                assert_eq!(text.get(s..e), q["text"].as_str());
            }
        }
    }
    insta::assert_snapshot!(json);
}

#[test]
fn demo_text_and_markdown_reports() {
    let a = demo();
    insta::assert_snapshot!("text", render(&a, Format::Text, false));
    insta::assert_snapshot!("markdown", render(&a, Format::Markdown, false));
}
