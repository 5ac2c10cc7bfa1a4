#![cfg(not(loom))]
#![allow(unused_mut)] // `let mut` is needed only if `record` takes `&mut self`
//! The sort must equal std's stable `sort`, and the histogram a sequential
//! count. Inputs come from a fixed pseudo-random sequence.

use std::cmp::Ordering;
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

use rayon_merge_sort::{Histogram, histogram, par_merge_sort};

fn numbers(len: usize, seed: u64) -> Vec<u64> {
    let mut state = seed | 1;
    (0..len)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        })
        .collect()
}

/// Ordered by `key` only; `tag` tells equal elements apart.
#[derive(Debug, Clone)]
struct Keyed {
    key: u8,
    tag: usize,
}

impl PartialEq for Keyed {
    fn eq(&self, other: &Self) -> bool {
        self.key == other.key
    }
}
impl Eq for Keyed {}
impl PartialOrd for Keyed {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Keyed {
    fn cmp(&self, other: &Self) -> Ordering {
        self.key.cmp(&other.key)
    }
}

/// A number whose comparisons note whether they ran on a rayon worker.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Probe(u64);

static ON_WORKERS: AtomicUsize = AtomicUsize::new(0);

impl PartialOrd for Probe {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Probe {
    fn cmp(&self, other: &Self) -> Ordering {
        if rayon::current_thread_index().is_some() {
            ON_WORKERS.fetch_add(1, Relaxed);
        }
        self.0.cmp(&other.0)
    }
}

/// A large slice ends up exactly as `sort` leaves it.
#[test]
fn sort_matches_std_sort() {
    for (len, seed) in [(100_000, 1), (65_537, 2), (3_000, 3)] {
        let mut v = numbers(len, seed);
        let mut expected = v.clone();
        expected.sort();
        par_merge_sort(&mut v);
        assert!(
            v == expected,
            "{len} numbers are not sorted as sort sorts them"
        );
    }
}

/// Slices of 0, 1 and 2 elements, and sorted and reversed ones, sort too.
#[test]
fn sort_handles_small_and_ordered_input() {
    let mut empty: Vec<u64> = Vec::new();
    par_merge_sort(&mut empty);
    assert!(empty.is_empty());
    let mut one = vec![7];
    par_merge_sort(&mut one);
    assert_eq!(one, [7]);
    let mut two = vec![9, 3];
    par_merge_sort(&mut two);
    assert_eq!(two, [3, 9]);
    let mut sorted: Vec<u64> = (0..50_000).collect();
    par_merge_sort(&mut sorted);
    assert!(sorted.iter().copied().eq(0..50_000));
    let mut reversed: Vec<u64> = (0..50_000).rev().collect();
    par_merge_sort(&mut reversed);
    assert!(reversed.iter().copied().eq(0..50_000));
}

/// Equal elements keep their order, across the halves that were merged.
#[test]
fn sort_is_stable() {
    let mut v: Vec<Keyed> = numbers(60_000, 4)
        .into_iter()
        .enumerate()
        .map(|(tag, n)| Keyed {
            key: (n % 16) as u8,
            tag,
        })
        .collect();
    let mut expected = v.clone();
    expected.sort();
    par_merge_sort(&mut v);
    let tags: Vec<usize> = v.iter().map(|k| k.tag).collect();
    let expected_tags: Vec<usize> = expected.iter().map(|k| k.tag).collect();
    assert!(tags == expected_tags, "equal keys changed their order");
}

/// A sort of 100,000 elements does (some of) its comparing on rayon's
/// worker threads. The final merge may run on the calling thread.
#[test]
fn large_sort_runs_on_rayon_workers() {
    let mut v: Vec<Probe> = numbers(100_000, 5).into_iter().map(Probe).collect();
    par_merge_sort(&mut v);
    assert!(v.windows(2).all(|w| w[0].0 <= w[1].0));
    assert!(
        ON_WORKERS.load(Relaxed) > 0,
        "no comparison ran on a rayon worker thread"
    );
}

/// The histogram of many bytes equals a sequential count.
#[test]
fn histogram_matches_sequential_count() {
    let bytes: Vec<u8> = numbers(300_001, 6)
        .into_iter()
        .map(|n| (n >> 40) as u8)
        .collect();
    let mut expected = [0u64; 256];
    for &b in &bytes {
        expected[usize::from(b)] += 1;
    }
    let counted = histogram(&bytes);
    for byte in 0..=255u8 {
        assert_eq!(
            counted.count(byte),
            expected[usize::from(byte)],
            "count of {byte}"
        );
    }
    assert_eq!(counted.total(), 300_001);
}

/// Few bytes, and none.
#[test]
fn histogram_of_few_bytes() {
    let empty = histogram(&[]);
    assert_eq!(empty.total(), 0);
    assert_eq!(empty, Histogram::new());
    let small = histogram(&[3, 3, 255, 0]);
    assert_eq!(
        (small.count(3), small.count(255), small.count(0)),
        (2, 1, 1)
    );
    assert_eq!(small.count(4), 0);
    assert_eq!(small.total(), 4);
}

/// Merging adds counts; it does not replace them.
#[test]
fn merge_adds_counts() {
    let mut a = Histogram::new();
    a.record(1);
    a.record(1);
    a.record(2);
    let mut b = Histogram::new();
    b.record(1);
    b.record(200);
    a.merge(b);
    assert_eq!((a.count(1), a.count(2), a.count(200)), (3, 1, 1));
    assert_eq!(a.total(), 5);
}
