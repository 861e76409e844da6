//! Outlet, wire, dateline and publication date of copied pages: agency credits and dateline places
//! never become the outlet, a date line at the top is the date and not the headline.

use newsdiff::Article;
use newsdiff::load::{Document, Metadata, load_paths};

const BODY: &str = "Water rose through the lower streets of Rivertown overnight, and the county closed three bridges before dawn.\n\nResidents moved their cars to the hill road as the river kept climbing through the morning.";

fn doc(stem: &str, body: &str, meta: Metadata) -> Article {
    Article::from_document(Document {
        source: format!("{stem}.txt"),
        stem: stem.into(),
        body: body.into(),
        meta,
    })
}

fn outlet_meta(outlet: &str) -> Metadata {
    Metadata {
        outlet: Some(outlet.into()),
        ..Metadata::default()
    }
}

#[test]
fn dateline_place_is_not_the_outlet() {
    for (opening, place) in [
        ("(RIVERTOWN) — Water rose overnight in the lower town.", "RIVERTOWN"),
        ("RIVERTOWN — Water rose overnight in the lower town.", "RIVERTOWN"),
        ("Rivertown: Water rose overnight in the lower town.", "Rivertown"),
        (
            "RIVERTOWN, Valmora — Water rose overnight in the lower town.",
            "RIVERTOWN, Valmora",
        ),
    ] {
        let a = doc(
            "flood",
            &format!("River floods Rivertown\n\n{opening}\n\n{BODY}"),
            Metadata::default(),
        );
        assert_eq!(a.outlet, "flood", "{opening}");
        assert_eq!(a.dateline.as_deref(), Some(place), "{opening}");
        assert_eq!(a.wire, None, "{opening}");
        assert_eq!(a.title, "River floods Rivertown");
    }
}

#[test]
fn agency_credit_is_the_wire_and_the_outlet_comes_from_metadata_or_the_file() {
    let ap = format!(
        "River floods Rivertown\n\nRIVERTOWN, Valmora (AP) — Water rose overnight in the lower town.\n\n{BODY}"
    );
    let a = doc("flood", &ap, outlet_meta("Valley Post"));
    assert_eq!((a.outlet.as_str(), a.wire.as_deref()), ("Valley Post", Some("AP")));
    assert_eq!(a.dateline.as_deref(), Some("RIVERTOWN, Valmora"));

    let reuters = format!(
        "River floods Rivertown\n\nRIVERTOWN (Reuters) - Water rose overnight in the lower town, officials said.\n\n{BODY}"
    );
    let a = doc("07_valleypost.example", &reuters, Metadata::default());
    assert_eq!(
        (a.outlet.as_str(), a.wire.as_deref()),
        ("valleypost.example", Some("Reuters"))
    );

    // With neither metadata nor a site-like file name, an agency still never becomes the outlet.
    let a = doc("flood", &reuters, Metadata::default());
    assert_eq!((a.outlet.as_str(), a.wire.as_deref()), ("flood", Some("Reuters")));

    // A partner credit ("Paper/ANN") names the wire too.
    let partner = format!("RIVERTOWN  (The Valley Star/ANN)-  Water rose overnight in the lower town.\n\n{BODY}");
    let a = doc("flood", &partner, Metadata::default());
    assert_eq!(
        (a.outlet.as_str(), a.wire.as_deref()),
        ("flood", Some("The Valley Star/ANN"))
    );
}

#[test]
fn trailing_wire_credit_line_is_removed() {
    let a = doc(
        "flood",
        &format!("River floods Rivertown\n\n{BODY}\n\nab/cd (Reuters, AFP, dpa)"),
        Metadata::default(),
    );
    assert_eq!(a.wire.as_deref(), Some("Reuters, AFP, dpa"));
    assert_eq!(a.outlet, "flood");
    assert!(!a.text.contains("dpa"));
    let a = doc(
        "flood",
        &format!("River floods Rivertown\n\n{BODY}\n\n— AFP"),
        Metadata::default(),
    );
    assert_eq!(a.wire.as_deref(), Some("AFP"));
}

