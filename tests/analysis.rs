//! Analysis on short articles written for each case: stories, shared quotes, altered wordings.

use newsdiff::load::{Document, Metadata};
use newsdiff::shared::Relation;
use newsdiff::{Analysis, analyze};

fn doc(stem: &str, outlet: &str, body: &str) -> Document {
    Document {
        source: format!("{stem}.txt"),
        stem: stem.into(),
        body: body.into(),
        meta: Metadata {
            outlet: Some(outlet.into()),
            ..Metadata::default()
        },
    }
}

fn run(docs: Vec<Document>) -> Analysis {
    analyze(docs, &[])
}

#[test]
fn fixture_directory_forms_two_stories() {
    let loaded = newsdiff::load::load_paths(&["tests/fixtures/mixed".into()]).unwrap();
    let a = analyze(loaded.documents, &loaded.story_titles);
    let groups: Vec<Vec<&str>> = a
        .stories
        .iter()
        .map(|s| s.articles.iter().map(|&i| a.articles[i].id.as_str()).collect())
        .collect();
    assert_eq!(
        groups,
        vec![
            vec!["courier-flood", "planet-flood", "wire-flood"],
            vec!["gazette-strike", "ledger-strike"]
        ]
    );
    insta::assert_snapshot!(newsdiff::report::render(&a, newsdiff::report::Format::Text, false));
}

#[test]
fn translated_remark_and_titles() {
    let a = run(vec![
        doc(
            "a",
            "Harbor Times",
            "Port deal signed in Valmora\n\nThe harbour authority of Valmora signed a deal with shipping firms on Tuesday.\n\n“Our port cannot survive another season without new investment,” Minister Sara Okafor said.",
        ),
        doc(
            "b",
            "Valley Post",
            "Valmora port gets investment deal\n\nShipping firms and the Valmora harbour authority signed a deal on Tuesday.\n\n\"Without new investment our port will not survive another season,\" said Okafor.",
        ),
        doc(
            "c",
            "Metro Wire",
            "Valmora harbour deal\n\nValmora's harbour authority reached a deal with shipping firms on Tuesday, Minister Sara Okafor said. She added: ‘Our port cannot survive another season without new investment.’",
        ),
    ]);
    assert_eq!(a.stories.len(), 1);
    let shared = &a.stories[0].shared_quotes;
    assert_eq!(shared.len(), 1, "{shared:#?}");
    let q = &shared[0];
    assert_eq!(q.speaker.as_deref(), Some("Sara Okafor"));
    assert_eq!(q.text, "Our port cannot survive another season without new investment");
    assert!(q.wording_differs);
    let relations: Vec<Relation> = q.occurrences.iter().map(|o| o.relation).collect();
    assert_eq!(relations, vec![Relation::Same, Relation::Altered, Relation::Same]);
}

#[test]
fn unrelated_events_stay_apart() {
    let a = run(vec![
        doc(
            "a",
            "Daily Planet",
            "Council approves budget\n\nThe city council approved next year's budget on Monday after a long debate, officials said. The mayor said schools would get more money.",
        ),
        doc(
            "b",
            "Valley Post",
            "Storm damages harbour\n\nA storm damaged dozens of fishing boats in the harbour on Monday, officials said. Fishermen said the government must help them.",
        ),
    ]);
    assert_eq!(a.stories.len(), 2);
}

#[test]
fn sentences_alone_are_marked() {
    let a = run(vec![
        doc(
            "a",
            "Daily Planet",
            "Flood in Rivertown\n\nThe Silver River flooded Rivertown overnight, forcing residents to leave. The bakery on Main Street stayed open all night.",
        ),
        doc(
            "b",
            "Valley Post",
            "Rivertown flooded\n\nThe Silver River flooded Rivertown overnight and forced residents to leave their homes.",
        ),
    ]);
    assert_eq!(a.stories.len(), 1);
    let al = &a.stories[0].alignment[0];
    let alone: Vec<bool> = al.sentences.iter().map(|s| s.only_here()).collect();
    assert_eq!(alone, vec![false, false, true]);
    assert_eq!(al.sentences[1].matches[0].sentence, 1);
}

#[test]
fn hostile_and_empty_inputs_do_not_panic() {
    let a = run(vec![
        doc("a", "X", "\u{1b}]52;c;aGk=\u{7}“unclosed quote\n\n‘ ’ \" \" « »"),
        doc("b", "Y", "…"),
        doc("c", "Z", "東京で会議。“引用”と述べた。"),
    ]);
    assert_eq!(a.articles.len(), 3);
    let text = newsdiff::report::render(&a, newsdiff::report::Format::Text, false);
    assert!(!text.contains('\u{1b}'), "escape reached the report");
}

#[test]
fn findings_list_in_reading_order() {
    let loaded = newsdiff::load::load_paths(&["tests/fixtures/mixed".into()]).unwrap();
    let a = analyze(loaded.documents, &loaded.story_titles);
    let findings = newsdiff::findings::story_findings(&a, &a.stories[0]);
    let lines: Vec<String> = findings
        .iter()
        .map(|f| {
            format!(
                "{} | {} | {} | {}",
                f.kind.label(),
                f.title,
                f.summary,
                f.passages.len()
            )
        })
        .collect();
    insta::assert_snapshot!(lines.join("\n"));
    for f in &findings {
        for p in &f.passages {
            assert!(!a.articles[p.article].slice(p.span).is_empty());
        }
    }
}

