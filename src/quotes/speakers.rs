//! Attribution: finding who speaks each quote from the unquoted words around it in its paragraph.
//!
//! Pronouns ("he", "she") and descriptions ("the Dutch minister") resolve to the nearest person
//! named before them outside quotes; gender is not checked. Subjects that name nobody
//! ("officials said", "the ministry said") give no speaker and stop inheritance.

use super::clauses::{description_role, qualified_subject, relative_who, who_antecedent};
use super::lexicon::is_person_pronoun;
use super::marks::RawQuote;
use super::mentions::{self, Mention, Segment};
use super::names::canonical_names;
use super::phrases::{Ctx, Np, np_ending_at, np_starting_at};
use super::tokens::tokenize_paragraphs;
use crate::span::Span;

/// How far after a quote its attribution may sit ("”, Ana Lima, the city’s mayor, said").
const AFTER_WINDOW: usize = 14;
/// How far back an appositive may stretch between a subject and its verb.
const APPOSITIVE_WINDOW: usize = 12;

/// What the text says about one quote's speaker.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Attr {
    Found(Np),
    Nothing,
}

/// Index of the sentence start at or before token `i`, not going below `lo`.
fn sentence_start(ctx: &Ctx, lo: usize, i: usize) -> usize {
    (lo..i).rev().find(|&k| ctx.ends_sentence(k)).map_or(lo, |k| k + 1)
}

/// The subject of the speech verb at `v`, looking no further back than `lo`.
fn subject_before(ctx: &Ctx, lo: usize, para_lo: usize, v: usize) -> Option<Np> {
    let e = ctx.skip_adverbs_back(lo, v);
    if e > lo && ctx.punct(e - 1, &[',']) {
        // "Ana Lima, the city’s mayor, said": prefer the name before the appositive.
        let comma = (lo..e - 1)
            .rev()
            .take(APPOSITIVE_WINDOW)
            .find(|&k| ctx.punct(k, &[',']));
        if let Some((np @ Np::Name(_), _)) = comma.and_then(|k| np_ending_at(ctx, lo, k)) {
            return Some(np);
        }
        // "Lima, who had insisted … “…” …, said": a relative clause longer than an appositive, which
        // may hold a quote of its own, so the search reaches back to the paragraph start.
        if let Some(np) = relative_who(ctx, para_lo, e - 1).and_then(|w| who_antecedent(ctx, para_lo, w)) {
            return Some(np);
        }
        return np_ending_at(ctx, lo, e - 1).map(|(np, _)| np);
    }
    if let Some((np, st)) = np_ending_at(ctx, lo, e) {
        if matches!(np, Np::Name(_))
            && let Some((subject, _)) = qualified_subject(ctx, lo, st)
        {
            return Some(subject);
        }
        return Some(np);
    }
    if e > lo && matches!(ctx.lower(e - 1), "and" | "but" | "then") {
        // "Ana Lima praised the plan and said ...": the subject opens the sentence.
        let ss = sentence_start(ctx, para_lo, e - 1);
        if let Some((np @ (Np::Name(_) | Np::Refer(_)), _)) = np_starting_at(ctx, ss, e - 1) {
            return Some(np);
        }
    }
    None
}