#[test]
fn a_non_agency_dateline_credit_is_kept_as_the_last_outlet_hint() {
    let a = doc(
        "flood",
        &format!("RIVERTOWN (Valley Post) — Water rose overnight in the lower town, officials said.\n\n{BODY}"),
        Metadata::default(),
    );
    assert_eq!(a.outlet, "Valley Post");
    // Metadata or the file name still come first.
    let a = doc(
        "valleypost.example",
        &format!("RIVERTOWN (Hill Times) — Water rose overnight in the lower town, officials said.\n\n{BODY}"),
        Metadata::default(),
    );
    assert_eq!(a.outlet, "valleypost.example");
}

#[test]
fn leading_date_line_is_the_date_not_the_headline() {
    for (top, date) in [
        ("date 2024-05-02 River floods Rivertown", "2024-05-02"),
        (" date 2024-05-02\nRiver floods Rivertown", "2024-05-02"),
        ("May 2, 2024\n\nRiver floods Rivertown", "2024-05-02"),
        ("2 May 2024\nRiver floods Rivertown", "2024-05-02"),
        (
            "River floods Rivertown\n\nPosted at 9:23 AM, Aug 04, 2014",
            "2014-08-04",
        ),
        ("River floods Rivertown\nPublished: May 2, 2024 10:00", "2024-05-02"),
    ] {
        let a = doc("flood", &format!("{top}\n\n{BODY}"), Metadata::default());
        assert_eq!(a.title, "River floods Rivertown", "{top}");
        assert_eq!(a.published.as_deref(), Some(date), "{top}");
        assert!(!a.text.contains("2024-05-02") && !a.text.contains("2014"), "{top}");
    }
    // Metadata's date wins, as given.
    let meta = Metadata {
        published: Some("2024-05-03".into()),
        ..Metadata::default()
    };
    let a = doc(
        "flood",
        &format!("date 2024-05-02 River floods Rivertown\n\n{BODY}"),
        meta,
    );
    assert_eq!(a.published.as_deref(), Some("2024-05-03"));
}

#[test]
fn glued_date_before_a_dateline() {
    let a = doc(
        "flood",
        &format!("date 2024-05-02 RIVERTOWN: Water rose overnight in the lower town, officials said.\n\n{BODY}"),
        Metadata::default(),
    );
    assert_eq!(a.published.as_deref(), Some("2024-05-02"));
    assert_eq!(a.dateline.as_deref(), Some("RIVERTOWN"));
    assert!(a.text.starts_with("RIVERTOWN: Water rose"));
}

#[test]
fn site_named_files_give_the_outlet() {
    let dir = tempfile::tempdir().unwrap();
    let body = format!(
        "River floods Rivertown\n\nRIVERTOWN (AP) — Water rose overnight in the lower town, officials said.\n\n{BODY}"
    );
    std::fs::write(dir.path().join("03_example.news.txt"), &body).unwrap();
    std::fs::write(dir.path().join("example.news.txt"), &body).unwrap();
    std::fs::write(dir.path().join("05-www.valley-post.example.md"), &body).unwrap();
    std::fs::write(dir.path().join("notes.txt"), &body).unwrap();
    let loaded = load_paths(&[dir.path().to_path_buf()]).unwrap();
    let outlets: Vec<String> = loaded
        .documents
        .into_iter()
        .map(|d| Article::from_document(d).outlet)
        .collect();
    assert_eq!(
        outlets,
        vec!["example.news", "valley-post.example", "example.news", "notes"]
    );
}

#[test]
fn front_matter_outlet_wins_over_the_file_name() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("03_example.news.md");
    std::fs::write(
        &path,
        format!("---\noutlet: Valley Post\n---\nRiver floods Rivertown\n\n{BODY}"),
    )
    .unwrap();
    let loaded = load_paths(&[path]).unwrap();
    let a = Article::from_document(loaded.documents.into_iter().next().unwrap());
    assert_eq!(a.outlet, "Valley Post");
}

#[test]
fn json_report_carries_wire_and_dateline() {
    let a = newsdiff::analyze(
        vec![Document {
            source: "flood.txt".into(),
            stem: "flood".into(),
            body: format!(
                "River floods Rivertown\n\nRIVERTOWN (AP) — Water rose overnight in the lower town, officials said.\n\n{BODY}"
            ),
            meta: Metadata::default(),
        }],
        &[],
    );
    let json = newsdiff::report::render(&a, newsdiff::report::Format::Json, false);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let article = &v["stories"][0]["articles"][0];
    assert_eq!(article["wire"], "AP");
    assert_eq!(article["dateline"], "RIVERTOWN");
    assert_eq!(article["outlet"], "flood");
}
