//! Comparison tests on short invented articles: several outlets, one story.

use super::super::*;

/// An article made of sentences joined by spaces, with their spans.
struct Doc {
    text: String,
    sentences: Vec<Span>,
    claims: Vec<Claim>,
}

fn doc(sentences: &[&str]) -> Doc {
    let mut text = String::new();
    let mut spans = Vec::new();
    for s in sentences {
        if !text.is_empty() {
            text.push(' ');
        }
        spans.push(Span::new(text.len(), text.len() + s.len()));
        text.push_str(s);
    }
    let claims = extract_claims(&text, &spans, &ClaimContext::default());
    Doc {
        text,
        sentences: spans,
        claims,
    }
}

/// Outlet names the explanations use, one per article of a test story.
const OUTLETS: [&str; 4] = ["Daily Planet", "Morning Ledger", "Evening Courier", "Harbor Times"];

fn compare(docs: &[Doc]) -> Vec<Finding> {
    let arts: Vec<ArticleClaims<'_>> = docs
        .iter()
        .enumerate()
        .map(|(k, d)| ArticleClaims {
            article: k,
            label: OUTLETS.get(k).copied().unwrap_or("Other Outlet"),
            text: &d.text,
            sentences: &d.sentences,
            claims: &d.claims,
            published: None,
        })
        .collect();
    compare_claims(&arts)
}

fn verdicts(docs: &[Doc], kind: ClaimKind) -> Vec<Verdict> {
    compare(docs)
        .into_iter()
        .filter(|f| f.kind == kind)
        .map(|f| f.verdict)
        .collect()
}

#[test]
fn prediction_against_outcome_is_its_own_verdict() {
    let a = doc(&["The trade conference in Velmar could last up to six hours, organisers said."]);
    let b = doc(&["Delegates left after the two-hour conference ended without a deal."]);
    let f = compare(&[a, b]);
    assert_eq!(
        f.iter().map(|f| (f.kind, f.verdict)).collect::<Vec<_>>(),
        vec![(ClaimKind::Duration, Verdict::Expected)]
    );
    assert!(f.first().is_some_and(|f| f.explanation.contains("prediction")));
}

#[test]
fn explanations_name_outlets() {
    let a = doc(&["The trade conference in Velmar could last up to six hours, organisers said."]);
    let b = doc(&["Delegates left after the two-hour conference ended without a deal."]);
    let f = compare(&[a, b]);
    let explanation = f.first().map(|f| f.explanation.as_str()).unwrap_or("");
    assert!(
        explanation
            .starts_with("Daily Planet expects up to 6 h (attributed to organisers); Morning Ledger reports 2 h:"),
        "{explanation}"
    );
    assert!(!explanation.contains("article "), "{explanation}");
}

#[test]
fn incompatible_durations_conflict_and_sort_first() {
    let a = doc(&[
        "The rail strike in Dunmore lasted two days.",
        "Some 3,000 drivers joined the rail strike in Dunmore.",
    ]);
    let b = doc(&[
        "The rail strike in Dunmore lasted five days.",
        "About 3,000 drivers joined the rail strike in Dunmore.",
    ]);
    let f = compare(&[a, b]);
    assert_eq!(
        f.iter().map(|f| (f.kind, f.verdict)).collect::<Vec<_>>(),
        vec![
            (ClaimKind::Duration, Verdict::Conflict),
            (ClaimKind::Quantity, Verdict::Agrees)
        ]
    );
}

#[test]
fn same_counts_agree_and_units_never_pair() {
    let a = doc(&[
        "The flood in Harwick killed 12 people, police said.",
        "Crews removed 40 tonnes of mud in Harwick.",
    ]);
    let b = doc(&[
        "Twelve people were killed by the flood in Harwick.",
        "Workers from 40 agencies helped in Harwick.",
    ]);
    let f = compare(&[a, b]);
    assert_eq!(
        f.iter().map(|f| (f.subject.as_str(), f.verdict)).collect::<Vec<_>>(),
        vec![("people killed", Verdict::Agrees)]
    );
}

#[test]
fn distinct_subjects_do_not_merge_and_rising_tolls_are_updates() {
    let a = doc(&["At least 40 people were killed and more than 2,000 injured in the quake."]);
    let b = doc(&["The quake killed at least 52 people and injured more than 2,000."]);
    let f = compare(&[a, b]);
    let mut got: Vec<_> = f
        .iter()
        .map(|f| (f.subject.clone(), f.verdict, f.statements.len()))
        .collect();
    got.sort();
    assert_eq!(got, vec![("people killed".to_string(), Verdict::Updated, 2)]);
}

