//! Who each outlet says spoke a shared quote: name variants of one person merged, and the
//! outlets' disagreement, when they name different people, kept as a finding of its own.

use serde::Serialize;

/// One speaker named for a shared quote, and the articles that name them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Attribution {
    /// The speaker as displayed (the form most occurrences use).
    pub speaker: String,
    /// Corpus indices of the articles naming this speaker, ascending.
    pub articles: Vec<usize>,
}

/// Whether two words of names are one word: equal but for case and trailing dots.
fn same_word(x: &str, y: &str) -> bool {
    let (x, y) = (x.trim_end_matches('.'), y.trim_end_matches('.'));
    // Names are compared pair by pair across a story: ASCII ones without a lower-cased copy.
    if x.is_ascii() && y.is_ascii() {
        x.eq_ignore_ascii_case(y)
    } else {
        x.to_lowercase() == y.to_lowercase()
    }
}

/// Whether two speaker names are variants of one person's name: one's words are all in the other
/// ("Lima" and "Ana Lima", "Park" and "Park Min Jun", "Ana Lima" and "Mayor Ana Lima").
///
/// Outlets canonicalize names separately, and name order differs between cultures, so the
/// surname alone (the last word) is not a reliable key across a story.
pub fn same_person(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let (na, nb) = (a.split_whitespace().count(), b.split_whitespace().count());
    if na == 0 || nb == 0 {
        return false;
    }
    let (short, long) = if na <= nb { (a, b) } else { (b, a) };
    short
        .split_whitespace()
        .all(|w| long.split_whitespace().any(|v| same_word(w, v)))
}

/// Name variants of one person with how often each is used, and the articles using them.
type Cluster<'a> = (Vec<(&'a str, usize)>, Vec<usize>);

/// The speaker most occurrences name, and, when the articles name two or more different people,
/// who each article credits.
///
/// `named` holds one `(article, speaker)` pair per occurrence with a known speaker.
pub fn attribute(named: &[(usize, &str)]) -> (Option<String>, Vec<Attribution>) {
    // Clusters of name variants, each with its variants' counts and its articles.
    let mut clusters: Vec<Cluster<'_>> = Vec::new();
    for &(article, name) in named {
        let found = clusters
            .iter()
            .position(|(variants, _)| variants.iter().any(|(v, _)| same_person(v, name)));
        let idx = found.unwrap_or_else(|| {
            clusters.push((Vec::new(), Vec::new()));
            clusters.len() - 1
        });
        let (variants, articles) = &mut clusters[idx];
        match variants.iter_mut().find(|(v, _)| *v == name) {
            Some((_, n)) => *n += 1,
            None => variants.push((name, 1)),
        }
        articles.push(article);
    }
    let display = |variants: &[(&str, usize)]| -> String {
        variants
            .iter()
            .max_by(|a, b| a.1.cmp(&b.1).then(a.0.len().cmp(&b.0.len())).then(b.0.cmp(a.0)))
            .map(|(v, _)| v.to_string())
            .unwrap_or_default()
    };
    let votes = |c: &Cluster<'_>| c.0.iter().map(|(_, n)| n).sum::<usize>();
    let speaker = clusters
        .iter()
        .enumerate()
        .max_by(|(ia, a), (ib, b)| votes(a).cmp(&votes(b)).then(ib.cmp(ia)))
        .map(|(_, c)| display(&c.0));
    if clusters.len() < 2 {
        return (speaker, Vec::new());
    }
    let mut attributions: Vec<Attribution> = clusters
        .iter()
        .map(|(variants, articles)| {
            let mut articles = articles.clone();
            articles.sort_unstable();
            articles.dedup();
            Attribution {
                speaker: display(variants),
                articles,
            }
        })
        .collect();
    // Most-cited speaker first; equal counts keep the order of first appearance.
    attributions.sort_by_key(|a| std::cmp::Reverse(a.articles.len()));
    (speaker, attributions)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Name variants as first compared, with every word lower-cased into a vector.
    fn same_person_by_vectors(a: &str, b: &str) -> bool {
        let words = |name: &str| -> Vec<String> {
            name.split_whitespace()
                .map(|w| w.trim_end_matches('.').to_lowercase())
                .collect()
        };
        if a == b {
            return true;
        }
        let (wa, wb) = (words(a), words(b));
        if wa.is_empty() || wb.is_empty() {
            return false;
        }
        let (short, long) = if wa.len() <= wb.len() { (&wa, &wb) } else { (&wb, &wa) };
        short.iter().all(|w| long.contains(w))
    }

    #[test]
    fn names_compared_in_place_as_by_vectors() {
        let pieces = [
            "Ana", "ana", "ANA", "Lima", "lima.", "Dr.", "dr", "Élan", "élan", "İz", "iz", " ", "  ", ".",
        ];
        let mut rng = crate::synth::Rng(17);
        let mut name = || -> String {
            (0..rng.below(5))
                .map(|_| pieces[rng.below(pieces.len())])
                .collect::<Vec<_>>()
                .join(" ")
        };
        for _ in 0..20_000 {
            let (a, b) = (name(), name());
            assert_eq!(same_person(&a, &b), same_person_by_vectors(&a, &b), "{a:?} {b:?}");
        }
    }

    #[test]
    fn name_variants_are_one_person() {
        assert!(same_person("Lima", "Ana Lima"));
        assert!(same_person("Park", "Park Min Jun"));
        assert!(same_person("Ana Lima", "Mayor Ana Lima"));
        assert!(!same_person("Ana Lima", "Rui Lima"));
        assert!(!same_person("Lima", "Costa"));
        assert!(!same_person("", "Costa"));
    }

    #[test]
    fn disagreement_is_kept_per_article() {
        let (speaker, attrs) = attribute(&[(0, "Ana Lima"), (1, "Lima"), (2, "Rui Costa"), (1, "Lima")]);
        assert_eq!(speaker.as_deref(), Some("Lima"));
        assert_eq!(
            attrs,
            vec![
                Attribution {
                    speaker: "Lima".into(),
                    articles: vec![0, 1]
                },
                Attribution {
                    speaker: "Rui Costa".into(),
                    articles: vec![2]
                },
            ]
        );
        let (speaker, attrs) = attribute(&[(0, "Ana Lima"), (1, "Lima")]);
        assert_eq!(speaker.as_deref(), Some("Ana Lima"));
        assert!(attrs.is_empty());
        assert_eq!(attribute(&[]), (None, Vec::new()));
    }
}