/// Attribution in the words right after a quote: "”, Ana Lima said" / "”, said the minister".
fn after_match(ctx: &Ctx, lo: usize, hi: usize, para_lo: usize, ends_with_period: bool) -> Option<(Np, usize)> {
    let mut s = lo;
    while s < hi && !ctx.word(s) {
        if ctx.ends_sentence(s) {
            return None;
        }
        s += 1;
    }
    if s >= hi || (ends_with_period && ctx.cap(s)) {
        // A quote closed by a full stop is followed by a new sentence, not by its attribution.
        return None;
    }
    // "… a 'lasting friendship' while Ruiz vowed to …": a conjunction and a new subject open another
    // clause, whose subject speaks its own words ("… and asked …" keeps the sentence's subject).
    let new_subject = ctx.cap(s + 1) || matches!(ctx.lower(s + 1), "he" | "she" | "they" | "the");
    if new_subject
        && matches!(
            ctx.lower(s),
            "while"
                | "whereas"
                | "and"
                | "but"
                | "although"
                | "though"
                | "because"
                | "as"
                | "when"
                | "after"
                | "before"
        )
    {
        return None;
    }
    let clause_end = (s..hi.min(s + AFTER_WINDOW))
        .find(|&k| ctx.ends_sentence(k))
        .unwrap_or(hi.min(s + AFTER_WINDOW));
    if ctx.lower(s) == "according" && ctx.lower(s + 1) == "to" {
        return np_starting_at(ctx, s + 2, clause_end).map(|(np, _)| (np, 1));
    }
    if ctx.verb(s) {
        let t = ctx.skip_adverbs_forward(s + 1, clause_end);
        return np_starting_at(ctx, t, clause_end).map(|(np, _)| (np, 1));
    }
    let Some(v) = (s..clause_end).find(|&k| ctx.verb(k)) else {
        // "”, Lima" closing a paragraph: an attribution cut short by the page still names its speaker.
        // Not "“…” With North Vale" ending a headline: the name must follow a comma.
        let comma = (lo.saturating_sub(2)..s).any(|k| ctx.punct(k, &[',']));
        return match np_starting_at(ctx, s, hi) {
            Some((np @ Np::Name(_), end)) if comma && (end == hi || ctx.ends_sentence(end)) => Some((np, 1)),
            _ => None,
        };
    };
    let e = ctx.skip_adverbs_back(s, v);
    if let Some((np, end)) = np_starting_at(ctx, s, v)
        && (end == e || ctx.punct(end, &[',']))
    {
        // "the city’s health chief, Dr. Lena Park, told": the appositive name beats the description.
        if matches!(np, Np::Refer(_))
            && end < e
            && let Some((named @ Np::Name(_), _)) = np_starting_at(ctx, end + 1, e)
        {
            return Some((named, v - s + 1));
        }
        return Some((np, v - s + 1));
    }
    subject_before(ctx, s, para_lo, v).map(|np| (np, v - s + 1))
}

/// Attribution in the words right before a quote: "Ana Lima said: “" / "Lima: “" / "According to Lima, “".
fn before_match(ctx: &Ctx, lo: usize, hi: usize, para_lo: usize) -> Option<(Np, usize)> {
    if hi <= lo {
        return None;
    }
    let ss = sentence_start(ctx, lo, hi);
    if ss >= hi {
        return None;
    }
    if ctx.punct(hi - 1, &[':'])
        && let Some((np @ Np::Name(_), st)) = np_ending_at(ctx, ss, hi - 1)
        && (st == ss || !ctx.word(st - 1))
    {
        return Some((np, 1));
    }
    if let Some(i) = (ss..hi - 1).find(|&i| ctx.lower(i) == "according" && ctx.lower(i + 1) == "to")
        && let Some((np, _)) = np_starting_at(ctx, i + 2, hi)
    {
        return Some((np, hi - i));
    }
    // "X said they were greeted by the mayor, who welcomed them to “…”": a quote inside a relative
    // clause belongs to the person the clause is about, not to the main clause's subject.
    let relative =
        |from: usize| relative_who(ctx, from, hi).and_then(|w| who_antecedent(ctx, ss, w).map(|np| (np, hi - w)));
    // "Officials have called it a “…”": a naming verb whose subject names nobody gives the quote
    // no speaker (and none to inherit); with a named subject, "called" is as often a scare quote.
    if let Some(v) = (ss..hi)
        .rev()
        .find(|&v| matches!(ctx.lower(v), "called" | "calls") && ctx.word(v))
        && let Some(np @ Np::Opaque) = subject_before(ctx, ss, para_lo, v)
    {
        return Some((np, hi - v));
    }
    for v in (ss..hi).rev().filter(|&v| ctx.verb(v)) {
        if let Some(found) = relative(v + 1) {
            return Some(found);
        }
        if let Some(np) = subject_before(ctx, ss, para_lo, v) {
            return Some((np, hi - v));
        }
        let t = ctx.skip_adverbs_forward(v + 1, hi);
        if let Some((np, _)) = np_starting_at(ctx, t, hi) {
            return Some((np, hi - v));
        }
    }
    relative(ss)
}

