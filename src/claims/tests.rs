//! Unit tests of extraction and normalization on invented sentences.

mod compare_tests;
mod magnitude_tests;
mod memo_tests;

use super::*;

/// Claims of a one-sentence article as (kind, printed text, described value).
pub(super) fn claims_of(s: &str) -> Vec<(ClaimKind, String, String)> {
    extract_claims(s, &[Span::new(0, s.len())], &ClaimContext::default())
        .into_iter()
        .map(|c| (c.kind, c.span.text(s).to_string(), c.value.describe()))
        .collect()
}

pub(super) fn one(s: &str, kind: ClaimKind) -> (String, String) {
    let found: Vec<_> = claims_of(s).into_iter().filter(|c| c.0 == kind).collect();
    assert_eq!(found.len(), 1, "{s}: {found:?}");
    found.into_iter().next().map(|c| (c.1, c.2)).unwrap_or_default()
}

fn dur(s: &str) -> String {
    one(s, ClaimKind::Duration).1
}

#[test]
fn durations() {
    assert_eq!(
        one("The four-hour hearing ended at dusk.", ClaimKind::Duration),
        ("four-hour hearing".into(), "4 h".into())
    );
    assert_eq!(
        one("The strike talks could last up to six hours.", ClaimKind::Duration),
        ("could last up to six hours".into(), "up to 6 h".into())
    );
    assert_eq!(dur("The vote took about 1.5 hours."), "about 1.5 h");
    assert_eq!(dur("The council debated for 75 minutes."), "1 h 15 min");
    assert_eq!(dur("The session ran two and a half hours."), "2.5 h");
    assert_eq!(dur("The trial day lasted four hours and 10 minutes."), "4 h 10 min");
    assert_eq!(dur("The rescue took an hour and a half."), "1.5 h");
    assert_eq!(dur("Delegates then took a 20-minute break."), "20 min");
    assert_eq!(dur("A 90-minute ceremony followed."), "1.5 h");
    assert_eq!(dur("The hearing lasted four to six hours."), "4 h to 6 h");
    assert_eq!(dur("They waited half an hour."), "30 min");
}

#[test]
fn quantities() {
    let q = |s: &str| one(s, ClaimKind::Quantity);
    assert_eq!(
        q("The army moved 100,000 troops north."),
        ("100,000 troops".into(), "100,000 troops".into())
    );
    assert_eq!(
        q("Investigators from 12 agencies arrived."),
        ("12 agencies".into(), "12 agencies".into())
    );
    assert_eq!(
        q("The depot held 1,800 tonnes of fertilizer."),
        ("1,800 tonnes".into(), "1,800 t".into())
    );
    assert_eq!(
        q("The flood in Marlow killed at least 40 people."),
        ("killed at least 40 people".into(), "≥ 40 people".into())
    );
    assert_eq!(
        q("Officials counted more than 2,000 injured."),
        ("more than 2,000 injured".into(), "> 2,000 people".into())
    );
    assert_eq!(
        q("Repairs will cost $2 billion to $4 billion."),
        (
            "$2 billion to $4 billion".into(),
            "2 billion USD to 4 billion USD".into()
        )
    );
    assert_eq!(
        q("A quarter of a million people fled the coast."),
        ("A quarter of a million people".into(), "250,000 people".into())
    );
    assert_eq!(
        q("Nearly 300 workers joined the strike."),
        ("Nearly 300 workers".into(), "nearly 300 people".into())
    );
    assert_eq!(
        q("Just under 50 boats were lost."),
        ("Just under 50 boats".into(), "nearly 50 boats".into())
    );
    assert_eq!(
        q("Some 600 residents were moved."),
        ("Some 600 residents".into(), "about 600 people".into())
    );
}

#[test]
fn times_of_day() {
    let t = |s: &str| one(s, ClaimKind::TimeOfDay).1;
    assert_eq!(t("The hearing opens at 1 p.m. local time."), "13:00 (local)");
    assert_eq!(t("The train left at 14:20 local time."), "14:20 (local)");
    assert_eq!(
        t("The dam gave way at 4:15 pm local (1415 GMT) on the day."),
        "16:15 (local) = 14:15 UTC"
    );
    assert_eq!(
        t("The rally began just after 10 a.m. ET near the port."),
        "about 10:00 (ET)"
    );
    assert_eq!(t("The blast hit at 0930 GMT."), "09:30 (UTC)");
    assert_eq!(t("The vote closes at 8pm in Lakeside."), "20:00 (unspecified)");
}

#[test]
fn dates() {
    let d = |s: &str| one(s, ClaimKind::Date).1;
    assert_eq!(d("The mayor will meet the union on Wednesday."), "Wednesday");
    assert_eq!(d("The fair opens on 3 May in Tolvik."), "3 May");
    assert_eq!(d("The ferry sank on May 3, 2021 near Pell."), "3 May 2021");
    // A bare month or year dates some other happening ("in October", "in 2019"), not the event.
    for s in [
        "The trial resumes in October.",
        "The plant closed in 2019 after the spill.",
    ] {
        assert!(claims_of(s).iter().all(|c| c.0 != ClaimKind::Date), "{s}");
    }
}

