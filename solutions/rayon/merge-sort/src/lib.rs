//! # Divide and conquer with `rayon::join`
//!
//! Book: book/src/rayon.md#divide-and-conquer-with-join
//! Check: cargo xtask check rayon/merge-sort
//!
//! Reference solution.

/// Below this many elements (or bytes), one thread does the work: splitting
/// further would cost more than it saves.
const SEQUENTIAL_BELOW: usize = 2_048;

/// How many times each byte value occurs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Histogram {
    counts: [u64; 256],
}

impl Histogram {
    /// A histogram with every count 0.
    pub fn new() -> Self {
        Histogram { counts: [0; 256] }
    }

    /// Counts one more occurrence of `byte`.
    ///
    /// `&mut self`: one owner records at a time, so two tasks cannot share a
    /// histogram; each task fills its own and they are merged.
    pub fn record(&mut self, byte: u8) {
        self.counts[usize::from(byte)] += 1;
    }

    /// Adds every count of `other` to this histogram.
    pub fn merge(&mut self, other: Histogram) {
        for (mine, theirs) in self.counts.iter_mut().zip(other.counts) {
            *mine += theirs;
        }
    }

    /// How many times `byte` was recorded.
    pub fn count(&self, byte: u8) -> u64 {
        self.counts[usize::from(byte)]
    }

    /// How many bytes were recorded in all.
    pub fn total(&self) -> u64 {
        self.counts.iter().sum()
    }
}

impl Default for Histogram {
    fn default() -> Self {
        Self::new()
    }
}

/// The histogram of `bytes`, computed by splitting with `rayon::join`.
pub fn histogram(bytes: &[u8]) -> Histogram {
    if bytes.len() < SEQUENTIAL_BELOW {
        let mut histogram = Histogram::new();
        for &byte in bytes {
            histogram.record(byte);
        }
        return histogram;
    }
    let (left, right) = bytes.split_at(bytes.len() / 2);
    let (mut left, right) = rayon::join(|| histogram(left), || histogram(right));
    left.merge(right);
    left
}

/// Sorts `v` in place, stably, sorting halves in parallel with `rayon::join`.
pub fn par_merge_sort<T: Ord + Clone + Send>(v: &mut [T]) {
    if v.len() < SEQUENTIAL_BELOW {
        // std's `sort` is stable.
        v.sort();
        return;
    }
    let mid = v.len() / 2;
    let (left, right) = v.split_at_mut(mid);
    rayon::join(|| par_merge_sort(left), || par_merge_sort(right));
    let merged = merge(left, right);
    v.clone_from_slice(&merged);
}

/// The elements of two sorted slices in one sorted `Vec`; of equal elements,
/// those of `left` first.
fn merge<T: Ord + Clone>(left: &[T], right: &[T]) -> Vec<T> {
    let mut out = Vec::with_capacity(left.len() + right.len());
    let (mut i, mut j) = (0, 0);
    while i < left.len() && j < right.len() {
        if right[j] < left[i] {
            out.push(right[j].clone());
            j += 1;
        } else {
            out.push(left[i].clone());
            i += 1;
        }
    }
    out.extend_from_slice(&left[i..]);
    out.extend_from_slice(&right[j..]);
    out
}
