//! # A visitor counter
//!
//! Book: book/src/atomics.md#counting-without-a-lock
//! Check: cargo xtask check atomics/visitor-counter
//!
//! A web page counts its visitors. Every request thread calls `record` on
//! one shared counter, and a reporting thread now and then calls `take` to
//! collect the visits counted since its last call. Whatever the timing:
//!
//! - every visit gets its own number, 1 for the first: no two calls of
//!   `record` return the same number, however many threads call it at once;
//! - every visit is collected by exactly one `take`, or is still in
//!   `total`: none is lost, none is counted twice.
//!
//! Use an atomic from `workbook_sync::atomic` (std's, or loom's when the
//! checker explores every interleaving); locks and `unsafe` are ruled out
//! in this chapter. `Ordering::SeqCst` is the safe choice for every
//! operation; the next chapter, Memory ordering, explains the others.

use std::marker::PhantomData;

// Take the atomic type and `Ordering` from `workbook_sync::atomic`.

/// Counts visits, shared by reference between threads.
pub struct VisitCounter {
    // TODO: the count. This placeholder only keeps the starter compiling:
    // replace it.
    _todo: PhantomData<u64>,
}

impl VisitCounter {
    /// A counter that has counted nothing.
    pub fn new() -> Self {
        todo!()
    }

    /// Counts one visit and returns its number: 1 for the first visit since
    /// the counter was made or last emptied by `take`, 2 for the next, and
    /// so on.
    pub fn record(&self) -> u64 {
        todo!()
    }

    /// The number of visits counted and not yet taken.
    pub fn total(&self) -> u64 {
        todo!()
    }

    /// Returns the visits counted and not yet taken, and starts again from
    /// 0, in one indivisible step.
    pub fn take(&self) -> u64 {
        todo!()
    }
}

impl Default for VisitCounter {
    fn default() -> Self {
        VisitCounter::new()
    }
}
