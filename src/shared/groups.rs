//! Grouping a story's quotes around seeds: the commonest, longest wordings first, each later quote joining
//! the one group whose seed it relates to directly, so that relations never chain.
//!
//! Pairwise "same utterance" is not transitive: a short excerpt can sit inside two different
//! remarks, and two remarks of one speaker can each loosely match a third. Grouping by union of
//! pairwise matches therefore chains unrelated remarks; comparing every member with one seed does not.

use rustc_hash::FxHashMap as HashMap;

use super::StoryQuote;
use super::matching::{Relation, Speakers, excerpt_distance, longest_common_run, relate};
use super::speakers::same_person;
use crate::text::TermId;

/// Content words a quote needs to seed a group or join one as a changed wording; below this a
/// quote is a phrase ("very good", "historic") that many different remarks contain.
pub const LONG_CONTENT: usize = 4;
/// Words that make a quote a full remark even with few content words ("we will do it again").
const LONG_WORDS: usize = 7;

/// One group: its seed (the canonical wording) and every member with its relation to the seed.
#[derive(Debug, Clone)]
pub struct Group {
    pub seed: usize,
    pub members: Vec<(usize, Relation)>,
    /// The articles of the members, sorted, each once: kept as members join, since grouping asks
    /// for their number at every comparison and a group may gather thousands of members.
    pub articles: Vec<usize>,
}

impl Group {
    fn new(seed: usize, article: usize) -> Self {
        Group {
            seed,
            members: vec![(seed, Relation::Same)],
            articles: vec![article],
        }
    }

    fn join(&mut self, member: usize, relation: Relation, article: usize) {
        self.members.push((member, relation));
        if let Err(at) = self.articles.binary_search(&article) {
            self.articles.insert(at, article);
        }
    }
}

fn is_long(q: &StoryQuote<'_>) -> bool {
    q.tokens.content.len() >= LONG_CONTENT || q.tokens.all.len() >= LONG_WORDS
}

fn speakers(a: Option<&str>, b: Option<&str>) -> Speakers {
    match (a, b) {
        (Some(x), Some(y)) if same_person(x, y) => Speakers::Same,
        (Some(_), Some(_)) => Speakers::Different,
        _ => Speakers::Unknown,
    }
}

/// How `member` relates to the seed wording, when it may join the seed's group.
///
/// Long quotes may be the same, an excerpt or a changed wording (a long shared run, a small edit,
/// or a translation-like overlap of content words, as `relate` decides). Short quotes only join as
/// the same words or an excerpt that the seed contains whole, and a lone word never joins a longer
/// remark: it would attach to whatever remark happens to use that word.
pub fn relate_to_seed(seed: &StoryQuote<'_>, member: &StoryQuote<'_>) -> Option<Relation> {
    let relation = relate(seed.tokens, member.tokens, speakers(seed.speaker, member.speaker));
    let (short, long) = (&member.tokens.all, &seed.tokens.all);
    // Two words with one content word ("very good") recur in many remarks of one speaker: an
    // excerpt must carry two content words or three words.
    let whole_excerpt = || {
        let content = member.tokens.content.len();
        longest_common_run(short, long) == short.len() && content >= 3 && short.len() <= long.len()
    };
    match relation {
        Some(r) if is_long(member) || r == Relation::Same || whole_excerpt() => Some(r),
        _ => altered_excerpt(seed, member).or_else(|| shared_passage(seed, member)),
    }
}

/// An excerpt printed with a word changed, dropped or added ("a good prelude to peace" inside
/// "this is a good prelude for peace"), either way round: a changed wording of the same words.
///
/// Outlets cut a remark at different points and translate a word differently, so the pairwise
/// rules (whole containment, or a long shared run) miss these; the rest of the excerpt must match.
fn altered_excerpt(seed: &StoryQuote<'_>, member: &StoryQuote<'_>) -> Option<Relation> {
    let (a, b) = (seed.tokens, member.tokens);
    let (short, long) = if a.all.len() <= b.all.len() { (a, b) } else { (b, a) };
    let n = short.all.len();
    // Every content word must survive: a changed content word ("a big wall" for "a big bridge")
    // is another statement, and in four words or fewer one change leaves too little to go on.
    let kept = short.content.iter().all(|t| long.content.binary_search(t).is_ok());
    if n < 5 || short.content.len() < 2 || !kept {
        return None;
    }
    // One edit in up to eight words, then one more for every eight.
    let limit = n.div_ceil(8);
    (excerpt_distance(&short.all, &long.all, limit) <= limit).then_some(Relation::Altered)
}

