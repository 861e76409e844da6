//! Tracking where people are named outside quotes, so pronouns and descriptions can point back.

use super::lexicon::{is_org_word, is_person_title, is_role_noun};
use super::names::{surname_key, word_surname_key_into};
use super::phrases::Ctx;
use rustc_hash::FxHashMap as HashMap;

/// A named person (or capitalized organization) at a byte position.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    pub pos: usize,
    pub name: String,
    /// False for organizations: they can speak but pronouns never refer to them.
    pub person: bool,
    /// Role nouns said of the person where named ("leader" in "harbor union leader Ana Lima"), so a
    /// later "the leader" finds them rather than whoever was named last.
    pub roles: Vec<String>,
    /// Named as the subject of a speech verb ("Ana Lima said …"): the likeliest "he" or "she" of
    /// what follows, even when someone else is named after.
    pub speaking: bool,
}

/// An all-capital short word ("AP", "AFP", "NTV"): a wire service, broadcaster or country, which
/// is credited or addressed ("told AP") but is never the "he" or "she" of the next quote.
fn is_acronym(name: &str) -> bool {
    let letters = name.chars().filter(|c| c.is_alphabetic()).count();
    !name.contains(' ') && (2..=5).contains(&letters) && name.chars().all(|c| !c.is_lowercase())
}

/// Role nouns among the few words before a name, its title words, and an appositive after it
/// ("Rui Costa, the ship owner,").
fn roles_around(ctx: &Ctx, lo: usize, a: usize, end: usize, hi: usize) -> Vec<String> {
    let appositive = if ctx.punct(end, &[',']) {
        let stop = (end + 1..hi.min(end + 7))
            .find(|&k| !ctx.word(k))
            .unwrap_or(hi.min(end + 7));
        end + 1..stop
    } else {
        end..end
    };
    // Words before the name up to the previous capitalized word: another name's role stops there.
    let mut from = a;
    while from > lo && a - from < 4 && ctx.word(from - 1) && !ctx.cap(from - 1) {
        from -= 1;
    }
    (from..end)
        .chain(appositive)
        .filter(|&k| {
            // Dots dropped ("Gov." is "gov"); most words have none and are looked up as they are.
            let lower = ctx.lower(k);
            ctx.word(k)
                && if lower.contains('.') {
                    is_role_noun(&lower.replace('.', ""))
                } else {
                    is_role_noun(lower)
                }
        })
        .map(|k| ctx.lower(k).to_string())
        .collect()
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
    let mut headline_cache: HashMap<Segment, bool> = HashMap::default();
    for &((lo, hi), para) in segments {
        let headline = *headline_cache
            .entry(para)
            .or_insert_with(|| title_cased(ctx, para.0, para.1));
        let mut i = lo;
        while i < hi {
            // Only a capitalized token starts a run: the others (most) are passed over here.
            if !ctx.cap(i) {
                i += 1;
                continue;
            }
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
    let mut key = String::new();
    for &((lo, hi), _) in segments.iter().take_while(|_| !known.is_empty()) {
        for i in lo..hi {
            if covered.get(i).copied().unwrap_or(true) || !ctx.cap(i) {
                continue;
            }
            word_surname_key_into(ctx.slice(i, i + 1), &mut key);
            if known.contains_key(key.as_str())
                && let Some(name) = ctx.name(i, i + 1)
            {
                out.push(Mention {
                    pos: ctx.pos(i),
                    name,
                    person: true,
                    roles: Vec::new(),
                    speaking: false,
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
    // "Ana Lima, the city's mayor, said": the verb may follow a short appositive.
    let after_appositive = ctx
        .punct(end, &[','])
        .then(|| (end + 1..hi.min(end + 8)).find(|&k| ctx.punct(k, &[','])))
        .flatten()
        .map(|k| ctx.skip_adverbs_forward(k + 1, hi));
    let verb_after = (after < hi && ctx.verb(after)) || after_appositive.is_some_and(|k| k < hi && ctx.verb(k));
    let verb_before = a > lo && ctx.verb(a - 1);
    let role_at = |k: usize| k >= lo && ctx.word(k) && !ctx.cap(k) && is_role_noun(ctx.lower(k));
    let role_before =
        end - a >= 2 && a > lo && (role_at(a - 1) || (a >= lo + 2 && ctx.punct(a - 1, &[',']) && role_at(a - 2)));
    if !(titled || (!headline && (verb_after || verb_before || role_before))) {
        return None;
    }
    let name = ctx.name(a, end)?;
    let after_the = a > lo && ctx.lower(a - 1) == "the";
    let org = after_the || name.split_whitespace().any(|w| is_org_word(&w.to_lowercase()));
    let person = (!org || titled) && !is_acronym(&name);
    Some(Mention {
        pos: ctx.pos(a),
        roles: roles_around(ctx, lo, a, end, hi),
        name,
        person,
        speaking: verb_after,
    })
}

/// The nearest person named before byte `pos` with `role` among their roles, else the nearest
/// person named before it.
pub fn nearest_in_role<'a>(mentions: &'a [Mention], pos: usize, role: &str) -> Option<&'a Mention> {
    let idx = mentions.partition_point(|m| m.pos < pos);
    let before = mentions.get(..idx)?;
    // Roles are matched by person: a later bare surname mention carries the role of its full name.
    let with_role = before
        .iter()
        .rev()
        .filter(|m| m.person && m.roles.iter().any(|r| r == role))
        .map(|m| m.name.as_str())
        .next();
    match with_role {
        Some(name) => before.iter().rev().find(|m| m.person && m.name == name),
        None => nearest_person_before(mentions, pos),
    }
}

/// The person a "he" or "she" at byte `pos` stands for: the last person named as the subject of a
/// speech verb since byte `from` (the start of the previous sentence), else the nearest person
/// named before. "Lima said Costa was right. She added …" is Lima's, not Costa's.
pub fn pronoun_referent(mentions: &[Mention], from: usize, pos: usize) -> Option<&Mention> {
    let idx = mentions.partition_point(|m| m.pos < pos);
    let mut window = mentions.get(..idx)?.iter().rev().take_while(|m| m.pos >= from);
    window
        .find(|m| m.person && m.speaking)
        .or_else(|| nearest_person_before(mentions, pos))
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

    #[test]
    fn wire_credits_are_not_people_and_roles_are_kept() {
        let text = "Rui Costa, the ship owner, told AP the crew was safe. Coach Ben Ola said no.";
        let toks = tokenize(text);
        let ctx = Ctx::new(text, &toks);
        let all = (0, toks.len());
        let ms = collect(&ctx, &[(all, all)]);
        let ap = ms.iter().find(|m| m.name == "AP");
        assert!(ap.is_none_or(|m| !m.person));
        let end = text.len();
        assert_eq!(
            nearest_in_role(&ms, end, "owner").map(|m| m.name.as_str()),
            Some("Rui Costa")
        );
        assert_eq!(
            nearest_in_role(&ms, end, "coach").map(|m| m.name.as_str()),
            Some("Ben Ola")
        );
        assert_eq!(
            nearest_in_role(&ms, end, "mayor").map(|m| m.name.as_str()),
            Some("Ben Ola")
        );
    }
}
