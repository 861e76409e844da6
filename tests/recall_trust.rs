//! Facts outlets word differently that must still meet in one finding (issue 7's recall): one
//! short invented story per way of wording a fact seen on real coverage, each asserting the
//! finding it must give, and where a rule could overreach, the finding it must not give.

use newsdiff::findings::{Finding, FindingKind, story_findings};
use newsdiff::load::{Document, Metadata};
use newsdiff::{Analysis, analyze};

#[path = "support/lines.rs"]
mod lines;
use lines::finding_line;

fn doc(outlet: &str, body: &str) -> Document {
    Document {
        source: format!("{outlet}.txt"),
        stem: outlet.into(),
        body: body.into(),
        meta: Metadata {
            outlet: Some(outlet.into()),
            story: Some("story".into()),
            ..Metadata::default()
        },
    }
}

/// Every claim finding as "kind · title · outlet: note ·…".
fn claims(bodies: &[(&str, &str)]) -> Vec<String> {
    let analysis: Analysis = analyze(bodies.iter().map(|(o, b)| doc(o, b)).collect(), &[]);
    let found: Vec<Finding> = analysis
        .stories
        .first()
        .map(|s| story_findings(&analysis, s))
        .unwrap_or_default();
    found
        .iter()
        .filter(|f| f.kind != FindingKind::SharedQuote)
        .map(|f| finding_line(&analysis, f))
        .collect()
}

fn one_titled<'a>(all: &'a [String], title: &str) -> &'a str {
    let hits: Vec<&String> = all.iter().filter(|l| l.contains(&format!(" · {title} · "))).collect();
    assert_eq!(hits.len(), 1, "one finding titled {title}: {all:#?}");
    hits[0]
}

/// A named person's age, in either form; an unnamed "25-year-old driver" is no claim.
#[test]
fn ages_of_named_people_meet() {
    let all = claims(&[
        (
            "Ledger",
            "Among the missing is 41-year-old Tomas Verde, a welder from Orrin.",
        ),
        (
            "Courier",
            "Tomas Verde, 43, of Orrin, was on the night shift. The 25-year-old driver survived.",
        ),
    ]);
    let age = one_titled(&all, "age of verde");
    assert!(age.starts_with("conflict") || age.starts_with("differs"), "{age}");
    assert_eq!(all.len(), 1, "{all:#?}");
}

/// "A town of 40,000" and "home to about 40,000 people" give one population; a capacity glued
/// to its noun ("a 300-bed hospital") is a count of that noun.
#[test]
fn populations_and_capacities() {
    let all = claims(&[
        (
            "Ledger",
            "Orrin, a town of 40,000, lost power. The 300-bed hospital was evacuated.",
        ),
        (
            "Courier",
            "Orrin, a town of about 40,000 people, lost power. The hospital has 250 beds and was evacuated.",
        ),
    ]);
    assert!(one_titled(&all, "population").starts_with("agrees"), "{all:#?}");
    let beds = one_titled(&all, "bed");
    assert!(!beds.starts_with("agrees"), "{beds}");
}

/// A count that is the subject of a casualty verb ("about 2,000 had fled") is a count of people,
/// and "2.000" grouped with a dot is two thousand.
#[test]
fn bare_counts_and_dotted_thousands() {
    let all = claims(&[
        ("Ledger", "Officials said about 2,000 had fled their homes in Orrin."),
        (
            "Courier",
            "Nearly 2.000 people fled their homes in Orrin, officials said.",
        ),
    ]);
    let fled = all
        .iter()
        .find(|l| l.contains("2,000"))
        .expect("a finding on the displaced");
    assert!(fled.starts_with("agrees"), "{all:#?}");
}

/// "Six people were reported missing" is passive, not "six people reported": the count stands,
/// and "who were on the bridge are missing" still reads the role further on.
#[test]
fn passive_reports_keep_their_count() {
    let all = claims(&[
        ("Ledger", "Six workers were reported missing after the pier collapsed."),
        ("Courier", "At least six workers who were on the pier are missing."),
    ]);
    assert!(one_titled(&all, "workers missing").starts_with("agrees"), "{all:#?}");
}

