//! Synthetic corpora for benchmarks and scale tests: many stories, each covered by several outlets
//! that reprint wire copy, quote the same speakers (sometimes excerpted or reworded) and give
//! figures that differ.
//!
//! Deterministic: the same seed always yields the same corpus.

use crate::load::{Document, Metadata};

/// A tiny deterministic generator (SplitMix64); statistical quality is irrelevant here. Public
/// for the tests that want the same sequence on every run (random reader sessions).
pub struct Rng(pub u64);

impl Rng {
    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number below `n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

const SYLLABLES: &[&str] = &[
    "ka", "lo", "mi", "ra", "ten", "vo", "su", "dar", "el", "ni", "bor", "qua", "zi", "mon", "tes", "ul", "fa", "ren",
    "gi", "pa", "shi", "ko", "ber", "lin", "ast", "ove", "mu", "tra", "gen", "ho", "pel", "wan", "dri", "sol", "ika",
    "nor", "bel", "cu", "ja", "ves",
];
const COMMON: &[&str] = &[
    "officials",
    "government",
    "people",
    "report",
    "week",
    "city",
    "plan",
    "council",
    "police",
    "residents",
    "market",
    "workers",
    "region",
    "statement",
    "agency",
    "company",
    "court",
    "water",
    "budget",
    "school",
    "road",
    "hospital",
    "price",
    "support",
    "question",
    "decision",
    "meeting",
    "vote",
    "election",
    "project",
    "border",
    "crisis",
];
const VERBS: &[&str] = &[
    "said",
    "warned",
    "announced",
    "confirmed",
    "argued",
    "denied",
    "suggested",
    "insisted",
];
const FILLER: &[&str] = &[
    "The decision follows months of debate among local officials and residents.",
    "Critics say the plan does not go far enough to address the underlying problems.",
    "It was not immediately clear how the measures would be funded.",
    "Observers expect further announcements soon.",
    "The agency did not respond to a request for comment.",
    "Supporters of the proposal gathered outside the building during the session.",
    "Several questions remain about the timing and the cost of the project.",
    "Analysts said the move could have consequences well beyond the region.",
];
const OUTLETS: &[&str] = &[
    "Daily Planet",
    "Morning Ledger",
    "Evening Courier",
    "Harbor Times",
    "Valley Post",
    "Metro Wire",
    "Coastal Herald",
    "Northern Star",
    "Capital Gazette",
    "Prairie News",
    "River Journal",
    "Summit Tribune",
];

fn word(rng: &mut Rng, syllables: usize) -> String {
    (0..syllables).map(|_| *rng.pick(SYLLABLES)).collect()
}

fn capitalized(rng: &mut Rng, syllables: usize) -> String {
    let w = word(rng, syllables);
    let mut c = w.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// What every article of one story draws from.
struct StorySeed {
    place: String,
    people: Vec<String>,
    nouns: Vec<String>,
    facts: Vec<String>,
    quotes: Vec<String>,
}

fn story_seed(rng: &mut Rng) -> StorySeed {
    let place = capitalized(rng, 3);
    let people: Vec<String> = (0..3)
        .map(|_| format!("{} {}", capitalized(rng, 3), capitalized(rng, 3)))
        .collect();
    let nouns: Vec<String> = (0..6).map(|_| word(rng, 3)).collect();
    let facts = (0..12)
        .map(|_| {
            let (a, b) = (rng.pick(&nouns).clone(), rng.pick(COMMON));
            let n = 2 + rng.below(40);
            format!(
                "The {a} in {place} affected {n} {b} after the {} {} was reported.",
                rng.pick(&nouns),
                rng.pick(COMMON)
            )
        })
        .collect();
    let quotes = (0..6)
        .map(|_| {
            let len = 6 + rng.below(14);
            let mut q: Vec<String> = (0..len)
                .map(|i| {
                    if i % 3 == 0 {
                        rng.pick(&nouns).clone()
                    } else {
                        (*rng.pick(COMMON)).to_string()
                    }
                })
                .collect();
            q[0] = format!("We will protect the {}", q[0]);
            q.join(" ")
        })
        .collect();
    StorySeed {
        place,
        people,
        nouns,
        facts,
        quotes,
    }
}

/// One outlet's article about a story.
fn article(rng: &mut Rng, seed: &StorySeed, target_words: usize) -> String {
    let mut paras = vec![format!(
        "{} of {} {} as {} speaks",
        capitalized(rng, 2),
        seed.place,
        rng.pick(COMMON),
        seed.people[0]
    )];
    let mut words = 0;
    while words < target_words {
        let para = match rng.below(10) {
            0..=3 => {
                let mut s = rng.pick(&seed.facts).clone();
                if rng.below(3) == 0 {
                    s = s.replacen(" after ", " following ", 1);
                }
                format!("{s} {}", rng.pick(FILLER))
            }
            4 | 5 => {
                let mut q = rng.pick(&seed.quotes).clone();
                match rng.below(4) {
                    0 => q = q.split(' ').skip(2).take(6).collect::<Vec<_>>().join(" "),
                    1 => q = q.replacen("will", "shall", 1),
                    _ => {}
                }
                let who = rng.pick(&seed.people);
                format!(
                    "“{q},” {who} {} on {}.",
                    rng.pick(VERBS),
                    rng.pick(&["Monday", "Tuesday", "Friday"])
                )
            }
            6 => format!(
                "The {} lasted {} hours, and about {} {} attended, according to the {}.",
                rng.pick(COMMON),
                1 + rng.below(6),
                100 * (1 + rng.below(50)),
                rng.pick(&seed.nouns),
                rng.pick(COMMON)
            ),
            _ => format!("{} {}", rng.pick(FILLER), rng.pick(FILLER)),
        };
        words += para.split_whitespace().count();
        paras.push(para);
    }
    paras.push("Source link".into());
    paras.join("\n\n")
}

/// A corpus of `articles` documents in stories of 3 to 10 outlets, each 300 to 1,500 words.
pub fn corpus(articles: usize, seed: u64) -> Vec<Document> {
    let mut rng = Rng(seed);
    let mut docs = Vec::with_capacity(articles);
    let mut story = 0;
    while docs.len() < articles {
        let seed_story = story_seed(&mut rng);
        let size = (3 + rng.below(8)).min(articles - docs.len());
        for k in 0..size {
            let words = 300 + rng.below(1200);
            let outlet = OUTLETS[k % OUTLETS.len()];
            docs.push(Document {
                source: format!("synthetic/{story:05}-{k}.txt"),
                stem: format!("{story:05}-{k}"),
                body: article(&mut rng, &seed_story, words),
                meta: Metadata {
                    outlet: Some(outlet.to_string()),
                    ..Metadata::default()
                },
            });
        }
        story += 1;
    }
    docs
}

/// The sentence every article of [`one_story`] repeats, as syndicated boilerplate does.
pub const BOILERPLATE: &str =
    "This article was produced with the support of the regional press association and may be republished freely.";

/// One story covered by `articles` outlets, each article 150 to 400 words that end with the same
/// boilerplate sentence: the case where pairwise comparison inside a story grows quadratically.
pub fn one_story(articles: usize, seed: u64) -> Vec<Document> {
    let mut rng = Rng(seed);
    let seed_story = story_seed(&mut rng);
    (0..articles)
        .map(|k| {
            let words = 150 + rng.below(250);
            let body = format!("{}\n\n{BOILERPLATE}", article(&mut rng, &seed_story, words));
            Document {
                source: format!("synthetic/one-{k:05}.txt"),
                stem: format!("one-{k:05}"),
                body,
                meta: Metadata {
                    outlet: Some(format!("{} {k}", OUTLETS[k % OUTLETS.len()])),
                    story: Some("one".into()),
                    ..Metadata::default()
                },
            }
        })
        .collect()
}

/// One story of two articles: one of about `bytes` bytes, all one paragraph (the synthetic
/// article's paragraphs, figures and quotes run together), and one of usual length. One long
/// article is where a stage scanning back to its paragraph or comparing its sentences or quotes
/// with each other grows with the square of its length.
pub fn big_article(bytes: usize, seed: u64) -> Vec<Document> {
    let mut rng = Rng(seed);
    let seed_story = story_seed(&mut rng);
    let mut big = String::with_capacity(bytes + 4096);
    while big.len() < bytes {
        let words = 300 + rng.below(1200);
        big.push_str(&article(&mut rng, &seed_story, words).replace("\n\n", " "));
        big.push(' ');
    }
    let normal = article(&mut rng, &seed_story, 600);
    [("big", big), ("normal", normal)]
        .into_iter()
        .map(|(stem, body)| Document {
            source: format!("synthetic/{stem}.txt"),
            stem: stem.into(),
            body,
            meta: Metadata {
                story: Some("big".into()),
                ..Metadata::default()
            },
        })
        .collect()
}

/// Total bytes of text in a corpus.
pub fn corpus_bytes(docs: &[Document]) -> usize {
    docs.iter().map(|d| d.body.len()).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deterministic_and_sized() {
        let a = corpus(12, 7);
        assert_eq!(a.len(), 12);
        assert_eq!(a, corpus(12, 7));
        for d in &a {
            let words = d.body.split_whitespace().count();
            assert!((250..2000).contains(&words), "{words}");
        }
    }

    #[test]
    fn big_article_is_one_long_paragraph() {
        let docs = big_article(50_000, 7);
        assert_eq!(docs.len(), 2);
        assert!(docs[0].body.len() >= 50_000);
        assert!(!docs[0].body.contains("\n\n"));
        assert!(docs.iter().all(|d| d.meta.story.as_deref() == Some("big")));
    }
}