/// Speakers for `quotes` (text order), as normalized canonical names.
pub fn attribute(text: &str, paragraphs: &[Span], quotes: &[RawQuote]) -> Vec<Option<String>> {
    // Reading who is named where costs a pass over the whole text: only worth it for a quote.
    if quotes.is_empty() {
        return Vec::new();
    }
    let toks = tokenize_paragraphs(text, paragraphs);
    let ctx = Ctx::new(text, &toks);
    let tok_at = |pos: usize| toks.partition_point(|t| t.start < pos);
    let para_toks: Vec<Segment> = paragraphs.iter().map(|p| (tok_at(p.start), tok_at(p.end))).collect();
    let quote_toks: Vec<Segment> = quotes
        .iter()
        .map(|q| (tok_at(q.outer.start), tok_at(q.outer.end)))
        .collect();

    let mut segments = Vec::new();
    for &(a, b) in &para_toks {
        let mut cursor = a;
        let first = quote_toks.partition_point(|&(_, qe)| qe <= a);
        for &(qa, qb) in quote_toks.iter().skip(first).take_while(|&&(qa, _)| qa < b) {
            if qa > cursor {
                segments.push(((cursor, qa), (a, b)));
            }
            cursor = cursor.max(qb);
        }
        if cursor < b {
            segments.push(((cursor, b), (a, b)));
        }
    }
    let mentions = mentions::collect(&ctx, &segments);

    let attrs: Vec<Attr> = quotes
        .iter()
        .enumerate()
        .map(|(k, q)| {
            let (qa, qb) = quote_toks[k];
            let open_para = para_toks.get(q.paragraph).copied().unwrap_or((qa, qa));
            let close_para = para_toks.get(q.close_paragraph).copied().unwrap_or((qb, qb));
            let prev_end = k
                .checked_sub(1)
                .filter(|&j| quotes[j].close_paragraph == q.paragraph)
                .map_or(open_para.0, |j| quote_toks[j].1);
            let next_start = quotes
                .get(k + 1)
                .filter(|n| n.paragraph == q.close_paragraph)
                .map_or(close_para.1, |_| quote_toks[k + 1].0);
            if names_a_title(&ctx, qa, q.span.text(text)) {
                return Attr::Nothing;
            }
            let ends_with_period = q.span.text(text).ends_with('.');
            let after = after_match(&ctx, qb, next_start.max(qb), close_para.0, ends_with_period);
            let before = before_match(&ctx, prev_end.min(qa), qa, open_para.0);
            let chosen = match (after, before) {
                (Some(a), Some(b)) => Some(if b.1 < a.1 { b.0 } else { a.0 }),
                (a, b) => a.or(b).map(|x| x.0),
            };
            chosen.map_or(Attr::Nothing, Attr::Found)
        })
        .collect();

    let resolve = |np: &Np| -> Option<String> {
        match np {
            Np::Name(n) => Some(n.clone()),
            Np::Refer(pos) => {
                // "the union leader" means the person introduced as a leader, if any.
                let role = description_role(&ctx, tok_at(*pos));
                let at = tok_at(*pos);
                match role {
                    Some(role) => mentions::nearest_in_role(&mentions, *pos, &role),
                    None if is_person_pronoun(ctx.lower(at)) => {
                        mentions::pronoun_referent(&mentions, previous_sentence(&ctx, &quote_toks, at), *pos)
                    }
                    None => mentions::nearest_person_before(&mentions, *pos),
                }
                .map(|m| m.name.clone())
            }
            Np::Opaque => None,
        }
    };
    let mut speakers: Vec<Option<String>> = attrs
        .iter()
        .map(|a| match a {
            Attr::Found(np) => resolve(np),
            Attr::Nothing => None,
        })
        .collect();
    // A quoted name or title ("Belt of Embers") is nobody's words: it takes no neighbour's speaker.
    let inherits: Vec<bool> = quotes
        .iter()
        .map(|q| !crate::shared::looks_like_title(q.span.text(text)))
        .collect();
    inherit_within_paragraph(quotes, &attrs, &inherits, &mut speakers);

    let names = mentions
        .iter()
        .filter(|m| m.person)
        .map(|m: &Mention| m.name.as_str())
        .chain(speakers.iter().flatten().map(String::as_str));
    let canon = canonical_names(names);
    speakers
        .into_iter()
        .map(|s| s.map(|n| canon.get(&n).cloned().unwrap_or(n)))
        .collect()
}