#[test]
fn relative_timing() {
    let r = |s: &str| one(s, ClaimKind::RelativeTime);
    let near = format!("Envoys should return in the {} future.", "near");
    assert_eq!(r(&near).1, "soon (unspecified)");
    assert_eq!(
        r("Staff are expected to return after the conference.").1,
        "after the meeting"
    );
    assert_eq!(r("A ruling is due within days.").1, "within 7 days");
    assert_eq!(r("The union will vote next week.").1, "next week");
    assert_eq!(
        r("The bridge will reopen by the end of the year.").1,
        "by the end of the year"
    );
    assert_eq!(r("The pipe burst two months ago.").1, "about 60 days ago");
    assert_eq!(r("The plant has leaked since 2016.").1, "since 2016");
    assert_eq!(r("Crews will arrive in three weeks.").1, "in about 21 days");
    assert_eq!(r("Trains stopped earlier this year.").1, "earlier this year");
}

#[test]
fn modality_and_attribution() {
    let s = "The inquiry is expected to last three days, the ministry said.";
    let c = extract_claims(s, &[Span::new(0, s.len())], &ClaimContext::default());
    assert_eq!(
        c.first().map(|c| (c.modality, c.attributed_to.clone())),
        Some((Modality::Expected, Some("the ministry".into())))
    );
    let s = "The storm killed 14 people, according to the regional fire service.";
    let c = extract_claims(s, &[Span::new(0, s.len())], &ClaimContext::default());
    assert_eq!(
        c.first().map(|c| (c.modality, c.attributed_to.clone())),
        Some((Modality::Reported, Some("the regional fire service".into())))
    );
    let s = "He said the hearing lasted two hours.";
    let c = extract_claims(s, &[Span::new(0, s.len())], &ClaimContext::default());
    assert_eq!(c.first().map(|c| c.attributed_to.clone()), Some(None));
}

#[test]
fn subjects_are_generic() {
    let s = "At least 40 people were killed and more than 2,000 injured in the quake.";
    let c = extract_claims(s, &[Span::new(0, s.len())], &ClaimContext::default());
    let roles: Vec<_> = c.iter().map(|c| c.subject.role.as_deref()).collect();
    assert_eq!(roles, vec![Some("die"), Some("injure")]);
    let s = "The talks could last up to six hours.";
    let c = extract_claims(s, &[Span::new(0, s.len())], &ClaimContext::default());
    assert_eq!(c.first().and_then(|c| c.subject.head.clone()), Some("meeting".into()));
    assert_eq!(c.first().and_then(|c| c.subject.verb.clone()), Some("last".into()));
}

#[test]
fn non_claims() {
    for s in [
        "The 2021 Harbour Games drew crowds.",
        "It was the first such case in the valley.",
        "1. Keep away from the river.",
        "Call 555-0142 or 020 7946 0958 for help.",
        "Updated 10:32 AM ET, Tue June 1.",
        "The two countries signed the pact.",
        "One of the guards spoke to reporters.",
        "The 18th-century mill was spared.",
        "The minister said on Monday that talks continue.",
        "The 25-year-old driver was unhurt.",
        "Air Force One landed.",
    ] {
        assert_eq!(claims_of(s), vec![], "{s}");
    }
}

#[test]
fn never_panics_on_truncations_and_scripts() {
    let tricky =
        "Über 1,800 tonnes — “about 1.5 hours” at 4:15 pm local (1415 GMT), 日本 🚒 2½ days ago, $2–$4 billion.";
    for (k, _) in tricky.char_indices().chain([(tricky.len(), ' ')]) {
        let t = tricky.get(..k).unwrap_or("");
        let _ = extract_claims(t, &[Span::new(0, t.len())], &ClaimContext::default());
        let _ = extract_claims(
            tricky,
            &[Span::new(k, tricky.len()), Span::new(0, k)],
            &ClaimContext::default(),
        );
    }
    let _ = extract_claims(
        "東京で３時間の会議 🎉🎉 ٣ ساعات",
        &[Span::new(0, 10), Span::new(1, 2), Span::new(0, 999)],
        &ClaimContext::default(),
    );
    assert_eq!(claims_of("🙂🙂🙂"), vec![]);
}

/// Every claim of every article is kept while the reader is open (299,000 of them for 10,000
/// synthetic articles): its width is memory, and the subject's words are boxed strings for that.
#[cfg(target_pointer_width = "64")]
#[test]
fn a_claim_stays_narrow() {
    assert!(std::mem::size_of::<Claim>() <= 176, "{}", std::mem::size_of::<Claim>());
}

#[test]
fn modality_names_are_the_json_ones() {
    for m in [Modality::Reported, Modality::Expected] {
        assert_eq!(serde_json::to_value(m).unwrap(), m.name());
    }
}