/// Words in a row two long quotes must share, with [`PASSAGE_CONTENT`] content words among them,
/// to be cuts of one remark that overlap without either containing the other.
const PASSAGE_RUN: usize = 7;
const PASSAGE_CONTENT: usize = 3;

/// Two long quotes that print the same passage of one remark, each with more around it.
fn shared_passage(seed: &StoryQuote<'_>, member: &StoryQuote<'_>) -> Option<Relation> {
    if !is_long(seed) || !is_long(member) {
        return None;
    }
    let (a, b) = (&seed.tokens.all, &member.tokens.all);
    let (len, end) = longest_run_at(a, b);
    let run = a.get(end.saturating_sub(len)..end).unwrap_or(&[]);
    let content = run
        .iter()
        .filter(|t| seed.tokens.content.binary_search(t).is_ok())
        .count();
    (len >= PASSAGE_RUN && content >= PASSAGE_CONTENT).then_some(Relation::Altered)
}

/// Length of the longest run of equal tokens in `a` and `b`, and where it ends in `a`.
fn longest_run_at(a: &[TermId], b: &[TermId]) -> (usize, usize) {
    let mut prev = vec![0usize; b.len() + 1];
    let mut cur = vec![0usize; b.len() + 1];
    let mut best = (0, 0);
    for (i, &x) in a.iter().enumerate() {
        for (j, &y) in b.iter().enumerate() {
            cur[j + 1] = if x == y { prev[j] + 1 } else { 0 };
            if cur[j + 1] > best.0 {
                best = (cur[j + 1], i + 1);
            }
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    best
}

/// Order in which quotes are tried as seeds: long before short, then the wording most outlets
/// print (wire copy is the likeliest original), then more words first.
fn seed_order(quotes: &[StoryQuote<'_>], eligible: &[bool]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..quotes.len()).filter(|&i| eligible[i]).collect();
    let mut freq: HashMap<&[TermId], usize> = HashMap::default();
    for &i in &order {
        *freq.entry(quotes[i].tokens.all.as_slice()).or_default() += 1;
    }
    order.sort_by_key(|&i| {
        let q = &quotes[i];
        (
            !is_long(q),
            std::cmp::Reverse(freq.get(q.tokens.all.as_slice()).copied().unwrap_or(0)),
            std::cmp::Reverse(q.tokens.all.len()),
            i,
        )
    });
    order
}

/// Seeds listed under one word. A story whose quotes all use a word (one huge article, a
/// vocabulary of a few dozen words) would otherwise compare every quote with every seed; the first
/// seeds listed are the likeliest canonical wordings (see [`seed_order`]).
const SEEDS_PER_WORD: usize = 1_000;
/// Seeds a quote is compared with: those sharing the most of its words (an identical wording
/// always among them). Real stories rarely have more candidates than this.
const SEEDS_COMPARED: usize = 64;

/// Group `quotes` around seeds; `eligible` marks quotes that may be shared at all. A quote is
/// compared only with the seeds sharing an indexed word with it (the only ones worth comparing),
/// at most [`SEEDS_COMPARED`] of them, so grouping grows linearly with the number of quotes.
///
/// Seeds are indexed by word as they are made, rather than listing every pair of quotes sharing a
/// word up front: only seeds are ever compared, and one long article whose quotes share common
/// words would make those lists quadratic in its length (in time and memory).
pub fn group(quotes: &[StoryQuote<'_>], eligible: &[bool]) -> Vec<Group> {
    let mut groups: Vec<Group> = Vec::new();
    let mut group_of: HashMap<usize, usize> = HashMap::default();
    let mut seeds_by_key: HashMap<TermId, Vec<usize>> = HashMap::default();
    let mut seed_by_wording: HashMap<&[TermId], usize> = HashMap::default();
    let mut candidates = Candidates::new(quotes.len());
    // Wire copy prints one remark, with one speaker, in many articles: each distinct wording is
    // related to a seed once, whichever of its copies meets that seed. A wording's relations are
    // kept only while another copy of it is still to come, so that the memo holds the copies'
    // comparisons, not every comparison of a big story.
    let order = seed_order(quotes, eligible);
    let wording = wording_classes(quotes);
    let mut to_come = vec![0u32; quotes.len()];
    for &i in &order {
        to_come[wording[i]] += 1;
    }
    let mut related_memo: HashMap<usize, Vec<(usize, Option<Relation>)>> = HashMap::default();
    let rank = |r: Relation| match r {
        Relation::Same => 0,
        Relation::Fragment => 1,
        Relation::Altered => 2,
    };
    for i in order {
        let q = &quotes[i];
        let class = wording[i];
        to_come[class] -= 1;
        let copies_left = to_come[class] > 0;
        // Only seeds are compared: a member never pulls a third quote in.
        let mut related: Vec<(usize, Relation, (usize, usize))> = Vec::new();
        let keys = index_keys(q);
        let seeds = candidates.find(
            keys.iter().map(|k| seeds_by_key.get(k).map_or(&[][..], Vec::as_slice)),
            seed_by_wording.get(q.tokens.all.as_slice()).copied(),
        );
        for n in seeds {
            let g = group_of[&n];
            let remembered = related_memo
                .get(&class)
                .and_then(|known| known.iter().find(|(seed, _)| *seed == n))
                .map(|&(_, relation)| relation);
            let relation = remembered.unwrap_or_else(|| {
                let relation = relate_to_seed(&quotes[n], q);
                if copies_left {
                    related_memo.entry(class).or_default().push((n, relation));
                }
                relation
            });
            if let Some(relation) = relation {
                // Closest relation first, then the group most outlets already share. A short
                // phrase is an excerpt whichever way it relates, so for it the outlets come first.
                let spread = usize::MAX - groups[g].articles.len();
                let key = if is_long(q) {
                    (rank(relation), spread)
                } else {
                    (spread, rank(relation))
                };
                related.push((g, relation, key));
            }
        }
        if !copies_left {
            related_memo.remove(&class);
        }
        related.sort_by_key(|&(g, _, key)| (key, g));
        // A long quote may print several remarks, each another group's seed: it belongs to each.
        // A short one is a phrase many remarks contain; it joins one group at most, and none when
        // two remarks contain it: which one the outlet quoted is then anyone's guess.
        if !is_long(q) {
            if related.len() > 1 {
                continue;
            }
            related.truncate(1);
        }
        if related.is_empty() {
            if is_long(q) || !q.tokens.content.is_empty() || q.tokens.all.len() >= 2 {
                group_of.insert(i, groups.len());
                for key in keys {
                    let listed = seeds_by_key.entry(key).or_default();
                    if listed.len() < SEEDS_PER_WORD {
                        listed.push(i);
                    }
                }
                seed_by_wording.entry(q.tokens.all.as_slice()).or_insert(i);
                groups.push(Group::new(i, q.article));
            }
            continue;
        }
        for (g, relation, _) in related {
            groups[g].join(i, relation, q.article);
            group_of.entry(i).or_insert(g);
        }
    }
    groups
}

/// For each quote, the first quote with the same words and the same speaker: everything
/// [`relate_to_seed`] reads of a quote.
fn wording_classes(quotes: &[StoryQuote<'_>]) -> Vec<usize> {
    // All words, content words, speaker.
    type Wording<'q> = (&'q [TermId], &'q [TermId], Option<&'q str>);
    let mut first: HashMap<Wording<'_>, usize> = HashMap::default();
    quotes
        .iter()
        .enumerate()
        .map(|(i, q)| {
            *first
                .entry((q.tokens.all.as_slice(), q.tokens.content.as_slice(), q.speaker))
                .or_insert(i)
        })
        .collect()
}

/// The seeds worth comparing with one quote, found through the word index: counts shared words
/// per seed in a reused table instead of a fresh map per quote.
struct Candidates {
    shared: Vec<u32>,
    touched: Vec<usize>,
}

impl Candidates {
    fn new(quotes: usize) -> Self {
        Candidates {
            shared: vec![0; quotes],
            touched: Vec::new(),
        }
    }

    /// The seeds listed under any of the quote's words (`postings`), at most
    /// [`SEEDS_COMPARED`] of them, sharing the most words first, always including `same` (the
    /// seed of identical wording); in seed order.
    fn find<'p>(&mut self, postings: impl Iterator<Item = &'p [usize]>, same: Option<usize>) -> Vec<usize> {
        for list in postings {
            for &n in list {
                if let Some(c) = self.shared.get_mut(n) {
                    if *c == 0 {
                        self.touched.push(n);
                    }
                    *c += 1;
                }
            }
        }
        let mut seeds = std::mem::take(&mut self.touched);
        let shared = &self.shared;
        let count = |n: &usize| shared.get(*n).copied().unwrap_or(0);
        if seeds.len() > SEEDS_COMPARED {
            seeds.select_nth_unstable_by_key(SEEDS_COMPARED, |n| (std::cmp::Reverse(count(n)), *n));
        }
        // Every count goes back to zero, the dropped seeds' too, for the next quote.
        for n in &seeds {
            if let Some(c) = self.shared.get_mut(*n) {
                *c = 0;
            }
        }
        seeds.truncate(SEEDS_COMPARED);
        if let Some(s) = same.filter(|s| !seeds.contains(s)) {
            seeds.push(s);
        }
        seeds.sort_unstable();
        seeds
    }
}

/// Whether a quote is in headline Title Case: three words or more, each capitalized, a function
/// word among them ("Raising The Fees Again"); running text never capitalizes "the" mid-phrase.
pub fn title_cased(text: &str) -> bool {
    let words = text
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| w.chars().next().is_some_and(char::is_alphabetic));
    let function = |w: &str| {
        matches!(
            w.to_lowercase().as_str(),
            "the" | "of" | "and" | "to" | "a" | "an" | "in" | "on" | "with" | "for" | "at" | "is" | "are"
        )
    };
    // Read word by word up to the first that is not capitalized: most quotes are prose.
    let (mut count, mut function_word) = (0, false);
    for (k, w) in words.enumerate() {
        if !w.chars().next().is_some_and(char::is_uppercase) {
            return false;
        }
        function_word = function_word || (k > 0 && function(w));
        count += 1;
    }
    count >= 3 && function_word
}

/// Words of a quote that are capitalized like a name or title ("Belt of Embers", "Morning
/// Report"): 2–3 capitalized words with only small joining words between them. Such a quote with
/// no speaker is a name, title or scare-quoted term, not something anyone said.
pub fn looks_like_title(text: &str) -> bool {
    // Titles do not end like speech.
    if text.trim_end().ends_with(['!', '?']) {
        return false;
    }
    let words = text
        .split(|c: char| c.is_whitespace() || matches!(c, '-' | '–' | '—'))
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty());
    let joiner = |w: &str| {
        matches!(
            w,
            "of" | "the" | "and" | "a" | "an" | "in" | "on" | "for" | "to" | "at" | "&"
        )
    };
    // Read word by word, stopping at the first that rules a title out: most quotes are prose.
    let mut capitalized = 0;
    for (k, w) in words.enumerate() {
        // A sentence opener ("We agree") is not a title: titles rarely start with a pronoun.
        if k == 0 && matches!(w, "I" | "We" | "You" | "He" | "She" | "It" | "They") {
            return false;
        }
        if joiner(w) {
            continue;
        }
        capitalized += 1;
        if capitalized > 3 || !w.chars().next().is_some_and(char::is_uppercase) {
            return false;
        }
    }
    // One capitalized word is as often a one-word remark ("Reckless.") as a name.
    capitalized >= 2
}

/// Terms of a quote used to find comparable quotes: its content words, or every word when it has none.
pub fn index_keys(q: &StoryQuote<'_>) -> Vec<TermId> {
    let keys = if q.tokens.content.is_empty() {
        &q.tokens.all
    } else {
        &q.tokens.content
    };
    let mut keys = keys.clone();
    keys.sort_unstable();
    keys.dedup();
    keys
}

#[cfg(test)]
mod tests;
