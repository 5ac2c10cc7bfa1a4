//! # A local counter beside a shared one
//!
//! Book: book/src/send-sync.md#auto-traits-follow-the-fields
//! Check: cargo xtask check send-sync/counters
//!
//! Reference solution.

use std::cell::Cell;

use workbook_sync::{AtomicU64, Ordering};

/// Counts on one thread, with no synchronisation: a thread's own tally.
///
/// The `Cell` decides both auto traits: a `Cell<u64>` is `Send` (it may move
/// to another thread, which then owns it) and not `Sync` (two threads calling
/// `set` at once would be a data race), and so is a struct whose only field
/// it is. Nothing else needs saying.
#[derive(Default)]
pub struct LocalCounter {
    count: Cell<u64>,
}

impl LocalCounter {
    /// A counter at zero.
    pub fn new() -> LocalCounter {
        LocalCounter {
            count: Cell::new(0),
        }
    }

    /// Adds `n` to the count.
    pub fn add(&self, n: u64) {
        self.count.set(self.count.get() + n);
    }

    /// The count so far.
    pub fn get(&self) -> u64 {
        self.count.get()
    }

    /// Adds this counter's count to `total` and sets this counter back to
    /// zero, so that nothing is counted twice by a later flush.
    pub fn flush_into(&self, total: &SharedCounter) {
        // `replace` reads and resets in one step; only this thread can see
        // the cell, so no other step can come between them anyway.
        total.add(self.count.replace(0));
    }
}

/// A total that many threads add to at once.
///
/// An atomic is `Send` and `Sync`, and so is this struct: threads may share
/// it, and each `fetch_add` is one indivisible read-modify-write, so no add is
/// lost however the threads interleave.
#[derive(Default)]
pub struct SharedCounter {
    total: AtomicU64,
}

impl SharedCounter {
    /// A total at zero.
    pub fn new() -> SharedCounter {
        SharedCounter {
            total: AtomicU64::new(0),
        }
    }

    /// Adds `n` to the total.
    pub fn add(&self, n: u64) {
        // Relaxed: the total publishes no other data. Every add still lands,
        // because `fetch_add` is atomic whatever its ordering.
        self.total.fetch_add(n, Ordering::Relaxed);
    }

    /// The total so far.
    pub fn get(&self) -> u64 {
        self.total.load(Ordering::Relaxed)
    }
}
