//! Findings a reader can trust: one short invented story per failure seen on real coverage
//! (issue 7), each asserting what the findings must and must not say. Quote groups and speakers
//! are in `quote_trust.rs`, outlets and date lines in `outlet_trust.rs`.

use newsdiff::findings::{Finding, FindingKind, story_findings};
use newsdiff::load::{Document, Metadata};
use newsdiff::{Analysis, analyze};

#[path = "support/lines.rs"]
mod support_lines;
use support_lines::finding_line;

/// One article of a test story: outlet, publication day (if any) and body.
fn doc(outlet: &str, published: Option<&str>, body: &str) -> Document {
    Document {
        source: format!("{outlet}.txt"),
        stem: outlet.into(),
        body: body.into(),
        meta: Metadata {
            outlet: Some(outlet.into()),
            published: published.map(str::to_string),
            story: Some("story".into()),
            ..Metadata::default()
        },
    }
}

fn findings(docs: Vec<Document>) -> (Analysis, Vec<Finding>) {
    let analysis = analyze(docs, &[]);
    let found = analysis
        .stories
        .first()
        .map(|s| story_findings(&analysis, s))
        .unwrap_or_default();
    (analysis, found)
}

/// Every finding as "kind · title · outlet: note ·…", one line each, for assertions and messages.
fn lines(analysis: &Analysis, found: &[Finding]) -> Vec<String> {
    found.iter().map(|f| finding_line(analysis, f)).collect()
}

/// The claim findings whose title passes `keep`.
fn titled(found: &[Finding], keep: impl Fn(&str) -> bool) -> Vec<&Finding> {
    claim_findings(found).into_iter().filter(|f| keep(&f.title)).collect()
}

fn claim_findings(found: &[Finding]) -> Vec<&Finding> {
    found.iter().filter(|f| f.kind != FindingKind::SharedQuote).collect()
}

/// Pattern 1. A session, the whole meeting, a break and the expected length are different facts;
/// a prediction against an outcome is its own verdict, never a conflict.
#[test]
fn sub_events_stay_apart_and_predictions_are_not_conflicts() {
    let (a, found) = findings(vec![
        doc(
            "Ledger",
            None,
            "The first session of the talks in Varnholm lasted 70 minutes. The whole meeting ran three hours.",
        ),
        doc(
            "Courier",
            None,
            "The talks in Varnholm were expected to take up to five hours. The first session lasted 65 minutes.",
        ),
        doc(
            "Planet",
            None,
            "Envoys in Varnholm took a 20-minute break. The whole meeting ran three hours.",
        ),
    ]);
    let all = lines(&a, &found);
    for f in claim_findings(&found) {
        assert_ne!(f.kind, FindingKind::Conflict, "{all:#?}");
        let notes: Vec<&str> = f.passages.iter().map(|p| p.note.as_str()).collect();
        let session = notes.iter().any(|n| n.contains("min"));
        let hours = notes.iter().any(|n| n.contains(" h"));
        assert!(!(session && hours), "a session and the meeting merged: {all:#?}");
    }
    assert!(
        found.iter().any(|f| f.kind == FindingKind::Expected),
        "expected against reported: {all:#?}"
    );
}

/// Pattern 2. Weekdays and "yesterday" resolve against the publication day; a weekday agrees with
/// the date it falls on; "in January" is another happening, not the event's date.
#[test]
fn weekdays_resolve_against_the_publication_day() {
    let (a, found) = findings(vec![
        doc(
            "Ledger",
            Some("2024-05-08"),
            "The vote in Tolvik took place on Tuesday. In January the mayor said it would be close.",
        ),
        doc(
            "Courier",
            Some("2024-05-07"),
            "The vote in Tolvik took place today, officials said.",
        ),
        doc("Planet", None, "The vote in Tolvik took place on May 7, 2024."),
    ]);
    let all = lines(&a, &found);
    let dates = titled(&found, |t| t.starts_with("date"));
    assert_eq!(dates.len(), 1, "{all:#?}");
    let date = dates[0];
    assert_eq!(date.kind, FindingKind::Agrees, "{all:#?}");
    assert_eq!(date.passages.len(), 3, "{all:#?}");
    assert!(
        date.passages.iter().any(|p| p.note.contains("7 May 2024 (resolved)")),
        "{all:#?}"
    );
    assert!(!all.iter().any(|l| l.contains("January")), "{all:#?}");
}

/// Pattern 3. "shortly after 9 a.m. ET" on a summer day and "3:10 p.m. local" in a CEST city are one moment.
#[test]
fn time_zones_convert_with_daylight_saving() {
    let (a, found) = findings(vec![
        doc(
            "Ledger",
            Some("2021-06-16"),
            "The summit in Zurich began shortly after 9 a.m. ET.",
        ),
        doc(
            "Courier",
            Some("2021-06-16"),
            "ZURICH — The summit began at 3:10 p.m. local time.",
        ),
        doc(
            "Planet",
            Some("2021-06-16"),
            "The summit in Zurich began at 3:10 p.m. local time (1310 GMT).",
        ),
    ]);
    let all = lines(&a, &found);
    let times = titled(&found, |t| t.starts_with("time"));
    assert_eq!(times.len(), 1, "{all:#?}");
    assert_eq!(times[0].kind, FindingKind::Agrees, "{all:#?}");
    assert!(times[0].passages.iter().all(|p| p.note.contains("UTC")), "{all:#?}");
}