#[test]
fn truncated_and_garbled_articles_never_panic() {
    let loaded = newsdiff::load::load_demo();
    let mut docs = Vec::new();
    for d in &loaded.documents {
        let cuts: Vec<usize> = d.body.char_indices().map(|(i, _)| i).step_by(97).collect();
        for (n, cut) in cuts.into_iter().enumerate() {
            docs.push(doc(&format!("{}-{n}", d.stem), "X", d.body.get(..cut).unwrap_or("")));
        }
    }
    // Pseudo-random bytes, decoded lossily as the loader does.
    let mut state = 0x2545_f491_4f6c_dd1du64;
    for n in 0..40 {
        let bytes: Vec<u8> = (0..400)
            .map(|_| {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                (state % 256) as u8
            })
            .collect();
        docs.push(doc(&format!("noise-{n}"), "Y", &String::from_utf8_lossy(&bytes)));
    }
    let a = run(docs);
    for format in [
        newsdiff::report::Format::Text,
        newsdiff::report::Format::Markdown,
        newsdiff::report::Format::Json,
    ] {
        let out = newsdiff::report::render(&a, format, false);
        assert!(!out.contains('\u{1b}'));
    }
    for i in 0..a.stories.len() {
        let _ = newsdiff::export::render_export(&a, &[i], newsdiff::export::ExportFormat::Html);
    }
}

/// A streamed analysis that releases each story's articles once handed over: the callback sees
/// them whole (text, claims), the returned articles keep only who published what, and the stories
/// are the same as a kept analysis'.
#[test]
fn releasing_stream_hands_whole_articles_then_drops_their_text() {
    let docs = newsdiff::synth::corpus(40, 3);
    let kept = newsdiff::analyze(docs.clone(), &[]);
    let mut seen = Vec::new();
    // Only which sentences one outlet alone prints, as a text report reads it.
    let depth = newsdiff::align::Depth::Coverage;
    let articles =
        newsdiff::analysis::analyze_each_releasing(docs, &[], &Default::default(), depth, |articles, story| {
            for &a in &story.articles {
                assert!(!articles[a].text.is_empty());
                assert_eq!(articles[a].claims, kept.articles[a].claims);
            }
            let whole = kept.stories.iter().find(|s| s.id == story.id).map(|s| &s.alignment);
            let lone = |alignment: &[newsdiff::align::ArticleAlignment]| -> Vec<Vec<bool>> {
                alignment
                    .iter()
                    .map(|a| a.sentences.iter().map(|s| s.only_here()).collect())
                    .collect()
            };
            assert_eq!(whole.map(|w| lone(w)), Some(lone(&story.alignment)), "{}", story.id);
            seen.push(story);
            std::ops::ControlFlow::Continue(())
        });
    let ids = |stories: &[newsdiff::Story]| -> Vec<(String, Vec<usize>)> {
        stories.iter().map(|s| (s.id.clone(), s.articles.clone())).collect()
    };
    assert_eq!(ids(&seen), ids(&kept.stories));
    assert!(
        articles
            .iter()
            .all(|a| a.text.is_empty() && a.claims.is_empty() && !a.outlet.is_empty())
    );
}

#[test]
fn a_sites_appeal_is_not_what_only_it_reports() {
    let appeal = "Your support keeps our reporters in the field. We believe news should be free to read. \
                  Give what you can today.";
    let flood = "The river broke its banks on Monday. Two bridges were closed. The mayor ordered schools shut.";
    let vote = "The council voted on the budget late on Thursday. The motion passed narrowly. Opponents walked out.";
    let in_story = |stem: &str, outlet: &str, story: &str, body: String| {
        let mut d = doc(stem, outlet, &body);
        d.meta.story = Some(story.into());
        d
    };
    let analysis = run(vec![
        in_story(
            "a1",
            "site.example",
            "flood",
            format!("{appeal}\n\n{flood} Rain is forecast until Friday."),
        ),
        in_story("b1", "other.example", "flood", flood.to_string()),
        in_story("a2", "site.example", "vote", format!("{vote}\n\n{appeal}")),
        in_story("c2", "third.example", "vote", vote.to_string()),
    ]);
    let story = analysis
        .stories
        .iter()
        .find(|s| s.id == "flood")
        .expect("the flood story");
    let a1 = story
        .alignment
        .iter()
        .find(|al| analysis.articles[al.article].id == "a1")
        .expect("a1 aligned");
    let only: Vec<(bool, bool)> = a1.sentences.iter().map(|s| (s.furniture, s.only_here())).collect();
    // The appeal's three sentences are the site's; of the story's own, only the forecast is a1's alone.
    assert_eq!(
        only,
        vec![
            (true, false),
            (true, false),
            (true, false),
            (false, false),
            (false, false),
            (false, false),
            (false, true)
        ]
    );
}
