//! Tests of the sentence alignment, including the bound on counterparts and the copy groups.

use super::*;
use crate::features::normalize;

fn v(terms: &[u32]) -> SparseVec {
    normalize(terms.iter().map(|&t| (t, 1.0)).collect())
}

#[test]
fn aligns_best_sentence_and_marks_lonely_ones() {
    let a = vec![v(&[1, 2, 3, 4]), v(&[10, 11, 12])];
    let b = vec![v(&[7, 8, 9]), v(&[1, 2, 3, 5])];
    let out = align_story(&[4, 9], &[&a, &b]);
    assert_eq!(out.articles[0].article, 4);
    assert_eq!(out.articles[0].sentences[0].matches.len(), 1);
    assert_eq!(out.articles[0].sentences[0].matches[0].article, 9);
    assert_eq!(out.articles[0].sentences[0].matches[0].sentence, 1);
    assert_eq!(out.articles[0].sentences[0].matches[0].score, 0.75);
    assert!(out.articles[0].sentences[1].only_here());
    assert!(out.articles[1].sentences[0].only_here());
    assert_eq!(out.articles[1].sentences[1].matches[0].sentence, 0);
}

#[test]
fn one_shared_word_is_not_enough() {
    let a = vec![v(&[1, 2, 3])];
    let b = vec![v(&[1, 5, 6])];
    let out = align_story(&[0, 1], &[&a, &b]);
    assert!(out.articles[0].sentences[0].only_here());
}

#[test]
fn three_articles_keep_article_order() {
    let a = vec![v(&[1, 2, 3])];
    let out = align_story(&[0, 1, 2], &[&a, &a, &a]);
    let arts: Vec<u32> = out.articles[2].sentences[0].matches.iter().map(|m| m.article).collect();
    assert_eq!(arts, vec![0, 1]);
}

#[test]
fn identical_sentences_form_one_copy_group() {
    let a = vec![v(&[1, 2, 3]), v(&[20, 21, 22])];
    let b = vec![v(&[30, 31, 32]), v(&[1, 2, 3])];
    let c = vec![v(&[1, 2, 3])];
    let out = align_story(&[0, 1, 2], &[&a, &b, &c]);
    assert_eq!(out.copies.len(), 1);
    let refs: Vec<(u32, u32)> = out.copies[0]
        .sentences
        .iter()
        .map(|r| (r.article, r.sentence))
        .collect();
    assert_eq!(refs, vec![(0, 0), (1, 1), (2, 0)]);
    assert_eq!(out.articles[0].sentences[0].copies, Some(0));
    assert_eq!(out.articles[1].sentences[1].copies, Some(0));
    assert_eq!(out.articles[0].sentences[1].copies, None);
    assert!(out.articles[0].sentences[1].only_here());
    // Copies are still counterparts while the bound allows.
    assert_eq!(out.articles[2].sentences[0].matches.len(), 2);
}

#[test]
fn a_sentence_repeated_inside_one_article_is_no_copy() {
    let a = vec![v(&[1, 2, 3]), v(&[1, 2, 3])];
    let b = vec![v(&[7, 8, 9])];
    let out = align_story(&[0, 1], &[&a, &b]);
    assert!(out.copies.is_empty());
    assert!(out.articles[0].sentences[0].only_here());
}

#[test]
fn counterparts_are_bounded_and_copies_reach_every_article() {
    let n = 300;
    let boiler = vec![v(&[1, 2, 3, 4]), v(&[50, 51])];
    let arts: Vec<&[SparseVec]> = (0..n).map(|_| boiler.as_slice()).collect();
    let members: Vec<usize> = (0..n).collect();
    let out = align_story(&members, &arts);
    assert_eq!(out.copies.len(), 2);
    assert_eq!(out.copies[0].sentences.len(), n);
    for al in &out.articles {
        for s in &al.sentences {
            assert_eq!(s.matches.len(), MAX_COUNTERPARTS);
            assert!(
                s.matches.windows(2).all(|w| w[0].article < w[1].article),
                "article order"
            );
            assert!(s.matches.iter().all(|m| m.article as usize != al.article));
        }
    }
    // The last article's boilerplate still has a counterpart in the first, through its copy group.
    let last = &out.articles[n - 1].sentences[0];
    assert_eq!(counterpart_in(last, &out.copies, 0), Some(0));
    assert_eq!(counterpart_in(last, &out.copies, n - 1 + 5), None);
}

