//! When two quotes are the same utterance: a MemeTracker-style rule over stemmed word sequences
//! (containment, a long shared run, a small word-level edit distance, or heavy content overlap),
//! tightened when known speakers differ and loosened when they agree.

use super::tokens::QuoteTokens;
use crate::text::TermId;

/// How a quote's wording relates to another's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Relation {
    /// The same words after normalization.
    Same,
    /// One is a contiguous excerpt of the other.
    Fragment,
    /// A changed wording of the same utterance.
    Altered,
}

/// What is known about the two speakers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Speakers {
    /// Both known, the same person.
    Same,
    /// Both known, different people.
    Different,
    /// At least one unknown.
    Unknown,
}

/// Decide whether two quotes are one utterance, and how their wordings relate.
pub fn relate(a: &QuoteTokens, b: &QuoteTokens, speakers: Speakers) -> Option<Relation> {
    let (short, long) = if a.all.len() <= b.all.len() { (a, b) } else { (b, a) };
    let n = short.all.len();
    if n == 0 {
        return None;
    }
    if short.all == long.all {
        return Some(Relation::Same);
    }
    let run = longest_common_run(&short.all, &long.all);
    let m = long.all.len();
    // A short addition at the edge of most of a sentence ("I think it's…" against "It is…") is a
    // changed wording; a few words lifted out of a longer sentence are an excerpt, and so is a quote
    // that merely leaves an article or preposition outside its marks ("the 'worst in years'").
    if run == n && n >= 3 && m - n <= 3 && n * 2 > m && edge_has_content(short, long) {
        return Some(Relation::Altered);
    }
    if run == n {
        // A lone quoted word inside someone's full sentence is only the same remark if we know it is
        // the same speaker; otherwise it is just a word two outlets both put in quote marks.
        let enough = match n {
            1 => speakers == Speakers::Same && !short.content.is_empty(),
            2 => !short.content.is_empty() && speakers != Speakers::Different,
            _ => !short.content.is_empty(),
        };
        return enough.then_some(Relation::Fragment);
    }
    if n < 3 {
        return None;
    }
    let (run_needed, edit_ratio, overlap_needed) = match speakers {
        Speakers::Same => (5, 0.45, 0.5),
        Speakers::Unknown => (6, 0.34, 0.6),
        Speakers::Different => (9, 0.2, 0.8),
    };
    // A long shared run makes one utterance only if the rest of the shorter quote follows the
    // longer one too: "It turned out far better than anyone could have hoped" shares six words
    // with "I think far better than anyone could have imagined", yet is another remark.
    let loose = (n as f32 * 0.34).floor().max(1.0) as usize;
    if run >= run_needed && run * 2 >= n && excerpt_distance(&short.all, &long.all, loose) <= loose {
        return Some(Relation::Altered);
    }
    let allowed = ((m as f32) * edit_ratio).floor().max(1.0) as usize;
    if m - n <= allowed && edit_distance(&short.all, &long.all, allowed) <= allowed {
        return Some(Relation::Altered);
    }
    if short.content.len() >= 4 && dice(&short.content, &long.content) >= overlap_needed {
        return Some(Relation::Altered);
    }
    None
}

/// Whether the words of `long` around its copy of `short` include a content word.
fn edge_has_content(short: &QuoteTokens, long: &QuoteTokens) -> bool {
    let n = short.all.len();
    let Some(at) = long.all.windows(n).position(|w| w == short.all.as_slice()) else {
        return true;
    };
    let before = long.all.get(..at).unwrap_or(&[]);
    let after = long.all.get(at + n..).unwrap_or(&[]);
    before
        .iter()
        .chain(after)
        .any(|t| long.content.binary_search(t).is_ok())
}

