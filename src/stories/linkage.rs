//! Merging candidate pairs into stories, strongest pairs first, with a centroid check so that
//! single links cannot chain unrelated events together, and a date check so that two events of
//! one place or one topic, weeks apart, stay two stories.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

#[cfg(test)]
use super::similarity;
#[cfg(test)]
use crate::features::normalize;
use crate::features::{ArticleFeatures, SparseVec, shared_terms, unit_divisor};
use crate::text::TermId;
use crate::unionfind::UnionFind;

/// Running sums of a group's unit vectors; their direction is the group's centroid.
#[derive(Clone)]
struct Centroid {
    vector: SparseVec,
    names: SparseVec,
    /// What `normalize` would divide each sum by, kept so comparing centroids copies nothing.
    norms: (f32, f32),
}

impl Default for Centroid {
    fn default() -> Self {
        Centroid {
            vector: SparseVec::new(),
            names: SparseVec::new(),
            norms: (1.0, 1.0),
        }
    }
}

impl Centroid {
    fn of(f: &ArticleFeatures) -> Self {
        Centroid {
            vector: f.vector.clone(),
            names: f.names.clone(),
            norms: (unit_divisor(&f.vector), unit_divisor(&f.names)),
        }
    }

    #[cfg(test)]
    fn features(&self) -> ArticleFeatures {
        ArticleFeatures {
            vector: normalize(self.vector.clone()),
            names: normalize(self.names.clone()),
            ..ArticleFeatures::default()
        }
    }

    fn absorb(&mut self, other: Centroid) {
        self.vector = add(&self.vector, &other.vector);
        self.names = add(&self.names, &other.names);
        self.norms = (unit_divisor(&self.vector), unit_divisor(&self.names));
    }
}

/// Lowest mean similarity of the article pairs across two groups that may merge. Well below the
/// pair threshold: outlets word one event differently, so most pairs of one real story score under
/// the threshold (on the development set's four events, whose stories stay whole up to 0.12),
/// while a chain of different events averages far less.
const AVERAGE_FLOOR: f32 = 0.08;

/// Whether two groups (size, centroid) may merge: their centroids at least `threshold` alike, and
/// their articles not too far apart on average. The centroids' cosine ignores how spread a group
/// is: a group chained from many events has a diffuse centroid that every article resembles a
/// little, so the mean similarity of the pairs across the two groups must stay above a floor too.
fn agree(a: &(usize, Centroid), b: &(usize, Centroid), threshold: f32) -> bool {
    let link = link(a, b);
    link.centroids >= threshold && link.average >= AVERAGE_FLOOR
}

/// How alike two groups (size, centroid) are, both ways [`agree`] asks.
struct Link {
    /// [`super::similarity`] of the two centroids' directions: the same sums, to the bit, as
    /// normalizing copies of both and comparing those, without the copies (big groups are
    /// compared often).
    centroids: f32,
    /// The mean similarity of every pair of articles across the two groups: the sums of unit
    /// vectors make it one dot product per half.
    average: f32,
}

/// Both measures of [`Link`] from one walk over the terms each half of the centroids share.
fn link(a: &(usize, Centroid), b: &(usize, Centroid)) -> Link {
    let (ca, cb) = (&a.1, &b.1);
    let (vector, vector_dot) = sums(&ca.vector, ca.norms.0, &cb.vector, cb.norms.0);
    let (names, names_dot) = sums(&ca.names, ca.norms.1, &cb.names, cb.norms.1);
    let pairs = (a.0 * b.0) as f32;
    Link {
        centroids: 0.5 * vector + 0.5 * names,
        average: (0.5 * vector_dot + 0.5 * names_dot) / pairs,
    }
}

/// Over the terms `a` and `b` share: the cosine of `a / na` and `b / nb` (each weight divided as
/// `normalize` divides it), and the plain dot product.
fn sums(a: &[(TermId, f32)], na: f32, b: &[(TermId, f32)], nb: f32) -> (f32, f32) {
    let (mut scaled, mut plain) = (0.0, 0.0);
    shared_terms(a, b, |x, y| {
        scaled += (x / na) * (y / nb);
        plain += x * y;
    });
    (scaled, plain)
}

