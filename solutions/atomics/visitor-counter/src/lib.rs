//! # A visitor counter
//!
//! Book: book/src/atomics.md#counting-without-a-lock
//! Check: cargo xtask check atomics/visitor-counter
//!
//! Reference solution. Each method is one atomic read-modify-write (or one
//! load), so there is no moment between a read and a write in which
//! another thread's change could be lost.

use workbook_sync::atomic::{AtomicU64, Ordering};

/// Counts visits, shared by reference between threads.
pub struct VisitCounter {
    visits: AtomicU64,
}

impl VisitCounter {
    /// A counter that has counted nothing.
    pub fn new() -> Self {
        VisitCounter {
            visits: AtomicU64::new(0),
        }
    }

    /// Counts one visit and returns its number: 1 for the first visit since
    /// the counter was made or last emptied by `take`, 2 for the next, and
    /// so on.
    pub fn record(&self) -> u64 {
        // `fetch_add` returns the value before the addition.
        self.visits.fetch_add(1, Ordering::SeqCst) + 1
    }

    /// The number of visits counted and not yet taken.
    pub fn total(&self) -> u64 {
        self.visits.load(Ordering::SeqCst)
    }

    /// Returns the visits counted and not yet taken, and starts again from
    /// 0, in one indivisible step.
    pub fn take(&self) -> u64 {
        self.visits.swap(0, Ordering::SeqCst)
    }
}

impl Default for VisitCounter {
    fn default() -> Self {
        VisitCounter::new()
    }
}
