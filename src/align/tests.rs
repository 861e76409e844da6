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
fn postings_skip_the_vectors_own_article_only() {
    let (a, b, c) = (v(&[1, 2]), v(&[1, 3]), v(&[1, 4]));
    let unique = [&a, &b, &c];
    // a and b are printed by article 0, c by several articles.
    let index = Postings::new(&unique, &[0, 0, MIXED]);
    let term = index.terms[0][0];
    let ids = |home| index.others(term, home).map(|(id, _)| id).collect::<Vec<_>>();
    assert_eq!(ids(0), vec![2]);
    assert_eq!(ids(1), vec![0, 1, 2]);
    assert_eq!(ids(MIXED), vec![0, 1, 2]);
}