/// Sum of two sparse vectors sorted by term.
fn add(a: &SparseVec, b: &SparseVec) -> SparseVec {
    let mut out = Vec::with_capacity(a.len() + b.len());
    let (mut i, mut j) = (0, 0);
    while i < a.len() || j < b.len() {
        match (a.get(i), b.get(j)) {
            (Some(x), Some(y)) if x.0 == y.0 => {
                out.push((x.0, x.1 + y.1));
                i += 1;
                j += 1;
            }
            (Some(x), Some(y)) if x.0 < y.0 => {
                out.push(*x);
                i += 1;
            }
            (Some(x), None) => {
                out.push(*x);
                i += 1;
            }
            (_, Some(y)) => {
                out.push(*y);
                j += 1;
            }
            (None, None) => break,
        }
    }
    out
}

/// How far apart (in days) the typical publication days of two groups may be for them to merge.
/// A story's coverage, follow-ups and rising tolls included, comes within about a week; the
/// next meeting of the same leaders, or a storm that hits a town a month after its earthquake, is
/// worded so much like the first event that only the calendar tells them apart.
pub const STORY_DAYS: i32 = 7;

/// The publication days of a group's dated articles (days since 1970-01-01), sorted, and their
/// typical day, kept as it is asked for every pair that touches the group.
#[derive(Clone, Default, Debug, PartialEq)]
struct Days {
    days: Vec<i32>,
    typical: Option<i32>,
}

impl Days {
    fn of(day: Option<i32>) -> Days {
        Days::new(day.into_iter().collect())
    }

    fn new(mut days: Vec<i32>) -> Days {
        days.sort_unstable();
        let typical = typical(&days);
        Days { days, typical }
    }

    fn absorb(&mut self, other: Days) {
        let mut days = std::mem::take(&mut self.days);
        days.extend(other.days);
        *self = Days::new(days);
    }
}

/// The typical day of sorted `days`, when they agree: the median, if at least two dated
/// articles lie within [`STORY_DAYS`] of it. Pages are sometimes dated the day they were crawled
/// or updated, years later: one such date, not borne out by another, must not keep an article
/// from its story.
fn typical(days: &[i32]) -> Option<i32> {
    let median = *days.get(days.len() / 2)?;
    let agreeing = days.iter().filter(|&&d| (d - median).abs() <= STORY_DAYS).count();
    (agreeing >= 2).then_some(median)
}

/// Whether two groups were published close enough in time to be one story; a group without a
/// typical day is close to anything.
fn close_in_time(a: &Days, b: &Days) -> bool {
    match (a.typical, b.typical) {
        (Some(x), Some(y)) => (x - y).abs() <= STORY_DAYS,
        _ => true,
    }
}