/// Pattern 4. Hedged values that can both be true agree.
#[test]
fn hedges_that_overlap_agree() {
    let (a, found) = findings(vec![
        doc("Ledger", None, "The hearing in Brell lasted about 2.5 hours."),
        doc("Courier", None, "The hearing in Brell lasted less than three hours."),
    ]);
    let all = lines(&a, &found);
    let claims = claim_findings(&found);
    assert_eq!(claims.len(), 1, "{all:#?}");
    assert_eq!(claims[0].kind, FindingKind::Agrees, "{all:#?}");
}

/// Pattern 5. A toll that rises through the day is an update, ordered by publication time, with the latest figure.
#[test]
fn rising_tolls_are_updates_with_the_latest_figure() {
    let (a, found) = findings(vec![
        doc(
            "Ledger",
            Some("2024-03-01T08:00:00Z"),
            "At least 12 people were killed in the landslide near Orrin.",
        ),
        doc(
            "Courier",
            Some("2024-03-01T13:00:00Z"),
            "The landslide near Orrin killed 19 people, officials said.",
        ),
        doc(
            "Planet",
            Some("2024-03-02T09:00:00Z"),
            "The toll from the landslide near Orrin rose to more than 40 people killed, and it is expected to rise.",
        ),
    ]);
    let all = lines(&a, &found);
    let tolls = titled(&found, |t| t.contains("people"));
    assert_eq!(tolls.len(), 1, "{all:#?}");
    assert_eq!(tolls[0].kind, FindingKind::Updated, "{all:#?}");
    assert!(tolls[0].detail.contains("Most recent: Planet"), "{}", tolls[0].detail);
}

/// Pattern 6. Spellings of one unit merge, and units convert.
#[test]
fn units_merge_and_convert() {
    let (a, found) = findings(vec![
        doc(
            "Ledger",
            None,
            "The ship carried 1,200 tons of grain. The wreck lies 10 miles southwest of Port Alder.",
        ),
        doc(
            "Courier",
            None,
            "The ship carried 1,200 tonnes of grain. The wreck lies 16 km southwest of Port Alder.",
        ),
    ]);
    let all = lines(&a, &found);
    let claims = claim_findings(&found);
    assert_eq!(claims.len(), 2, "{all:#?}");
    assert!(claims.iter().all(|f| f.kind == FindingKind::Agrees), "{all:#?}");
}

/// Pattern 7. A small number describing a noun ("the two leaders", "three separate blasts") claims nothing.
#[test]
fn small_descriptive_numbers_are_not_claims() {
    let (a, found) = findings(vec![
        doc(
            "Ledger",
            None,
            "The two leaders of the rival powers spoke after three separate blasts.",
        ),
        doc(
            "Courier",
            None,
            "Both leaders spoke; two rival powers had traded threats after two separate blasts.",
        ),
    ]);
    let all = lines(&a, &found);
    assert!(claim_findings(&found).is_empty(), "{all:#?}");
}

/// Pattern 8. A duration belongs to the event the syntax ties it to: a year a road will take is
/// not the length of the meeting the sentence opens with.
#[test]
fn durations_attach_by_syntax() {
    let (a, found) = findings(vec![
        doc("Ledger", None, "The meeting in Calder lasted three hours."),
        doc("Courier", None, "The meeting in Calder ran for four hours."),
        doc(
            "Planet",
            None,
            "After the meeting in Calder, the minister said the new road would take a year to build.",
        ),
    ]);
    let all = lines(&a, &found);
    let meeting = titled(&found, |t| t.contains("meeting"));
    assert_eq!(meeting.len(), 1, "{all:#?}");
    assert_eq!(meeting[0].passages.len(), 2, "{all:#?}");
    assert!(
        meeting[0]
            .passages
            .iter()
            .all(|p| a.articles[p.article].outlet != "Planet"),
        "{all:#?}"
    );
}

/// Pattern 9. An attribution is a named person, organisation or role phrase, else none.
#[test]
fn attributions_name_a_source_or_nothing() {
    let (a, _) = findings(vec![
        doc(
            "Ledger",
            None,
            "About 300 homes were flooded, according to the price of insurance claims.",
        ),
        doc("Courier", None, "He also said about 300 homes were flooded."),
        doc("Planet", None, "About 300 homes were flooded, the county council said."),
    ]);
    let attributed: Vec<Option<&str>> = a
        .articles
        .iter()
        .flat_map(|art| art.claims.iter().map(|c| c.attributed_to.as_deref()))
        .collect();
    assert_eq!(attributed, vec![None, None, Some("the county council")]);
}

/// Pattern 13. A finding from many outlets is summarised by its values and how many outlets give each.
#[test]
fn big_findings_show_value_clusters() {
    let mut docs = Vec::new();
    for (k, figure) in ["40", "40", "40", "about 40", "52", "52"].iter().enumerate() {
        docs.push(doc(
            &format!("Outlet{k}"),
            None,
            &format!("The storm in Harwick destroyed {figure} bridges, the county said."),
        ));
    }
    let (a, found) = findings(docs);
    let all = lines(&a, &found);
    let bridges = titled(&found, |t| t.contains("bridges"));
    assert_eq!(bridges.len(), 1, "{all:#?}");
    assert_eq!(
        bridges[0].summary,
        "40 bridges (reported): 3 outlets · 52 bridges (reported): 2 outlets · about 40 bridges (reported): 1 outlet"
    );
}