/// Length of the longest run of consecutive equal tokens in `a` and `b`.
pub fn longest_common_run(a: &[TermId], b: &[TermId]) -> usize {
    let mut prev = vec![0usize; b.len() + 1];
    let mut cur = vec![0usize; b.len() + 1];
    let mut best = 0;
    for &x in a {
        for (j, &y) in b.iter().enumerate() {
            cur[j + 1] = if x == y { prev[j] + 1 } else { 0 };
            best = best.max(cur[j + 1]);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    best
}

/// Word-level Levenshtein distance, giving up (returning `limit + 1`) once it must exceed `limit`.
pub fn edit_distance(a: &[TermId], b: &[TermId], limit: usize) -> usize {
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, &x) in a.iter().enumerate() {
        cur[0] = i + 1;
        let mut row_min = cur[0];
        for (j, &y) in b.iter().enumerate() {
            let cost = usize::from(x != y);
            cur[j + 1] = (prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1);
            row_min = row_min.min(cur[j + 1]);
        }
        if row_min > limit {
            return limit + 1;
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

/// Fewest word edits turning `short` into some contiguous run of `long` (an excerpt with a word
/// changed, dropped or added), giving up (returning `limit + 1`) once it must exceed `limit`.
pub fn excerpt_distance(short: &[TermId], long: &[TermId], limit: usize) -> usize {
    // Semi-global alignment: the excerpt may start and end anywhere in `long` at no cost.
    let mut prev = vec![0usize; long.len() + 1];
    let mut cur = vec![0usize; long.len() + 1];
    for (i, &x) in short.iter().enumerate() {
        cur[0] = i + 1;
        for (j, &y) in long.iter().enumerate() {
            let cost = usize::from(x != y);
            cur[j + 1] = (prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        if cur.iter().min().is_some_and(|&m| m > limit) {
            return limit + 1;
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev.iter().copied().min().unwrap_or(short.len()).min(limit + 1)
}

/// Dice coefficient of two sorted, deduplicated term lists.
pub fn dice(a: &[TermId], b: &[TermId]) -> f32 {
    if a.is_empty() && b.is_empty() {
        return 0.0;
    }
    let shared = a.iter().filter(|t| b.binary_search(t).is_ok()).count();
    2.0 * shared as f32 / (a.len() + b.len()) as f32
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::shared::tokens::quote_tokens;
    use crate::span::Span;
    use crate::text::Vocab;

    fn rel(a: &str, b: &str, s: Speakers) -> Option<Relation> {
        let mut v = Vocab::new();
        let ta = quote_tokens(a, Span::new(0, a.len()), &mut v);
        let tb = quote_tokens(b, Span::new(0, b.len()), &mut v);
        relate(&ta, &tb, s)
    }

    use Relation::*;
    use Speakers::Unknown;

    #[test]
    fn identical_after_normalization() {
        assert_eq!(
            rel(
                "The long-term plan -- is “sound”.",
                "the long term plan — is 'sound'",
                Unknown
            ),
            Some(Same)
        );
    }

    #[test]
    fn fragments() {
        assert_eq!(
            rel(
                "a fair deal",
                "We want a fair deal for every farmer in the region",
                Unknown
            ),
            Some(Fragment)
        );
        assert_eq!(rel("reckless", "This plan is reckless and dangerous", Unknown), None);
        assert_eq!(
            rel("reckless", "This plan is reckless and dangerous", Speakers::Same),
            Some(Fragment)
        );
        assert_eq!(rel("and the", "we want peace and the rest", Unknown), None);
        assert_eq!(
            rel("worst in living memory", "the worst in living memory", Unknown),
            Some(Fragment)
        );
    }

    #[test]
    fn altered_wordings() {
        assert_eq!(
            rel(
                "The talks were quite useful for both sides",
                "The talks were very useful for both sides",
                Unknown
            ),
            Some(Altered)
        );
        assert_eq!(
            rel(
                "It is a turning point for the region",
                "I think it's a turning point for the region",
                Unknown
            ),
            Some(Altered)
        );
        assert_eq!(
            rel(
                "We agree on the need for new inspections",
                "We agreed on the need for new inspections",
                Unknown
            ),
            Some(Same)
        );
        assert_eq!(
            rel(
                "The harvest was poor and prices will rise, so we ask for patience",
                "The harvest was poor and prices will rise this winter",
                Unknown
            ),
            Some(Altered)
        );
        // A different translation that keeps most content words.
        assert_eq!(
            rel(
                "Our farmers cannot survive another season of drought without help",
                "Without aid our farmers will not survive another drought season",
                Speakers::Same
            ),
            Some(Altered)
        );
    }

    #[test]
    fn a_shared_phrase_inside_another_remark_is_not_an_altered_wording() {
        assert_eq!(
            rel(
                "It turned out far better than anyone could have hoped",
                "Real progress, truly. I think far better than anyone could have imagined. Very good. Now we go to the ceremony",
                Speakers::Same
            ),
            None
        );
    }

    #[test]
    fn different_utterances_do_not_match() {
        assert_eq!(
            rel(
                "We will build the bridge next year",
                "We will never sell the port to anyone",
                Unknown
            ),
            None
        );
        assert_eq!(rel("very good", "very bad", Unknown), None);
        // Different known speakers only lower the bar's reach: a loose translation no longer matches.
        assert_eq!(
            rel(
                "Our farmers cannot survive another season of drought without help",
                "Without aid our farmers will not survive another drought season",
                Speakers::Different
            ),
            None
        );
    }

    #[test]
    fn longest_common_run_is_the_longest_shared_stretch() {
        let mut rng = crate::synth::Rng(5);
        for _ in 0..2000 {
            let mut draw = || -> Vec<TermId> { (0..rng.below(12)).map(|_| rng.below(4) as TermId).collect() };
            let (a, b) = (draw(), draw());
            // Every start in each, and how far they agree from there.
            let naive = (0..a.len())
                .flat_map(|i| (0..b.len()).map(move |j| (i, j)))
                .map(|(i, j)| a[i..].iter().zip(&b[j..]).take_while(|(x, y)| x == y).count())
                .max()
                .unwrap_or(0);
            assert_eq!(longest_common_run(&a, &b), naive, "{a:?} {b:?}");
        }
    }

    #[test]
    fn distances() {
        assert_eq!(longest_common_run(&[1, 2, 3, 4], &[9, 2, 3, 4, 1]), 3);
        assert_eq!(edit_distance(&[1, 2, 3], &[1, 3], 5), 1);
        assert_eq!(edit_distance(&[1, 2, 3], &[4, 5, 6], 1), 2);
        assert_eq!(dice(&[1, 2], &[2, 3]), 0.5);
        assert_eq!(excerpt_distance(&[2, 3, 4], &[1, 2, 3, 4, 5], 3), 0);
        assert_eq!(excerpt_distance(&[2, 9, 4], &[1, 2, 3, 4, 5], 3), 1);
        assert_eq!(excerpt_distance(&[2, 4], &[1, 2, 3, 4, 5], 3), 1);
        assert_eq!(excerpt_distance(&[7, 8, 9], &[1, 2, 3], 1), 2);
    }
}