/// Merge `pairs` (score, a, b) into `sets`, strongest first; two groups of more than one article
/// merge only if their centroids are at least `threshold` alike, and no two groups whose typical
/// publication days (`days`, per article, days since 1970-01-01) are over [`STORY_DAYS`] apart.
pub fn merge(
    sets: &mut UnionFind,
    features: &[ArticleFeatures],
    days: &[Option<i32>],
    mut pairs: Vec<(f32, usize, usize)>,
    threshold: f32,
) {
    pairs.sort_unstable_by(|x, y| y.0.total_cmp(&x.0).then((x.1, x.2).cmp(&(y.1, y.2))));
    let mut centroids: HashMap<usize, (usize, Centroid)> = HashMap::default();
    let mut dated: HashMap<usize, Days> = HashMap::default();
    let mut apart: HashSet<(usize, usize, usize, usize)> = HashSet::default();
    let day = |i: usize| days.get(i).copied().flatten();
    for (_, a, b) in pairs {
        let (ra, rb) = (sets.find(a), sets.find(b));
        if ra == rb {
            continue;
        }
        let da = dated.remove(&ra).unwrap_or_else(|| Days::of(day(a)));
        let db = dated.remove(&rb).unwrap_or_else(|| Days::of(day(b)));
        if !close_in_time(&da, &db) {
            dated.insert(ra, da);
            dated.insert(rb, db);
            continue;
        }
        let ca = centroids.remove(&ra).unwrap_or_else(|| (1, Centroid::of(&features[a])));
        let cb = centroids.remove(&rb).unwrap_or_else(|| (1, Centroid::of(&features[b])));
        // A group changes only by growing, so a root and a size name one state of it: two
        // groups that did not agree are not compared again until one of them grows (each of one
        // story's articles meets each of the other's).
        let state = if ra < rb {
            (ra, ca.0, rb, cb.0)
        } else {
            (rb, cb.0, ra, ca.0)
        };
        // The pair itself cleared the threshold; larger groups must also agree as wholes.
        if (ca.0 == 1 && cb.0 == 1) || (!apart.contains(&state) && agree(&ca, &cb, threshold)) {
            let root = sets.union(a, b);
            let (mut big, small) = if ca.0 >= cb.0 { (ca, cb) } else { (cb, ca) };
            big.0 += small.0;
            big.1.absorb(small.1);
            centroids.insert(root, big);
            let (mut early, late) = (da, db);
            early.absorb(late);
            dated.insert(root, early);
        } else {
            apart.insert(state);
            centroids.insert(ra, ca);
            centroids.insert(rb, cb);
            dated.insert(ra, da);
            dated.insert(rb, db);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(terms: &[(u32, f32)], names: &[(u32, f32)]) -> ArticleFeatures {
        ArticleFeatures {
            vector: normalize(terms.to_vec()),
            names: normalize(names.to_vec()),
            ..ArticleFeatures::default()
        }
    }

    #[test]
    fn centroid_similarity_is_that_of_normalized_copies_to_the_bit() {
        let mut a = Centroid::of(&f(&[(1, 0.3), (4, 1.7), (9, 0.2)], &[(4, 1.0)]));
        a.absorb(Centroid::of(&f(&[(4, 0.9), (12, 0.1)], &[(12, 2.0)])));
        let b = Centroid::of(&f(&[(0, 0.5), (4, 0.9), (9, 2.2)], &[]));
        assert_eq!(
            link(&(1, a.clone()), &(1, b.clone())).centroids.to_bits(),
            similarity(&a.features(), &b.features()).to_bits()
        );
        assert_eq!(link(&(1, a), &(1, Centroid::default())).centroids, 0.0);
    }

    #[test]
    fn add_merges_sorted_vectors() {
        assert_eq!(
            add(&vec![(1, 1.0), (3, 1.0)], &vec![(2, 1.0), (3, 2.0)]),
            vec![(1, 1.0), (2, 1.0), (3, 3.0)]
        );
    }

    #[test]
    fn average_link_is_the_mean_pair_similarity() {
        let feats = [
            f(&[(1, 1.0)], &[(50, 1.0)]),
            f(&[(1, 1.0), (2, 1.0)], &[(50, 1.0)]),
            f(&[(2, 1.0)], &[(60, 1.0)]),
        ];
        let group = |members: &[usize]| {
            let mut c = Centroid::of(&feats[members[0]]);
            for &m in &members[1..] {
                c.absorb(Centroid::of(&feats[m]));
            }
            (members.len(), c)
        };
        let mean = (similarity(&feats[0], &feats[2]) + similarity(&feats[1], &feats[2])) / 2.0;
        assert!((link(&group(&[0, 1]), &group(&[2])).average - mean).abs() < 1e-6);
    }

    #[test]
    fn diffuse_groups_do_not_merge_on_their_centroids_alone() {
        // Ten articles each, every one about its own terms, all with a little weight on one
        // common term and name (7): the centroids look alike, the articles do not.
        let (c, u) = (0.25f32, (1.0f32 - 0.0625).sqrt());
        let group = |first: u32| {
            let mut sum = Centroid::default();
            for k in first..first + 10 {
                sum.absorb(Centroid::of(&f(&[(7, c), (k, u)], &[(7, c), (k, u)])));
            }
            (10, sum)
        };
        let (a, b) = (group(100), group(200));
        assert!(similarity(&a.1.features(), &b.1.features()) >= 0.25);
        assert!(link(&a, &b).average < AVERAGE_FLOOR);
        assert!(!agree(&a, &b, 0.25));
        // Two tight groups of one story merge.
        let tight = |_: u32| {
            let mut sum = Centroid::default();
            for _ in 0..3 {
                sum.absorb(Centroid::of(&f(&[(1, 1.0), (2, 0.5)], &[(50, 1.0)])));
            }
            (3, sum)
        };
        assert!(agree(&tight(0), &tight(1), 0.25));
    }

    #[test]
    fn a_single_shared_name_does_not_chain_two_stories() {
        // Story A: 0, 1 (terms 1-3). Story B: 3, 4 (terms 7-9). Article 2 shares a bit with each.
        let feats = vec![
            f(&[(1, 1.0), (2, 1.0), (3, 1.0)], &[(50, 1.0), (51, 1.0)]),
            f(&[(1, 1.0), (2, 1.0), (3, 0.8)], &[(50, 1.0), (51, 1.0)]),
            f(&[(3, 1.0), (7, 1.0)], &[(51, 1.0), (60, 1.0)]),
            f(&[(7, 1.0), (8, 1.0), (9, 1.0)], &[(60, 1.0), (61, 1.0)]),
            f(&[(7, 1.0), (8, 1.0), (9, 0.9)], &[(60, 1.0), (61, 1.0)]),
        ];
        let mut pairs = Vec::new();
        for a in 0..5 {
            for b in a + 1..5 {
                let s = similarity(&feats[a], &feats[b]);
                if s >= 0.25 {
                    pairs.push((s, a, b));
                }
            }
        }
        let mut sets = UnionFind::new(5);
        merge(&mut sets, &feats, &[], pairs, 0.25);
        let groups = sets.groups();
        assert!(groups.contains(&vec![0, 1]) || groups.iter().any(|g| g.starts_with(&[0, 1])));
        assert!(!groups.iter().any(|g| g.contains(&0) && g.contains(&4)), "{groups:?}");
    }

    /// Every pair of `feats` that reaches the threshold, as the candidates would give them.
    fn all_pairs(feats: &[ArticleFeatures]) -> Vec<(f32, usize, usize)> {
        let mut pairs = Vec::new();
        for a in 0..feats.len() {
            for b in a + 1..feats.len() {
                let s = similarity(&feats[a], &feats[b]);
                if s >= 0.25 {
                    pairs.push((s, a, b));
                }
            }
        }
        pairs
    }

    #[test]
    fn events_weeks_apart_stay_apart_however_alike() {
        // Two summits of the same leaders, a month apart, four articles each: worded alike, and
        // alike still across the two.
        let feats: Vec<ArticleFeatures> = (0..8)
            .map(|k| f(&[(1, 1.0), (2, 1.0), (3 + k / 4, 0.3)], &[(50, 1.0), (51, 1.0)]))
            .collect();
        assert!(similarity(&feats[0], &feats[4]) > 0.9);
        let days: Vec<Option<i32>> = [0, 1, 0, 2, 30, 31, 30, 32].into_iter().map(Some).collect();
        let mut sets = UnionFind::new(8);
        merge(&mut sets, &feats, &days, all_pairs(&feats), 0.25);
        assert_eq!(sets.groups(), vec![vec![0, 1, 2, 3], vec![4, 5, 6, 7]]);
        // Undated, nothing tells them apart.
        let mut sets = UnionFind::new(8);
        merge(&mut sets, &feats, &[None; 8], all_pairs(&feats), 0.25);
        assert_eq!(sets.groups().len(), 1);
    }

    #[test]
    fn a_date_no_other_bears_out_does_not_split_a_story() {
        // The third page is dated the day it was crawled, years later; the fourth has no date.
        let feats: Vec<ArticleFeatures> = (0..4).map(|_| f(&[(1, 1.0), (2, 1.0)], &[(50, 1.0)])).collect();
        let days = [Some(100), Some(101), Some(1200), None];
        let mut sets = UnionFind::new(4);
        merge(&mut sets, &feats, &days, all_pairs(&feats), 0.25);
        assert_eq!(sets.groups(), vec![vec![0, 1, 2, 3]]);
    }

    #[test]
    fn a_typical_day_needs_two_dates_that_agree() {
        let days = |d: &[i32]| Days::new(d.to_vec());
        assert_eq!(days(&[]).typical, None);
        assert_eq!(days(&[5]).typical, None);
        assert_eq!(days(&[400, 5]).typical, None);
        assert_eq!(days(&[400, 9, 5]).typical, Some(9));
        let mut grown = days(&[5]);
        grown.absorb(days(&[3]));
        assert_eq!(grown, days(&[3, 5]));
        assert!(close_in_time(&days(&[0, 7]), &days(&[14, 14])));
        assert!(!close_in_time(&days(&[0, 6]), &days(&[14, 14])));
        assert!(close_in_time(&days(&[0, 1]), &days(&[900])));
    }
}
