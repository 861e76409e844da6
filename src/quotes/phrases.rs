//! Noun phrases around speech verbs: names, pronouns and "the <role>" descriptions, read off tokens.

use super::lexicon::{
    is_adverb, is_capitalized_speech_verb, is_opaque_subject, is_particle, is_person_pronoun, is_role_noun,
    is_speech_verb,
};
use super::names::normalize_name;
use super::tokens::Token;
use crate::text::find_byte;
use rustc_hash::FxHashMap;
use std::cell::RefCell;

/// The article's tokens plus their lowercase forms, shared by mention tracking and attribution.
pub struct Ctx<'a> {
    pub text: &'a str,
    pub toks: &'a [Token],
    /// The text with ASCII letters lower-cased, then the lowercase forms of tokens with other
    /// letters (one allocation, not one per token).
    lower: String,
    /// Where each token's lowercase form is in `lower`.
    lower_spans: Vec<(usize, usize)>,
    /// Whether each token is a capitalized word: asked of every token, often several times.
    caps: Vec<bool>,
    /// [`normalize_name`] of each source text asked for so far: an article names the same people
    /// again and again, and normalizing is the costly part of reading who is named.
    names: RefCell<FxHashMap<&'a str, Option<String>>>,
}

impl<'a> Ctx<'a> {
    pub fn new(text: &'a str, toks: &'a [Token]) -> Self {
        // The whole text with its ASCII letters lower-cased at once: an ASCII token's lower-case
        // form is then its own span of it. A token with other characters gets its full
        // lower-case form appended; those tokens are found from the text's non-ASCII bytes (few:
        // curly quotes and dashes, mostly) rather than by checking every token.
        let mut lower = text.to_ascii_lowercase();
        let mut lower_spans: Vec<(usize, usize)> = toks.iter().map(|t| (t.start, t.end)).collect();
        let bytes = text.as_bytes();
        let mut at = 0;
        while let Some(offset) = bytes.get(at..).and_then(|rest| find_byte(rest, |b| !b.is_ascii())) {
            let byte = at + offset;
            // The token holding this byte, if any (whitespace belongs to none).
            let k = toks.partition_point(|t| t.end <= byte);
            match toks.get(k).filter(|t| t.start <= byte) {
                Some(t) => {
                    let start = lower.len();
                    lower.push_str(&t.text(text).to_lowercase());
                    if let Some(span) = lower_spans.get_mut(k) {
                        *span = (start, lower.len());
                    }
                    at = t.end.max(byte + 1);
                }
                None => at = byte + 1,
            }
        }
        let caps = toks
            .iter()
            .map(|t| match bytes.get(t.start) {
                Some(b) if b.is_ascii() => t.word && b.is_ascii_uppercase(),
                _ => t.is_capitalized(text),
            })
            .collect();
        Ctx {
            text,
            toks,
            lower,
            lower_spans,
            caps,
            names: RefCell::default(),
        }
    }

    /// [`normalize_name`] of the source text from token `a` through token `b - 1`.
    pub fn name(&self, a: usize, b: usize) -> Option<String> {
        let raw = self.slice(a, b);
        if let Some(known) = self.names.borrow().get(raw) {
            return known.clone();
        }
        let name = normalize_name(raw);
        self.names.borrow_mut().insert(raw, name.clone());
        name
    }

    pub fn lower(&self, i: usize) -> &str {
        self.lower_spans
            .get(i)
            .and_then(|&(a, b)| self.lower.get(a..b))
            .unwrap_or("")
    }

    pub fn cap(&self, i: usize) -> bool {
        self.caps.get(i).copied().unwrap_or(false)
    }

