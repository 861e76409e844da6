//! Comparison across outlets: group claims of one subject, then judge each group's values.

use std::collections::{HashMap, HashSet};

use rust_stemmers::{Algorithm, Stemmer};

use super::subject::{matches, stem};
use super::verdict::compare_values;
use super::{ArticleClaims, Claim, ClaimKind, Finding, Modality, Statement, Verdict};

/// Verdict for two claims: a conflict needs a strong subject match and the same modality;
/// a prediction against an outcome is at most a difference.
fn judge(a: &Claim, b: &Claim, strong: bool) -> (Verdict, String) {
    let (mut v, reason) = compare_values(&a.value, &b.value);
    let mut reason = reason.to_string();
    // Past versus future is incompatible whatever the modality: what happened two months
    // ago cannot be expected next week. Other expected-versus-reported gaps are differences.
    let past_future = reason.starts_with("timings far apart");
    if v != Verdict::Agrees && a.modality != b.modality && !past_future {
        v = Verdict::Differs;
        reason = format!("a prediction against a reported value ({reason})");
    } else if v == Verdict::Conflict && !strong {
        v = Verdict::Differs;
        reason = format!("{reason}, but the subjects may not be the same");
    }
    (v, reason)
}

struct Item<'a> {
    slot: usize,
    claim: usize,
    c: &'a Claim,
}

fn describe(a: &ArticleClaims<'_>, c: &Claim) -> String {
    let verb = match c.modality {
        Modality::Reported => "reports",
        Modality::Expected => "expects",
    };
    let src = c
        .attributed_to
        .as_ref()
        .map(|s| format!(" (attributed to {s})"))
        .unwrap_or_default();
    format!("article {} {verb} {}{src}", a.article, c.value.describe())
}

