//! Site furniture: sentences an outlet prints in several of its articles whatever they report (a
//! donation appeal, a subscription pitch written as prose, a standing disclaimer). On one page
//! cleaning cannot tell them from the story's prose; across a corpus they repeat. They say nothing
//! about the story, so the terms that group articles into stories leave them out (otherwise two
//! unrelated pages of one site share a paragraph of words and can join one story), and a story's
//! alignment never counts them as what only their outlet reports.

use std::collections::hash_map::Entry;
use std::hash::{Hash, Hasher};

use rayon::prelude::*;
use rustc_hash::{FxHashMap, FxHasher};

use crate::article::Article;

/// An article's repeated sentences are left out only if it keeps at least this many of its own.
/// With fewer, it is a copy or a new version of another article of its outlet (a feed listing an
/// item twice, an update adding a line), and those sentences are its story.
const OWN_SENTENCES: usize = 3;

/// For each article, the indices (ascending) of its sentences that another article of the same
/// outlet prints word for word, when it keeps [`OWN_SENTENCES`] of its own; else none.
pub fn site_furniture(articles: &[Article]) -> Vec<Vec<u32>> {
    let mut by_outlet: FxHashMap<&str, Vec<u32>> = FxHashMap::default();
    for (i, article) in articles.iter().enumerate() {
        by_outlet.entry(article.outlet.as_str()).or_default().push(i as u32);
    }
    let outlets: Vec<Vec<u32>> = by_outlet.into_values().filter(|members| members.len() > 1).collect();
    let found: Vec<(u32, Vec<u32>)> = outlets
        .par_iter()
        .flat_map_iter(|members| repeated_within(articles, members))
        .collect();
    let mut furniture = vec![Vec::new(); articles.len()];
    for (a, sentences) in found {
        furniture[a as usize] = sentences;
    }
    furniture
}

/// The repeated sentences of each article of one outlet (`members`), for those that have any and
/// keep enough of their own.
fn repeated_within(articles: &[Article], members: &[u32]) -> Vec<(u32, Vec<u32>)> {
    // Hashed twice rather than kept: one outlet may be a whole corpus (a feed's cache).
    let hashes = |a: u32| {
        let article = &articles[a as usize];
        article.sentences.iter().map(move |s| {
            let mut h = FxHasher::default();
            article.slice(s.span).hash(&mut h);
            h.finish()
        })
    };
    // Each sentence's first article, and whether another article prints it too.
    let mut seen: FxHashMap<u64, (u32, bool)> = FxHashMap::default();
    for &a in members {
        for h in hashes(a) {
            match seen.entry(h) {
                Entry::Occupied(mut e) => {
                    if e.get().0 != a {
                        e.get_mut().1 = true;
                    }
                }
                Entry::Vacant(e) => {
                    e.insert((a, false));
                }
            }
        }
    }
    members
        .iter()
        .filter_map(|&a| {
            let mut repeated: Vec<u32> = Vec::new();
            let mut own = 0;
            for (s, h) in hashes(a).enumerate() {
                if seen.get(&h).is_some_and(|e| e.1) {
                    repeated.push(s as u32);
                } else {
                    own += 1;
                }
            }
            (!repeated.is_empty() && own >= OWN_SENTENCES).then_some((a, repeated))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::{Document, Metadata};

    fn article(outlet: &str, body: &str) -> Article {
        Article::from_document(Document {
            source: format!("{outlet}.txt"),
            stem: outlet.to_string(),
            body: body.to_string(),
            meta: Metadata {
                outlet: Some(outlet.to_string()),
                ..Metadata::default()
            },
        })
    }

    const APPEAL: &str = "Your support keeps our reporters in the field. We believe news should be free to read. \
                          Give what you can today.";

    #[test]
    fn an_appeal_one_site_prints_on_unrelated_pages_is_furniture() {
        let quake = format!(
            "{APPEAL}\n\nA strong earthquake shook the island late Tuesday. Walls of a fire station fell. \
             Power was cut in the port city. Three firefighters were hurt."
        );
        let summit = format!(
            "The two ministers talked until late on Tuesday. They signed a short statement. \
             Critics called it vague. {APPEAL}"
        );
        let other_site = article("other.example", &quake);
        let articles = [
            article("site.example", &quake),
            article("site.example", &summit),
            other_site,
        ];
        let furniture = site_furniture(&articles);
        assert_eq!(furniture[0], vec![0, 1, 2]);
        assert_eq!(furniture[1], vec![3, 4, 5]);
        assert!(
            furniture[2].is_empty(),
            "another outlet's copy is not that site's furniture"
        );
    }

    #[test]
    fn a_copy_or_a_new_version_keeps_every_sentence() {
        let first = "Rescuers reached the village on foot. The road had been cut by a landslide. \
                     Twelve people were missing.";
        let update = format!("{first} Two of them were later found alive.");
        let articles = [
            article("site.example", first),
            article("site.example", first),
            article("site.example", &update),
        ];
        assert!(site_furniture(&articles).iter().all(Vec::is_empty));
    }
}
