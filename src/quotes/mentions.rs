//! Tracking where people are named outside quotes, so pronouns and descriptions can point back.

use super::lexicon::{is_org_word, is_person_title, is_role_noun};
use super::names::{normalize_name, surname_key};
use super::phrases::Ctx;
use std::collections::HashMap;

/// A named person (or capitalized organization) at a byte position.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    pub pos: usize,
    pub name: String,
    /// False for organizations: they can speak but pronouns never refer to them.
    pub person: bool,
}

/// Headlines are Title Cased, so every word looks like a name; there only titles count. Name-dense
/// sentences are also mostly capitalized, but unlike headlines they end with punctuation.
fn title_cased(ctx: &Ctx, lo: usize, hi: usize) -> bool {
    if hi <= lo || !ctx.word(hi - 1) {
        return false;
    }
    let long: Vec<usize> = (lo..hi)
        .filter(|&i| ctx.word(i) && ctx.lower(i).chars().count() > 3)
        .collect();
    long.len() >= 3 && long.iter().filter(|&&i| ctx.cap(i)).count() * 4 >= long.len() * 3
}

/// Token ranges `[lo, hi)` of text outside quotes, one per paragraph piece.
pub type Segment = (usize, usize);

/// Person mentions in text order. `segments` are the unquoted token ranges, each tagged with the
/// paragraph range it belongs to (for the headline check).
pub fn collect(ctx: &Ctx, segments: &[(Segment, Segment)]) -> Vec<Mention> {
    let mut out = Vec::new();
    let mut covered = vec![false; ctx.toks.len()];
    let mut headline_cache: HashMap<Segment, bool> = HashMap::new();
    for &((lo, hi), para) in segments {
        let headline = *headline_cache
            .entry(para)
            .or_insert_with(|| title_cased(ctx, para.0, para.1));
        let mut i = lo;
        while i < hi {
            let Some(end) = ctx.run_forward(i, hi) else {
                i += 1;
                continue;
            };
            if let Some(m) = judge_run(ctx, lo, i, end, hi, headline) {
                covered.iter_mut().take(end).skip(i).for_each(|c| *c = true);
                out.push(m);
            }
            i = end.max(i + 1);
        }
    }
    // Later bare-surname mentions ("Lima") of people already introduced with more context.
    let known: HashMap<String, String> = out
        .iter()
        .filter(|m| m.person)
        .map(|m| (surname_key(&m.name), m.name.clone()))
        .collect();
    for &((lo, hi), _) in segments {
        for i in lo..hi {
            if covered.get(i).copied().unwrap_or(true) || !ctx.cap(i) {
                continue;
            }
            let word = ctx.slice(i, i + 1);
            if known.contains_key(&surname_key(word))
                && let Some(name) = normalize_name(word)
            {
                out.push(Mention {
                    pos: ctx.pos(i),
                    name,
                    person: true,
                });
            }
        }
    }
    out.sort_by_key(|m| m.pos);
    out
}

/// Decides whether the capitalized run `[a, end)` names someone.
fn judge_run(ctx: &Ctx, lo: usize, a: usize, end: usize, hi: usize, headline: bool) -> Option<Mention> {
    let titled = (a..end.saturating_sub(1)).any(|k| is_person_title(ctx.lower(k)));
    let after = ctx.skip_adverbs_forward(end, hi);
    let verb_after = after < hi && ctx.verb(after);
    let verb_before = a > lo && ctx.verb(a - 1);
    let role_at = |k: usize| k >= lo && ctx.word(k) && !ctx.cap(k) && is_role_noun(ctx.lower(k));
    let role_before =
        end - a >= 2 && a > lo && (role_at(a - 1) || (a >= lo + 2 && ctx.punct(a - 1, &[',']) && role_at(a - 2)));
    if !(titled || (!headline && (verb_after || verb_before || role_before))) {
        return None;
    }
    let name = normalize_name(ctx.slice(a, end))?;
    let after_the = a > lo && ctx.lower(a - 1) == "the";
    let org = after_the || name.split_whitespace().any(|w| is_org_word(&w.to_lowercase()));
    Some(Mention {
        pos: ctx.pos(a),
        name,
        person: !org || titled,
    })
}

/// The nearest person named before byte `pos`.
pub fn nearest_person_before(mentions: &[Mention], pos: usize) -> Option<&Mention> {
    let idx = mentions.partition_point(|m| m.pos < pos);
    mentions.get(..idx)?.iter().rev().find(|m| m.person)
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    fn names(text: &str) -> Vec<String> {
        let toks = tokenize(text);
        let ctx = Ctx::new(text, &toks);
        let all = (0, toks.len());
        collect(&ctx, &[(all, all)]).into_iter().map(|m| m.name).collect()
    }

    #[test]
    fn titled_and_verb_subjects() {
        assert_eq!(
            names("Mayor Ana Lima met Dr. Kofi Mensah. Later Rui Costa said no, and Lima left."),
            vec!["Ana Lima", "Kofi Mensah", "Rui Costa", "Lima"]
        );
    }

    #[test]
    fn role_nouns_introduce_names() {
        assert_eq!(
            names("She met her counterpart Jane Roe, and Roe smiled."),
            vec!["Jane Roe", "Roe"]
        );
        assert_eq!(names("He met Paris officials."), Vec::<String>::new());
    }

    #[test]
    fn nearest_skips_organizations() {
        let text = "Dr. Kofi Mensah spoke. The Acme Group said no.";
        let toks = tokenize(text);
        let ctx = Ctx::new(text, &toks);
        let all = (0, toks.len());
        let ms = collect(&ctx, &[(all, all)]);
        assert_eq!(ms.len(), 2);
        assert_eq!(
            nearest_person_before(&ms, text.len()).map(|m| m.name.as_str()),
            Some("Kofi Mensah")
        );
        assert_eq!(nearest_person_before(&ms, 0), None);
    }
}