    pub fn word(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.word)
    }

    pub fn punct(&self, i: usize, chars: &[char]) -> bool {
        self.toks.get(i).is_some_and(|t| t.is_punct(self.text, chars))
    }

    pub fn ends_sentence(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.ends_sentence(self.text))
    }

    /// A speech verb; capitalized tokens only for verbs that cannot be nouns ("the United States").
    pub fn verb(&self, i: usize) -> bool {
        let lower = self.lower(i);
        self.word(i) && is_speech_verb(lower) && (!self.cap(i) || is_capitalized_speech_verb(lower))
    }

    /// Source text from token `a` through token `b - 1`.
    pub fn slice(&self, a: usize, b: usize) -> &'a str {
        match (self.toks.get(a), b.checked_sub(1).and_then(|l| self.toks.get(l))) {
            (Some(x), Some(y)) if a < b => self.text.get(x.start..y.end).unwrap_or(""),
            _ => "",
        }
    }

    pub fn pos(&self, i: usize) -> usize {
        self.toks.get(i).map_or(self.text.len(), |t| t.start)
    }

    fn possessive(&self, i: usize) -> bool {
        let l = self.lower(i);
        l.ends_with("’s") || l.ends_with("'s")
    }

    /// Lowercase words that may sit between capitalized parts of one name.
    fn connector(&self, i: usize) -> bool {
        self.word(i) && (matches!(self.lower(i), "of" | "for") || is_particle(self.lower(i)))
    }

    /// Whether a line break separates token `i` from the token before it. Captions, headlines and
    /// bylines sit on their own lines without punctuation; a name never runs across lines.
    pub fn line_break_before(&self, i: usize) -> bool {
        match (i.checked_sub(1).and_then(|k| self.toks.get(k)), self.toks.get(i)) {
            (Some(a), Some(b)) => self.text.get(a.end..b.start).is_some_and(|gap| gap.contains('\n')),
            _ => false,
        }
    }

    /// End (exclusive) of the capitalized run starting at `s`, bounded by `hi`.
    pub fn run_forward(&self, s: usize, hi: usize) -> Option<usize> {
        if s >= hi || !self.cap(s) {
            return None;
        }
        let mut j = s;
        while j < hi {
            if j > s && self.line_break_before(j) {
                break;
            }
            if self.cap(j) {
                j += 1;
                if self.possessive(j - 1) {
                    break;
                }
            } else if self.connector(j) && j + 1 < hi && self.cap(j + 1) {
                j += 1;
            } else {
                break;
            }
        }
        Some(j)
    }

    /// Start of the capitalized run ending just before `e`, bounded below by `lo`.
    pub fn run_backward(&self, lo: usize, e: usize) -> Option<usize> {
        if e == 0 || e <= lo || !self.cap(e - 1) {
            return None;
        }
        let mut j = e - 1;
        while j > lo {
            if self.line_break_before(j) {
                break;
            }
            if self.cap(j - 1) && !self.possessive(j - 1) {
                j -= 1;
            } else if j >= lo + 2 && self.connector(j - 1) && self.cap(j - 2) && !self.line_break_before(j - 1) {
                j -= 2;
            } else {
                break;
            }
        }
        Some(j)
    }

    /// Index before `e` after stepping back over adverbs and auxiliaries.
    pub fn skip_adverbs_back(&self, lo: usize, mut e: usize) -> usize {
        while e > lo && self.word(e - 1) && is_adverb(self.lower(e - 1)) {
            e -= 1;
        }
        e
    }

    pub fn skip_adverbs_forward(&self, mut s: usize, hi: usize) -> usize {
        while s < hi && self.word(s) && is_adverb(self.lower(s)) {
            s += 1;
        }
        s
    }
}

/// Who a noun phrase points at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Np {
    /// A normalized name (person or capitalized organization).
    Name(String),
    /// A pronoun or description at this byte position, resolved later to a person mention.
    Refer(usize),
    /// A subject that names nobody ("officials", "the ministry"): attribution stops here.
    Opaque,
}

/// Looks back from a role noun at `i` for "the" within three words: "the Dutch foreign minister".
fn description_start(ctx: &Ctx, lo: usize, i: usize) -> Option<usize> {
    (i.saturating_sub(4).max(lo)..i)
        .rev()
        .take_while(|&k| ctx.word(k))
        .find(|&k| ctx.lower(k) == "the")
}

/// The noun phrase ending just before token `e` (not reaching below `lo`), with its start.
pub fn np_ending_at(ctx: &Ctx, lo: usize, e: usize) -> Option<(Np, usize)> {
    if e <= lo || !ctx.word(e - 1) {
        return None;
    }
    let last = e - 1;
    let lower = ctx.lower(last);
    if is_person_pronoun(lower) {
        return Some((Np::Refer(ctx.pos(last)), last));
    }
    if lower == "who" {
        // "Ana Lima, who said": the relative pronoun stands for the phrase before it.
        let before = if ctx.punct(last.wrapping_sub(1), &[',']) {
            last - 1
        } else {
            last
        };
        // Never recurse through a second "who", so garbage like "who who who" stays shallow.
        let antecedent = (before > lo && ctx.lower(before - 1) != "who")
            .then(|| np_ending_at(ctx, lo, before))
            .flatten();
        return antecedent.or(Some((Np::Opaque, last)));
    }
    if matches!(lower, "and" | "but" | "then") {
        // "X ... and said": the subject is elided; the caller looks for it at the sentence start.
        return None;
    }
    if is_opaque_subject(lower) {
        return Some((Np::Opaque, last));
    }
    if ctx.cap(last) {
        let start = ctx.run_backward(lo, e)?;
        if let Some(name) = ctx.name(start, e) {
            let joint = start > lo + 1 && matches!(ctx.lower(start - 1), "and" | "&") && ctx.cap(start - 2);
            // "Ana Lima and Rui Costa said": a joint statement has no single speaker.
            return Some((if joint { Np::Opaque } else { Np::Name(name) }, start));
        }
    }
    if is_role_noun(lower) {
        return match description_start(ctx, lo, last) {
            Some(the) => Some((Np::Refer(ctx.pos(the)), the)),
            None => Some((Np::Opaque, last)),
        };
    }
    Some((Np::Opaque, last))
}