/// Counts of one kind of happening are one tally whatever verb reports them, and the agency
/// that counted them is a source, not a participant that keeps the counts apart.
#[test]
fn tallies_of_happenings_meet_across_verbs_and_agencies() {
    let all = claims(&[
        (
            "Ledger",
            "More than 300 aftershocks have been recorded since the quake.",
        ),
        (
            "Courier",
            "The National Seismic Service counted 412 aftershocks by Wednesday.",
        ),
        (
            "Planet",
            "The quake triggered nearly 450 aftershocks, rattling the coast.",
        ),
    ]);
    let tally = one_titled(&all, "aftershocks");
    assert!(tally.starts_with("updated"), "{tally}");
    assert!(
        ["Ledger", "Courier", "Planet"].iter().all(|o| tally.contains(o)),
        "{tally}"
    );
}

/// A moment that closes its clause after a comma, or opens the sentence, times the clause's
/// verb; verbs of one happening ("found", "located") time one event; a caption's "0:37" is no time.
#[test]
fn moments_tie_to_their_clause() {
    let all = claims(&[
        (
            "Ledger",
            "Divers found the two men in the flooded cab, just before 10 a.m.",
        ),
        (
            "Courier",
            "At about 10 a.m., divers located the two men. Watch: the rescue 0:37",
        ),
    ]);
    let found = all
        .iter()
        .find(|l| l.contains("time of"))
        .expect("a finding on when the men were found");
    assert!(found.starts_with("agrees"), "{all:#?}");
    assert!(all.iter().all(|l| !l.contains("00:37")), "{all:#?}");
}

/// A part word inside a length's own phrase keeps that part apart from the whole meeting.
#[test]
fn parts_inside_the_phrase() {
    let all = claims(&[
        (
            "Ledger",
            "After a 40-minute one-on-one meeting, the talks ran for three hours.",
        ),
        (
            "Courier",
            "The two met one-on-one for about 45 minutes; the talks ran for three hours in all.",
        ),
    ]);
    let part = all
        .iter()
        .find(|l| l.contains("one-on-one"))
        .expect("a one-on-one finding");
    assert!(part.contains("40 min") && part.contains("45 min"), "{all:#?}");
    assert!(
        all.iter().all(|l| !(l.contains("40 min") && l.contains("3 h"))),
        "{all:#?}"
    );
}

/// A count whose noun the sentence before gave, and written figures that are close but not equal.
#[test]
fn elided_nouns_and_near_figures() {
    let all = claims(&[
        (
            "Ledger",
            "The minister wants to bring the soldiers home from Norland. There are nearly 1,900 stationed there. The 9,962-seat arena was full.",
        ),
        (
            "Courier",
            "The minister hopes to withdraw the 1,950 troops stationed in Norland. The 10,000-seat arena was full.",
        ),
    ]);
    let troops = one_titled(&all, "troops stationed");
    assert!(troops.contains("nearly 1,900 troops"), "{troops}");
    assert!(!troops.starts_with("agrees"), "{troops}");
    // 10,000 may be 9,962 rounded, but it is not the same figure.
    assert!(one_titled(&all, "seat").starts_with("differs"), "{all:#?}");
}

/// Timeline entries ("12:39 a.m. — The ferry departs") time their line's verb; a briefing is
/// one event whether called a press conference or a question-and-answer session; two exact
/// clock times a minute apart differ.
#[test]
fn timelines_briefings_and_minutes() {
    let all = claims(&[
        (
            "Ledger",
            "Investigators released this timeline:\n12:39 a.m. — The ferry, named Aria, departs the quay.\nThe storm struck at 11:49 p.m. Thursday local time. In a press conference lasting more than an hour, the mayor took questions.",
        ),
        (
            "Courier",
            "The ferry Aria departed the quay at 12:45 a.m. The storm struck at 11:50 p.m. Thursday. The mayor held a question and answer session that lasted almost an hour.",
        ),
    ]);
    assert!(one_titled(&all, "time of departs").starts_with("differs"), "{all:#?}");
    assert!(one_titled(&all, "time of storm").starts_with("differs"), "{all:#?}");
    assert!(
        one_titled(&all, "length of conference").starts_with("differs"),
        "{all:#?}"
    );
}