#[test]
fn relative_timing_verdicts() {
    let a = doc(&["The judge said witnesses would testify soon."]);
    let b = doc(&["Witnesses will testify after the hearing, lawyers said."]);
    assert_eq!(verdicts(&[a, b], ClaimKind::RelativeTime), vec![Verdict::Differs]);
    let a = doc(&["The chemical plant near Orrin will reopen next week, the company said."]);
    let b = doc(&["The chemical plant near Orrin reopened two months ago."]);
    assert_eq!(verdicts(&[a, b], ClaimKind::RelativeTime), vec![Verdict::Conflict]);
    let a = doc(&["Investors expect the port to reopen within days."]);
    let b = doc(&["Officials said the port would reopen within days."]);
    assert_eq!(verdicts(&[a, b], ClaimKind::RelativeTime), vec![Verdict::Agrees]);
}

#[test]
fn clock_times_convert_zones() {
    let a = doc(&["The dam at Perrow failed at 4:15 pm local (1415 GMT)."]);
    let b = doc(&["The dam at Perrow failed at 14:15 GMT."]);
    assert_eq!(verdicts(&[a, b], ClaimKind::TimeOfDay), vec![Verdict::Agrees]);
    let a = doc(&["The dam at Perrow failed at 1 p.m. local time."]);
    let b = doc(&["The dam at Perrow failed at 3 p.m. local time."]);
    assert_eq!(verdicts(&[a, b], ClaimKind::TimeOfDay), vec![Verdict::Conflict]);
}

#[test]
fn weekdays_and_participants() {
    let a = doc(&["The mayor of Tolvik met union leaders on Wednesday."]);
    let b = doc(&["The mayor of Tolvik met union leaders on Thursday."]);
    let c = doc(&["The mayor of Tolvik met Governor Ashby on Monday."]);
    let f = compare(&[a, b, c]);
    assert_eq!(
        f.iter()
            .map(|f| (f.kind, f.verdict, f.statements.len()))
            .collect::<Vec<_>>(),
        // Without publication dates, "Wednesday" and "Thursday" may be one day written a day apart.
        vec![(ClaimKind::Date, Verdict::Differs, 2)]
    );
}

#[test]
fn headline_and_body_and_wire_copy() {
    let wire = "Floodwater forced 5,000 residents of Calder to be evacuated, the council said.";
    let a = doc(&["5,000 residents of Calder evacuated", wire]);
    let b = doc(&[wire]);
    let f = compare(&[a, b]);
    assert_eq!(f.len(), 1);
    let f = f.into_iter().next();
    assert_eq!(
        f.as_ref().map(|f| (f.verdict, f.statements.len())),
        Some((Verdict::Agrees, 3))
    );
    assert!(f.is_some_and(|f| f.explanation.contains("wire copy")));
}

#[test]
fn report_resolves_statements() {
    let a = doc(&["The inquiry in Brell is expected to take three days."]);
    let b = doc(&["The inquiry in Brell took four days."]);
    let arts = [
        ArticleClaims {
            article: 7,
            label: "Valley Post",
            text: &a.text,
            sentences: &a.sentences,
            claims: &a.claims,
            published: None,
        },
        ArticleClaims {
            article: 9,
            label: "Metro Wire",
            text: &b.text,
            sentences: &b.sentences,
            claims: &b.claims,
            published: None,
        },
    ];
    let r = report(&arts, &compare_claims(&arts));
    let s: Vec<_> = r
        .iter()
        .flat_map(|f| {
            f.statements
                .iter()
                .map(|s| (s.article, s.text.clone(), s.value.clone()))
        })
        .collect();
    assert_eq!(
        s,
        vec![
            (7, "expected to take three days".to_string(), "3 days".to_string()),
            (9, "took four days".into(), "4 days".into())
        ]
    );
    let json = serde_json::to_string(&r).unwrap_or_default();
    assert!(json.contains("\"verdict\":\"expected\""));
    assert!(json.contains("\"kind\":\"duration\""));
}

/// One long article with hundreds of unrelated figures, many under the same noun: claims are
/// tried only against groups sharing their head or verb, and the one fact both articles give
/// still pairs, with each article's value once.
#[test]
fn a_long_article_still_pairs_its_fact() {
    let mut long: Vec<String> = (0..400)
        .map(|k| format!("In Village{k} the council counted {} goats.", 10 + k))
        .collect();
    long.push("The rail strike in Dunmore lasted two days.".into());
    long.extend((0..400).map(|k| format!("Crews in Hamlet{k} cleared {} tonnes of mud.", 5 + k)));
    let long: Vec<&str> = long.iter().map(String::as_str).collect();
    let a = doc(&long);
    let b = doc(&["The rail strike in Dunmore lasted five days."]);
    let f = compare(&[a, b]);
    assert_eq!(
        f.iter()
            .map(|f| (f.kind, f.verdict, f.statements.len()))
            .collect::<Vec<_>>(),
        vec![(ClaimKind::Duration, Verdict::Conflict, 2)]
    );
    assert_eq!(f[0].clusters.len(), 2);
}