#[test]
fn bounded_counterparts_keep_the_best_scores() {
    // Article 0's sentence; articles 1..=20 print near variants; article 21 prints it whole.
    let base = vec![v(&[1, 2, 3, 4, 5, 6])];
    let near: Vec<Vec<SparseVec>> = (0..20).map(|k| vec![v(&[1, 2, 3, 100 + k])]).collect();
    let mut arts: Vec<&[SparseVec]> = vec![&base];
    arts.extend(near.iter().map(Vec::as_slice));
    arts.push(&base);
    let members: Vec<usize> = (0..arts.len()).collect();
    let out = align_story(&members, &arts);
    let matches = &out.articles[0].sentences[0].matches;
    assert_eq!(matches.len(), MAX_COUNTERPARTS);
    assert_eq!(matches.last().map(|m| (m.article, m.score)), Some((21, 1.0)));
}

#[test]
fn rank_keys_order_best_score_then_earliest_vector() {
    let cases = [
        (0.32f32, 5u32),
        (0.9994, 9),
        (0.9996, 2),
        (1.0, 7),
        (0.5, 1),
        (0.5, 0),
        (0.3333, 3),
    ];
    let mut by_key: Vec<(f32, u32)> = cases.iter().map(|&(s, id)| from_rank_key(rank_key(s, id))).collect();
    by_key.sort_by_key(|&(s, id)| rank_key(s, id));
    let mut expected: Vec<(f32, u32)> = cases
        .iter()
        .map(|&(s, id)| ((s * 1000.0).round() / 1000.0, id))
        .collect();
    expected.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    assert_eq!(by_key, expected);
    // Scores come back exactly as rounded before.
    assert_eq!(from_rank_key(rank_key(0.7449, 4)), (0.745, 4));
}

#[test]
fn postings_walked_are_the_later_vectors_of_other_articles() {
    let (a, b, c, d, e) = (v(&[1, 2]), v(&[1, 3]), v(&[1, 4]), v(&[1, 5]), v(&[1, 6]));
    let unique = [&a, &b, &c, &d, &e];
    // a and b are printed by article 0 only, c by articles 0 and 1 (first in 0), d by article 1
    // only, e by articles 1 and 2.
    let index = Postings::new(&unique, &[0, 0, MIXED, 1, MIXED]);
    let term = index.terms[0][0];
    let ids = |at: &mut Cursors, u: u32, first: u32, mixed: bool| {
        let runs = index.later(at, term, u, first, mixed);
        runs.iter().flat_map(|r| r.0.to_vec()).collect::<Vec<_>>()
    };
    let expected: [(u32, u32, bool, Vec<u32>); 5] = [
        (0, 0, false, vec![3, 2, 4]),
        (1, 0, false, vec![3, 2, 4]),
        (2, 0, true, vec![3, 4]),
        (3, 1, false, vec![4]),
        (4, 1, true, vec![]),
    ];
    // One walk, the cursors moving forward; and each vector asked alone, from the start.
    let mut walk = Cursors::new(&index);
    for (u, first, mixed, want) in expected {
        assert_eq!(ids(&mut walk, u, first, mixed), want, "vector {u} in the walk");
        assert_eq!(
            ids(&mut Cursors::new(&index), u, first, mixed),
            want,
            "vector {u} alone"
        );
    }
}