/// The noun phrase starting at token `s` (not reaching `hi`), with its end.
pub fn np_starting_at(ctx: &Ctx, s: usize, hi: usize) -> Option<(Np, usize)> {
    if s >= hi || !ctx.word(s) {
        return None;
    }
    let lower = ctx.lower(s);
    if is_person_pronoun(lower) {
        return Some((Np::Refer(ctx.pos(s)), s + 1));
    }
    if lower == "the" {
        if let Some(end) = ctx.run_forward(s + 1, hi) {
            // "the Dutch minister": a capitalized adjective followed by a role noun.
            if end < hi && ctx.word(end) && is_role_noun(ctx.lower(end)) && end - s <= 3 {
                return Some((Np::Refer(ctx.pos(s)), end + 1));
            }
            return ctx.name(s + 1, end).map(|n| (Np::Name(n), end));
        }
        let role = (s + 1..hi.min(s + 5))
            .take_while(|&k| ctx.word(k))
            .find(|&k| is_role_noun(ctx.lower(k)))?;
        return Some((Np::Refer(ctx.pos(s)), role + 1));
    }
    if !ctx.cap(s) && is_role_noun(lower) {
        // "coach Ben Ola", "spokeswoman Jane Roe": a bare role noun naming the person after it.
        let end = ctx.run_forward(s + 1, hi)?;
        return ctx.name(s + 1, end).map(|n| (Np::Name(n), end));
    }
    let end = ctx.run_forward(s, hi)?;
    if end < hi && ctx.word(end) && is_role_noun(ctx.lower(end)) && !ctx.cap(end) {
        // "Brazilian officials" / "Dutch minister": an adjective, not a name.
        return Some((Np::Opaque, end + 1));
    }
    ctx.name(s, end).map(|n| (Np::Name(n), end))
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    fn ending(text: &str) -> Option<Np> {
        let toks = tokenize(text);
        let ctx = Ctx::new(text, &toks);
        np_ending_at(&ctx, 0, toks.len()).map(|(np, _)| np)
    }

    fn starting(text: &str) -> Option<Np> {
        let toks = tokenize(text);
        let ctx = Ctx::new(text, &toks);
        np_starting_at(&ctx, 0, toks.len()).map(|(np, _)| np)
    }

    #[test]
    fn phrases_before_a_verb() {
        assert_eq!(ending("Mayor Ana Lima"), Some(Np::Name("Ana Lima".into())));
        assert_eq!(ending("yesterday he"), Some(Np::Refer(10)));
        assert_eq!(ending("x the Dutch minister"), Some(Np::Refer(2)));
        assert_eq!(ending("the ministry"), Some(Np::Opaque));
        assert_eq!(ending("Secretary of State Jane Roe"), Some(Np::Name("Jane Roe".into())));
        assert_eq!(ending("Dr. Kofi Mensah, who"), Some(Np::Name("Kofi Mensah".into())));
        assert_eq!(ending(","), None);
    }

    #[test]
    fn phrases_after_a_verb() {
        assert_eq!(starting("Dr. Kofi Mensah, the"), Some(Np::Name("Kofi Mensah".into())));
        assert_eq!(starting("the Dutch minister"), Some(Np::Refer(0)));
        assert_eq!(starting("the city’s health chief"), Some(Np::Refer(0)));
        assert_eq!(starting("the Acme Group"), Some(Np::Name("Acme Group".into())));
        assert_eq!(starting("in a statement"), None);
    }

    #[test]
    fn role_nouns_and_joint_subjects() {
        assert_eq!(starting("coach Ben Ola said"), Some(Np::Name("Ben Ola".into())));
        assert_eq!(ending("Ana Lima and Rui Costa"), Some(Np::Opaque));
        assert_eq!(ending("The White House"), Some(Np::Name("White House".into())));
    }

    #[test]
    fn runs_stop_at_possessives_and_lowercase() {
        let text = "Ana Lima’s aide Rui de Souza said";
        let toks = tokenize(text);
        let ctx = Ctx::new(text, &toks);
        assert_eq!(ctx.run_forward(0, toks.len()), Some(2));
        assert_eq!(ctx.run_backward(0, 6), Some(3));
        assert_eq!(ctx.slice(3, 6), "Rui de Souza");
        // A caption line naming two people does not run into the next line's subject.
        let text = "Ana Lima and Rui Costa\nCosta said";
        let toks = tokenize(text);
        let ctx = Ctx::new(text, &toks);
        assert_eq!(ctx.run_backward(0, 6), Some(5));
        assert_eq!(ctx.run_forward(3, 6), Some(5));
    }

    #[test]
    fn lowercase_forms_and_capitals_of_every_token() {
        // Non-ASCII letters, curly marks and dashes between ASCII words, at the start, the end
        // and inside words: each token's form is what lower-casing it alone gives.
        for text in [
            "“Élodie Ünal’s ÖZTÜRK” said — Ana lima, ÉTÉ x",
            "Ünal",
            "a’B “ ” — é",
            "plain ASCII Text only",
            "",
        ] {
            let toks = tokenize(text);
            let ctx = Ctx::new(text, &toks);
            for (i, t) in toks.iter().enumerate() {
                assert_eq!(ctx.lower(i), t.text(text).to_lowercase(), "{text:?} token {i}");
                assert_eq!(ctx.cap(i), t.is_capitalized(text), "{text:?} token {i}");
            }
        }
    }
}
