//! # Divide and conquer with `rayon::join`
//!
//! Book: book/src/rayon.md#divide-and-conquer-with-join
//! Check: cargo xtask check rayon/merge-sort
//!
//! Two computations that split their input in halves, work on the halves at
//! the same time with `rayon::join`, and combine the results.
//!
//! [`par_merge_sort`] sorts a slice in place. It must be *stable*: elements
//! that compare equal keep their order. Split the slice into two halves that
//! do not overlap, sort both in parallel, and merge them. Below a size of your
//! choice (at most 10,000 elements) sort sequentially; above it, the work
//! must run on rayon's threads (a test checks where the comparisons ran).
//! rayon's own `par_sort` family is off limits.
//!
//! [`Histogram`] counts how often each byte value occurs, and
//! [`histogram`] builds one for a slice of bytes the same way: each half gets
//! a histogram of its own, and the two are merged.
//!
//! What must work: the results equal what `sort` and a sequential counting
//! loop give, for every length including 0 and 1.
//!
//! What must be impossible: two tasks recording into one histogram at the
//! same time. A histogram is a plain value, owned by whoever fills it;
//! sharing one between tasks would make them wait for each other on every
//! byte. A program that records into one histogram from two threads at once
//! must not compile. What decides that is how `record` takes the histogram.

/// How many times each byte value occurs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Histogram {
    // TODO: choose the representation
}

impl Histogram {
    /// A histogram with every count 0.
    pub fn new() -> Self {
        todo!()
    }

    /// Counts one more occurrence of `byte`.
    pub fn record(&self, byte: u8) {
        todo!("count {byte}")
    }

    /// Adds every count of `other` to this histogram.
    pub fn merge(&mut self, other: Histogram) {
        todo!("merge {other:?}")
    }

    /// How many times `byte` was recorded.
    pub fn count(&self, byte: u8) -> u64 {
        todo!("count of {byte}")
    }

    /// How many bytes were recorded in all.
    pub fn total(&self) -> u64 {
        todo!()
    }
}

impl Default for Histogram {
    fn default() -> Self {
        Self::new()
    }
}

/// The histogram of `bytes`, computed by splitting with `rayon::join`.
pub fn histogram(bytes: &[u8]) -> Histogram {
    todo!("count {} bytes in halves", bytes.len())
}

/// Sorts `v` in place, stably, sorting halves in parallel with `rayon::join`.
pub fn par_merge_sort<T: Ord + Clone + Send>(v: &mut [T]) {
    todo!("sort {} elements", v.len())
}