#[test]
fn every_pair_is_scored_as_from_either_side() {
    // Overlapping vectors over several articles, some printed twice: each sentence's counterparts
    // are those of a plain all-pairs comparison.
    let mut rng = crate::synth::Rng(11);
    let pool: Vec<SparseVec> = (0..12)
        .map(|_| {
            let terms: Vec<u32> = (0..4).map(|_| rng.below(9) as u32).collect();
            normalize(
                terms
                    .iter()
                    .map(|&t| (t, 1.0 + t as f32 / 3.0))
                    .collect::<Vec<_>>()
                    .into_iter()
                    .fold(Vec::new(), |mut acc: SparseVec, (t, w)| {
                        if !acc.iter().any(|&(x, _)| x == t) {
                            acc.push((t, w));
                        }
                        acc
                    }),
            )
        })
        .collect();
    let articles: Vec<Vec<SparseVec>> = (0..5)
        .map(|_| (0..6).map(|_| pool[rng.below(pool.len())].clone()).collect())
        .collect();
    let refs: Vec<&[SparseVec]> = articles.iter().map(Vec::as_slice).collect();
    let members: Vec<usize> = (0..articles.len()).collect();
    let out = align_story(&members, &refs);
    for (pos, article) in articles.iter().enumerate() {
        for (s, vector) in article.iter().enumerate() {
            let mut expected: Vec<(u32, u32)> = Vec::new();
            for (other, sentences) in articles.iter().enumerate() {
                if other == pos {
                    continue;
                }
                // The best scoring sentence there, the earliest on a tie.
                let best = sentences
                    .iter()
                    .enumerate()
                    .map(|(k, w)| {
                        let shared = vector.iter().filter(|(t, _)| w.iter().any(|(x, _)| x == t)).count();
                        (crate::features::cosine(vector, w), shared, k)
                    })
                    .filter(|&(score, shared, _)| score >= ALIGN_THRESHOLD && (shared >= 2 || vector.len() <= 2))
                    .fold(None, |best: Option<(f32, usize)>, (score, _, k)| match best {
                        Some((b, _)) if (b * 1000.0).round() >= (score * 1000.0).round() => best,
                        _ => Some((score, k)),
                    });
                if let Some((_, k)) = best {
                    expected.push((other as u32, k as u32));
                }
            }
            let got: Vec<(u32, u32)> = out.articles[pos].sentences[s]
                .matches
                .iter()
                .map(|m| (m.article, m.sentence))
                .collect();
            let got_articles: Vec<u32> = got.iter().map(|g| g.0).collect();
            let expected_articles: Vec<u32> = expected.iter().map(|e| e.0).collect();
            assert_eq!(got_articles, expected_articles, "article {pos} sentence {s}");
        }
    }
}

#[test]
fn rank_keys_round_as_f32_round_does() {
    // Around every half thousandth, where rounding turns, and a spread of other scores.
    let halves = (0..1100u32).flat_map(|k| {
        let x = (k as f32 + 0.5) / 1000.0;
        (-3i32..=3).map(move |d| f32::from_bits(x.to_bits().wrapping_add_signed(d)))
    });
    let spread = (0..200_000u32).map(|k| k as f32 / 150_000.0);
    for score in halves.chain(spread) {
        let (rounded, _) = from_rank_key(rank_key(score, 0));
        assert_eq!(rounded, (score * 1000.0).round() / 1000.0, "{score}");
    }
}

#[test]
fn coverage_marks_what_the_full_alignment_does() {
    // Random stories from a small pool of overlapping vectors: some sentences printed by several
    // articles or twice in one, some with no counterpart, some of one or two words.
    for seed in 1..40 {
        let mut rng = crate::synth::Rng(seed);
        let pool: Vec<SparseVec> = (0..10)
            .map(|_| {
                let mut terms: Vec<u32> = (0..1 + rng.below(4)).map(|_| rng.below(14) as u32).collect();
                terms.sort_unstable();
                terms.dedup();
                normalize(terms.iter().map(|&t| (t, 1.0 + t as f32 / 5.0)).collect())
            })
            .collect();
        let articles: Vec<Vec<SparseVec>> = (0..2 + rng.below(4))
            .map(|_| {
                (0..1 + rng.below(7))
                    .map(|_| pool[rng.below(pool.len())].clone())
                    .collect()
            })
            .collect();
        let refs: Vec<&[SparseVec]> = articles.iter().map(Vec::as_slice).collect();
        let members: Vec<usize> = (0..articles.len()).map(|k| k * 3).collect();
        let full = align_story(&members, &refs);
        let cover = align_story_to(&members, &refs, Depth::Coverage);
        assert_eq!(cover.copies, full.copies, "seed {seed}");
        for (f, c) in full.articles.iter().zip(&cover.articles) {
            assert_eq!(c.article, f.article);
            for (s, (fs, cs)) in f.sentences.iter().zip(&c.sentences).enumerate() {
                assert!(cs.matches.is_empty());
                assert_eq!(cs.copies, fs.copies, "seed {seed}, article {}, sentence {s}", f.article);
                assert_eq!(
                    cs.covered, fs.covered,
                    "seed {seed}, article {}, sentence {s}",
                    f.article
                );
                assert_eq!(cs.only_here(), fs.only_here());
            }
        }
    }
}