/// Compare claims across the articles of one story. Findings span at least two articles
/// and are sorted conflicts first, then differences, then agreements.
pub fn compare_claims(articles: &[ArticleClaims<'_>]) -> Vec<Finding> {
    let df = name_frequency(articles);
    let threshold = 2.max((articles.len() * 2).div_ceil(5));
    let common = |n: &str| df.get(n).is_some_and(|c| *c >= threshold);
    let stemmer = Stemmer::create(Algorithm::English);
    let items: Vec<Item<'_>> = articles
        .iter()
        .enumerate()
        .flat_map(|(slot, a)| {
            a.claims
                .iter()
                .enumerate()
                .map(move |(claim, c)| Item { slot, claim, c })
        })
        .collect();
    // Each group is anchored on its first claim; joining needs a match with the anchor,
    // which keeps chains of loose matches from merging distinct subjects.
    let mut groups: Vec<Vec<usize>> = Vec::new();
    for (ix, it) in items.iter().enumerate() {
        let best = groups
            .iter()
            .enumerate()
            .filter_map(|(g, members)| {
                let anchor = items.get(*members.first()?)?;
                (anchor.c.kind == it.c.kind).then_some(())?;
                matches(&anchor.c.subject, &it.c.subject, it.c.kind, &common)?;
                Some((
                    it.c.subject
                        .terms
                        .iter()
                        .filter(|t| anchor.c.subject.terms.contains(t))
                        .count(),
                    g,
                ))
            })
            .max_by_key(|(score, g)| (*score, usize::MAX - g));
        match best.and_then(|(_, g)| groups.get_mut(g)) {
            Some(members) => members.push(ix),
            None => groups.push(vec![ix]),
        }
    }
    let mut findings = Vec::new();
    for members in groups {
        let group: Vec<&Item<'_>> = members.iter().filter_map(|m| items.get(*m)).collect();
        let mut slots: Vec<usize> = group.iter().map(|i| i.slot).collect();
        slots.dedup();
        slots.sort_unstable();
        slots.dedup();
        let (Some(first), true) = (group.first(), slots.len() >= 2) else {
            continue;
        };
        // Per pair of articles keep their most agreeable pair of claims (an article may
        // restate or update a value); the finding takes the worst article pair.
        let mut worst: Option<(Verdict, String)> = None;
        for (x, &sa) in slots.iter().enumerate() {
            for &sb in slots.iter().skip(x + 1) {
                let best = group
                    .iter()
                    .filter(|i| i.slot == sa)
                    .flat_map(|i| group.iter().filter(|j| j.slot == sb).map(move |j| (i, j)))
                    .map(|(i, j)| {
                        let strong = matches(&i.c.subject, &j.c.subject, i.c.kind, &common).unwrap_or(false);
                        judge(i.c, j.c, strong)
                    })
                    .max_by_key(|(v, _)| *v);
                if let Some(b) = best
                    && worst.as_ref().is_none_or(|w| b.0 < w.0)
                {
                    worst = Some(b);
                }
            }
        }
        let Some((verdict, reason)) = worst else { continue };
        let mut parts: Vec<String> = group
            .iter()
            .filter_map(|i| articles.get(i.slot).map(|a| describe(a, i.c)))
            .collect();
        parts.dedup();
        let mut explanation = format!("{}: {reason}.", parts.join("; "));
        let sentences: Vec<(usize, &str)> = group
            .iter()
            .filter_map(|i| {
                let a = articles.get(i.slot)?;
                Some((i.slot, a.sentences.get(i.c.sentence)?.text(a.text).trim()))
            })
            .collect();
        let copied = sentences
            .iter()
            .any(|(s, t)| sentences.iter().any(|(s2, t2)| s != s2 && t == t2 && !t.is_empty()));
        if copied {
            explanation.push_str(
                " Some articles print the same sentence (shared wire copy), so agreement is not independent.",
            );
        }
        findings.push(Finding {
            subject: label(articles, &group, &stemmer),
            kind: first.c.kind,
            verdict,
            explanation,
            statements: group
                .iter()
                .filter_map(|i| {
                    Some(Statement {
                        article: articles.get(i.slot)?.article,
                        claim: i.claim,
                    })
                })
                .collect(),
        });
    }
    findings.sort_by(|a, b| {
        a.verdict
            .cmp(&b.verdict)
            .then_with(|| kind_rank(a.kind).cmp(&kind_rank(b.kind)))
    });
    findings
}

/// In how many articles each capitalized word occurs (lower-cased): names most of the
/// story mentions say nothing about which event a claim is about.
fn name_frequency(articles: &[ArticleClaims<'_>]) -> HashMap<String, usize> {
    let mut df = HashMap::new();
    for a in articles {
        let names: HashSet<String> = a
            .text
            .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '\u{2019}')
            .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
            .map(|w| {
                w.to_lowercase()
                    .replace('\u{2019}', "'")
                    .trim_end_matches("'s")
                    .to_string()
            })
            .collect();
        for n in names {
            *df.entry(n).or_insert(0) += 1;
        }
    }
    df
}

/// The finding's label: the anchor's, except that relative timings name the action plus
/// the nouns every statement's sentence shares ("return (ambassadors, posts)").
fn label(articles: &[ArticleClaims<'_>], group: &[&Item<'_>], stemmer: &Stemmer) -> String {
    let Some(first) = group.first() else {
        return String::new();
    };
    let subject = &first.c.subject;
    if first.c.kind != ClaimKind::RelativeTime {
        return subject.label.clone();
    }
    let sentence = articles
        .get(first.slot)
        .and_then(|a| a.sentences.get(first.c.sentence).map(|s| s.text(a.text)))
        .unwrap_or("");
    let mut nouns: Vec<String> = Vec::new();
    for w in sentence.split(|c: char| !c.is_alphanumeric() && c != '-') {
        let w = w.to_lowercase();
        let st = stem(stemmer, &w);
        let shared = group.iter().all(|i| i.c.subject.terms.contains(&st));
        if w.len() > 3 && w.ends_with('s') && shared && Some(&st) != subject.verb.as_ref() && !nouns.contains(&w) {
            nouns.push(w);
        }
    }
    let verb = subject.label.split(' ').next().unwrap_or("timing");
    if nouns.is_empty() {
        verb.to_string()
    } else {
        format!(
            "{verb} ({})",
            nouns.iter().take(3).cloned().collect::<Vec<_>>().join(", ")
        )
    }
}

fn kind_rank(k: ClaimKind) -> u8 {
    k as u8
}
