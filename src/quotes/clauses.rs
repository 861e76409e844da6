//! Clause structure around a speaker: relative clauses ("Lima, who …"), place and organisation
//! qualifiers ("an officer of the town of Brenna"), so the person a clause is about gets the quote.

use super::lexicon::is_role_noun;
use super::phrases::{Ctx, Np, np_ending_at};

/// How far back a qualified name may look for the person it qualifies.
const QUALIFIER_WINDOW: usize = 10;

/// Prepositions that open a qualifier after a name or role ("of", "at", "from").
fn is_qualifier_preposition(lower: &str) -> bool {
    matches!(lower, "of" | "in" | "at" | "from" | "near" | "for" | "on" | "with")
}

/// A name that starts at token `st` right after a preposition is a place or body qualifying the
/// real subject ("officer Ana Lima of the town of Brenna said", "Rui Costa, who lives in Brenna,
/// told"): the subject is the person or role named before the preposition, else nobody known.
pub fn qualified_subject(ctx: &Ctx, lo: usize, st: usize) -> Option<(Np, usize)> {
    if st <= lo || !is_qualifier_preposition(ctx.lower(st - 1)) {
        return None;
    }
    let floor = st.saturating_sub(QUALIFIER_WINDOW).max(lo);
    for k in (floor..st - 1).rev() {
        if !ctx.word(k) {
            break;
        }
        if ctx.cap(k) || is_role_noun(ctx.lower(k)) {
            return match np_ending_at(ctx, lo, k + 1) {
                Some((np @ (Np::Name(_) | Np::Refer(_)), at)) => Some((np, at)),
                _ => Some((Np::Opaque, k)),
            };
        }
    }
    Some((Np::Opaque, st - 1))
}

/// The last relative "who" in tokens `[lo, hi)`, when its clause runs on to `hi` without
/// ending the sentence.
pub fn relative_who(ctx: &Ctx, lo: usize, hi: usize) -> Option<usize> {
    let w = (lo..hi).rev().find(|&k| ctx.lower(k) == "who" && ctx.word(k))?;
    (w > lo && !(w..hi).any(|k| ctx.ends_sentence(k))).then_some(w)
}

/// The person a relative clause opened by "who" at token `w` is about ("the mayor, who …").
pub fn who_antecedent(ctx: &Ctx, lo: usize, w: usize) -> Option<Np> {
    match np_ending_at(ctx, lo, w + 1) {
        Some((np @ (Np::Name(_) | Np::Refer(_)), _)) => Some(np),
        _ => None,
    }
}

/// The role noun of a "the … <role>" description starting at token `the`, if any.
pub fn description_role(ctx: &Ctx, the: usize) -> Option<String> {
    if ctx.lower(the) != "the" {
        return None;
    }
    (the + 1..the + 6)
        .take_while(|&k| ctx.word(k))
        .find(|&k| is_role_noun(ctx.lower(k)))
        .map(|k| ctx.lower(k).to_string())
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    #[test]
    fn qualifiers_point_back_to_the_person() {
        let text = "police officer Ana Lima of the town of Brenna said";
        let toks = tokenize(text);
        let ctx = Ctx::new(text, &toks);
        assert_eq!(
            qualified_subject(&ctx, 0, 8).map(|x| x.0),
            Some(Np::Name("Ana Lima".into()))
        );
        let text = "a resident of Brenna said";
        let toks = tokenize(text);
        let ctx = Ctx::new(text, &toks);
        assert_eq!(qualified_subject(&ctx, 0, 3).map(|x| x.0), Some(Np::Opaque));
        assert_eq!(qualified_subject(&ctx, 0, 1), None);
    }

    #[test]
    fn relative_clauses_and_descriptions() {
        let text = "greeted by Mayor Ana Lima, who welcomed them";
        let toks = tokenize(text);
        let ctx = Ctx::new(text, &toks);
        let w = relative_who(&ctx, 0, toks.len());
        assert_eq!(w, Some(6));
        assert_eq!(who_antecedent(&ctx, 0, 6), Some(Np::Name("Ana Lima".into())));
        let text = "the harbor union leader";
        let toks = tokenize(text);
        let ctx = Ctx::new(text, &toks);
        assert_eq!(description_role(&ctx, 0).as_deref(), Some("leader"));
        assert_eq!(description_role(&ctx, 1), None);
    }
}
