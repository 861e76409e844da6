//! A story's articles share one memo of the sentences already read: each article's claims must
//! be what it yields read alone, whatever the other articles printed before it.

use super::*;
use crate::text::split_sentences;

/// Articles of one invented story: wire copy with the same sentences after different ones, a
/// count whose noun is in the sentence before, a past year, relative days and clock times.
const ARTICLES: [&str; 4] = [
    "The ships left the harbor on Monday. There are nearly 900 stationed there. \
     The talks lasted three hours, officials said. Yesterday, 40 people were hurt at 4 p.m. \
     The 1961 flood killed 48 people.",
    "He wants the soldiers home. There are nearly 900 stationed there. \
     The talks lasted three hours, officials said. The 1961 flood killed 48 people. \
     Yesterday, 40 people were hurt at 4 p.m.",
    "There are nearly 900 stationed there. The talks lasted three hours, officials said. \
     \"We will return today,\" she said on Monday. The talks lasted three hours, officials said.",
    "He wants the soldiers home. There are nearly 900 stationed there. In 2019, 12 boats sank. \
     Yesterday, 40 people were hurt at 4 p.m. on June 2.",
];

fn contexts() -> [ClaimContext; 4] {
    let day = |d| jiff::civil::Date::new(2024, 6, d).ok();
    [
        ClaimContext::with_years(day(5), None, None),
        ClaimContext::with_years(None, Some(2024), None),
        ClaimContext::with_years(day(7), None, Some("TOLVIK")),
        ClaimContext::with_years(None, None, None).or_year(Some(2024)),
    ]
}

#[test]
fn a_shared_memo_changes_no_article_s_claims() {
    let spans: Vec<Vec<Span>> = ARTICLES
        .iter()
        .map(|t| {
            split_sentences(t, &[Span::new(0, t.len())])
                .iter()
                .map(|s| s.span)
                .collect()
        })
        .collect();
    let contexts = contexts();
    // Every order, so each article is read both first and after the others.
    for first in 0..ARTICLES.len() {
        let mut memo = ClaimMemo::default();
        for k in (0..ARTICLES.len()).map(|k| (k + first) % ARTICLES.len()) {
            let alone = extract_claims(ARTICLES[k], &spans[k], &contexts[k]);
            let shared = extract_claims_with(ARTICLES[k], &spans[k], &contexts[k], &mut memo);
            assert_eq!(shared, alone, "article {k}, read after {first}");
        }
    }
    // The cases above are really there: a count named by the sentence before, and a past year.
    let claims = extract_claims(ARTICLES[1], &spans[1], &contexts[1]);
    assert!(
        claims.iter().any(|c| c.subject.label.starts_with("troops")),
        "{claims:?}"
    );
    assert!(claims.iter().any(|c| c.subject.label.contains("(1961)")), "{claims:?}");
}