/// Byte where the sentence before the one holding token `at` starts; stops inside the quotes
/// (token ranges `quoted`, in text order) end no sentence of the narration. The walk back is
/// bounded, so that a long text without stops costs no more per pronoun than a short one.
fn previous_sentence(ctx: &Ctx, quoted: &[Segment], at: usize) -> usize {
    const MAX_BACK: usize = 400;
    let inside = |k: usize| {
        let i = quoted.partition_point(|&(a, _)| a <= k);
        i > 0 && quoted.get(i - 1).is_some_and(|&(_, b)| k < b)
    };
    let floor = at.saturating_sub(MAX_BACK);
    let mut stops = (floor..at)
        .rev()
        .filter(|&k| !inside(k) && ctx.toks.get(k).is_some_and(|t| t.ends_sentence(ctx.text)));
    stops.nth(1).map_or(ctx.pos(floor), |k| ctx.pos(k + 1))
}

/// A capitalized name in quote marks right after a preposition or possessive ("said on “Morning
/// Show”", "the city's “Old Bridge”") is a title or place the sentence mentions, not speech.
fn names_a_title(ctx: &Ctx, open: usize, quoted: &str) -> bool {
    let Some(before) = open.checked_sub(1).filter(|&k| ctx.word(k)) else {
        return false;
    };
    let lower = ctx.lower(before);
    let linked = matches!(lower, "on" | "at" | "called" | "named" | "titled" | "dubbed")
        || lower.ends_with("'s")
        || lower.ends_with("’s");
    linked && crate::shared::looks_like_title(quoted)
}

/// A quote with no attribution of its own takes the nearest attributed quote's speaker in the
/// same paragraph, preferring an earlier one (`“A,” Lima said. “B.”`).
fn inherit_within_paragraph(quotes: &[RawQuote], attrs: &[Attr], inherits: &[bool], speakers: &mut [Option<String>]) {
    let own = speakers.to_vec();
    // Two linear sweeps (earlier first, then later) keep quote-dense paragraphs cheap.
    let mut carry: Option<(usize, &String)> = None;
    for k in 0..quotes.len() {
        let para = quotes[k].paragraph;
        if let Some(name) = &own[k] {
            carry = Some((para, name));
        } else if attrs[k] == Attr::Nothing
            && inherits[k]
            && let Some((_, name)) = carry.filter(|(p, _)| *p == para)
        {
            speakers[k] = Some(name.clone());
        }
    }
    carry = None;
    for k in (0..quotes.len()).rev() {
        let para = quotes[k].paragraph;
        if let Some(name) = &own[k] {
            carry = Some((para, name));
        } else if attrs[k] == Attr::Nothing
            && inherits[k]
            && speakers[k].is_none()
            && let Some((_, name)) = carry.filter(|(p, _)| *p == para)
        {
            speakers[k] = Some(name.clone());
        }
    }
}

#[cfg(test)]
mod tests;
