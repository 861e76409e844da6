//! Comparison across outlets: group claims of one subject, then judge each group's values.

use rust_stemmers::{Algorithm, Stemmer};

use super::anchors::group_items;
use super::clusters::clusters;
use super::evolve::{against_time, distinct_values, evolving, latest_figures};
use super::item::Item;
use super::matching::{Names, count_sorted, matches};
use super::scope::local_names;
use super::subject::stem;
use super::verdict::{INCOMPARABLE, compare_values};
use super::{ArticleClaims, Claim, ClaimKind, Finding, Modality, Statement, Verdict};
use crate::text::capitalized_pieces;
use rustc_hash::{FxHashMap as FxMap, FxHashSet as FxSet};

/// Why two claims got their verdict: the value comparison's reason, possibly qualified.
/// Kept unformatted so that judging the many claim pairs of a group allocates nothing.
#[derive(Clone, Copy)]
enum Reason {
    Values(&'static str),
    /// A prediction against a reported value.
    Prediction(&'static str),
    /// Incompatible values whose subjects only loosely match.
    Unsure(&'static str),
}

impl Reason {
    fn text(self) -> String {
        match self {
            Reason::Values(r) => r.to_string(),
            Reason::Prediction(r) => format!("a prediction against a reported value ({r})"),
            Reason::Unsure(r) => format!("{r}, but the subjects may not be the same"),
        }
    }
}

/// Verdict for two claims, `None` when their values cannot be compared. A conflict needs a
/// strong subject match and the same modality; a prediction against an outcome is its own
/// verdict. `strong` is only asked for when it matters (a conflict), since matching subjects
/// is the costlier test.
fn judge(a: &Claim, b: &Claim, strong: impl FnOnce() -> bool) -> Option<(Verdict, Reason)> {
    let (v, reason) = compare_values(&a.value, &b.value);
    if reason == INCOMPARABLE {
        return None;
    }
    // Past versus future is incompatible whatever the modality: what happened two months
    // ago cannot be expected next week. Other expected-versus-reported gaps are predictions.
    let past_future = reason.starts_with("timings far apart");
    // "Could last up to six hours" and "lasted three": compatible, yet a prediction beside an
    // outcome is what the reader wants to see; only the very same value agrees across modalities.
    let same = v == Verdict::Agrees && reason.starts_with("same");
    Some(if !same && a.modality != b.modality && !past_future {
        (Verdict::Expected, Reason::Prediction(reason))
    } else if v == Verdict::Conflict && !strong() {
        (Verdict::Differs, Reason::Unsure(reason))
    } else {
        (v, Reason::Values(reason))
    })
}

/// The most agreeable verdict among the claim pairs of two articles (`a` from one, `b`
/// from the other), and on ties the last pair in order — walking backwards, the first —
/// so that an agreement ends the search.
fn best_pair<'x, 'a: 'x>(
    a: &[&'x Item<'a>],
    b: &[&'x Item<'a>],
    judge: impl Fn(&Item<'a>, &Item<'a>) -> Option<(Verdict, Reason)>,
) -> Option<(Verdict, Reason)> {
    let mut best: Option<(Verdict, Reason)> = None;
    for i in a.iter().rev() {
        for j in b.iter().rev() {
            let Some(r) = judge(i, j) else { continue };
            if best.as_ref().is_none_or(|b| r.0 > b.0) {
                best = Some(r);
            }
            if r.0 == Verdict::Agrees {
                return best;
            }
        }
    }
    best
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
    format!("{} {verb} {}{src}", a.label, c.value.describe())
}

/// Compare claims across the articles of one story. Findings span at least two articles
/// and are sorted conflicts first, then differences, predictions, updated figures and agreements.
pub fn compare_claims(articles: &[ArticleClaims<'_>]) -> Vec<Finding> {
    let df = name_frequency(articles);
    let threshold = 2.max((articles.len() * 2).div_ceil(5));
    let common = |n: &str| df.get(n).is_some_and(|c| *c >= threshold);
    let everywhere = 2.max((articles.len() * 2).div_ceil(3));
    let setting = |n: &str| df.get(n).is_some_and(|c| *c >= everywhere);
    let localities: FxSet<String> = articles.iter().flat_map(|a| local_names(a.text)).collect();
    let local = |n: &str| localities.contains(n);
    let names = Names {
        common: &common,
        setting: &setting,
        local: &local,
    };
    let stemmer = Stemmer::create(Algorithm::English);
    let mut ids: FxMap<&str, u32> = FxMap::default();
    let mut items: Vec<Item<'_>> = Vec::new();
    for (slot, a) in articles.iter().enumerate() {
        for (claim, c) in a.claims.iter().enumerate() {
            let mut terms: Vec<u32> = c
                .subject
                .m()
                .terms
                .iter()
                .map(|t| {
                    let next = u32::try_from(ids.len()).unwrap_or(u32::MAX);
                    *ids.entry(t.as_str()).or_insert(next)
                })
                .collect();
            terms.sort_unstable();
            items.push(Item { slot, claim, c, terms });
        }
    }
    let shared = |a: &Item<'_>, b: &Item<'_>| count_sorted(&a.terms, &b.terms);
    // The story's own incident is the one its claims name most; a count next to another kind of
    // incident ("a storm days earlier killed 31") is about that other event.
    let mut incidents: FxMap<&str, usize> = FxMap::default();
    for it in &items {
        if let Some(w) = it.c.subject.m().incident.as_deref() {
            *incidents.entry(w).or_insert(0) += 1;
        }
    }
    let main_incident = incidents
        .iter()
        .max_by_key(|(w, n)| (**n, std::cmp::Reverse(**w)))
        .map(|(w, _)| *w);
    let other_event: Vec<Option<&str>> = items
        .iter()
        .map(|it| {
            it.c.subject
                .m()
                .incident
                .as_deref()
                .filter(|w| Some(*w) != main_incident)
        })
        .collect();
    let groups = group_items(&items, &other_event, &names);
    let mut findings = Vec::new();
    for members in groups {
        // Background about another happening (an earlier storm's toll, the 1961 flood) is not
        // what the story's outlets disagree or agree on: no finding.
        let background = members.first().is_some_and(|&m| {
            other_event.get(m).is_some_and(Option::is_some)
                || items.get(m).is_some_and(|i| i.c.subject.m().era.is_some())
        });
        if background {
            continue;
        }
        let group: Vec<&Item<'_>> = members.iter().filter_map(|m| items.get(*m)).collect();
        let mut slots: Vec<usize> = group.iter().map(|i| i.slot).collect();
        slots.dedup();
        slots.sort_unstable();
        slots.dedup();
        let (Some(kind), true) = (group.first().map(|f| f.c.kind), slots.len() >= 2) else {
            continue;
        };
        // Per pair of articles keep their most agreeable pair of claims (an article may
        // restate or update a value); the finding takes the worst article pair.
        // The first conflict is final: later pairs only replace a strictly worse verdict.
        let mut worst: Option<(Verdict, Reason)> = None;
        // Each article's claims in group order, articles in order (a stable sort by article).
        let mut ordered = group.clone();
        ordered.sort_by_key(|i| i.slot);
        let by_slot: Vec<&[&Item<'_>]> = ordered.chunk_by(|a, b| a.slot == b.slot).collect();
        'pairs: for (x, sa) in by_slot.iter().enumerate() {
            for sb in by_slot.iter().skip(x + 1) {
                let best = best_pair(sa, sb, |i, j| {
                    judge(i.c, j.c, || {
                        matches(&i.c.subject, &j.c.subject, i.c.kind, &names, || shared(i, j)).unwrap_or(false)
                    })
                });
                if let Some(b) = best
                    && worst.as_ref().is_none_or(|w| b.0 < w.0)
                {
                    worst = Some(b);
                }
                if worst.as_ref().is_some_and(|w| w.0 == Verdict::Conflict) {
                    break 'pairs;
                }
            }
        }
        let Some((mut verdict, reason)) = worst else { continue };
        // An agreement shows only the statements that agree with another outlet's: an article
        // may also print some other day or figure, which this finding does not vouch for.
        let group: Vec<&Item<'_>> = if verdict == Verdict::Agrees {
            group
                .iter()
                .copied()
                .filter(|i| {
                    by_slot
                        .iter()
                        .filter(|s| s.first().is_some_and(|j| j.slot != i.slot))
                        .flat_map(|s| s.iter())
                        .any(|j| compare_values(&i.c.value, &j.c.value).0 == Verdict::Agrees)
                })
                .collect()
        } else {
            group
        };
        let mut parts: Vec<String> = group
            .iter()
            .filter_map(|i| articles.get(i.slot).map(|a| describe(a, i.c)))
            .collect();
        parts.dedup();
        let mut explanation = format!("{}: {}.", parts.join("; "), reason.text());
        // A toll of "at least 12" and a later "19" are compatible, yet the figure moved.
        if verdict != Verdict::Expected
            && (verdict != Verdict::Agrees || distinct_values(&group))
            && evolving(articles, &group)
            && !against_time(articles, &group)
        {
            verdict = Verdict::Updated;
            explanation = latest_figures(articles, &group);
        }
        let sentences: Vec<(usize, &str)> = group
            .iter()
            .filter_map(|i| {
                let a = articles.get(i.slot)?;
                Some((i.slot, a.sentences.get(i.c.sentence)?.text(a.text).trim()))
            })
            .collect();
        let mut printed_by: FxMap<&str, usize> = FxMap::default();
        let copied = sentences
            .iter()
            .filter(|(_, t)| !t.is_empty())
            .any(|&(s, t)| *printed_by.entry(t).or_insert(s) != s);
        if copied {
            explanation.push_str(
                " Some articles print the same sentence (shared wire copy), so agreement is not independent.",
            );
        }
        findings.push(Finding {
            clusters: clusters(articles, &group),
            subject: label(articles, &group, &stemmer),
            kind,
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
    drop_redundant(&mut findings);
    findings.sort_by(|a, b| {
        a.verdict
            .cmp(&b.verdict)
            .then_with(|| kind_rank(a.kind).cmp(&kind_rank(b.kind)))
    });
    findings
}

/// Drop a finding that says nothing another does not: of the same kind, from articles that
/// finding also covers, with values it also shows (an article printing one figure twice, a
/// fact split under two labels). Only small findings are checked, to keep this cheap.
fn drop_redundant(findings: &mut Vec<Finding>) {
    let articles = |f: &Finding| -> Vec<usize> {
        let mut a: Vec<usize> = f.statements.iter().map(|s| s.article).collect();
        a.sort_unstable();
        a.dedup();
        a
    };
    let covered: Vec<Vec<usize>> = findings.iter().map(articles).collect();
    let redundant: Vec<bool> = findings
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let mine = &covered[i];
            mine.len() <= 3
                && findings.iter().enumerate().any(|(j, g)| {
                    let theirs = &covered[j];
                    j != i
                        && g.kind == f.kind
                        && (theirs.len(), j) > (mine.len(), i)
                        && mine.iter().all(|a| theirs.binary_search(a).is_ok())
                        && f.clusters.iter().all(|c| g.clusters.iter().any(|d| d.value == c.value))
                })
        })
        .collect();
    let mut keep = redundant.iter().map(|r| !r);
    findings.retain(|_| keep.next().unwrap_or(true));
}

/// In how many articles each capitalized word occurs (lower-cased): names most of the
/// story mentions say nothing about which event a claim is about.
fn name_frequency(articles: &[ArticleClaims<'_>]) -> FxMap<String, usize> {
    let mut df: FxMap<String, usize> = FxMap::default();
    let mut names: FxSet<String> = FxSet::default();
    let mut lower = String::new();
    for a in articles {
        // Capitalized words, lower-cased with the curly apostrophe folded and "'s" cut, each
        // allocated once per article at most.
        for w in capitalized_pieces(a.text, |c| c.is_alphanumeric() || c == '\'' || c == '\u{2019}') {
            lower.clear();
            if w.is_ascii() {
                lower.push_str(w);
                lower.make_ascii_lowercase();
            } else {
                lower.push_str(&w.to_lowercase().replace('\u{2019}', "'"));
            }
            // `trim_end_matches("'s")` without building a substring searcher for every word.
            let mut name = lower.as_str();
            while let Some(shorter) = name.strip_suffix("'s") {
                name = shorter;
            }
            if !names.contains(name) {
                names.insert(name.to_string());
            }
        }
        for n in names.drain() {
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
        return subject.label.to_string();
    }
    let sentence = articles
        .get(first.slot)
        .and_then(|a| a.sentences.get(first.c.sentence).map(|s| s.text(a.text)))
        .unwrap_or("");
    let mut nouns: Vec<String> = Vec::new();
    for w in sentence.split(|c: char| !c.is_alphanumeric() && c != '-') {
        let w = w.to_lowercase();
        let st = stem(stemmer, &w);
        let shared = group.iter().all(|i| i.c.subject.m().terms.contains(&st));
        if w.len() > 3
            && w.ends_with('s')
            && shared
            && Some(st.as_str()) != subject.verb.as_deref()
            && !nouns.contains(&w)
        {
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
