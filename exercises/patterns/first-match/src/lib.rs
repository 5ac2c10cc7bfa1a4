//! # The first match, found by several threads
//!
//! Book: book/src/patterns.md#cancellation
//! Check: cargo xtask check patterns/first-match
//!
//! [`first_match`] searches a slice with several threads for the *lowest*
//! index whose item matches, and stops work that can no longer matter: once
//! a match at index `k` is known, no thread starts checking an item above
//! `k`. Items below `k` must still be checked, since one of them could be a
//! lower match. That is cancellation with a twist: it cancels only the work
//! that a result has made useless.
//!
//! [`Best`] holds the lowest match found so far, shared by the threads:
//!
//! - [`Best::offer`] records a match at `index`, and keeps the lower of it
//!   and whatever was there: two threads offering at the same time must
//!   never lose the lower one;
//! - [`Best::get`] is the lowest match offered so far, `None` before any;
//! - [`Best::beaten`] says whether checking `index` is pointless (a match
//!   at or below it is known).
//!
//! What must work: `first_match` returns exactly what
//! `items.iter().position(matches)` returns, in every run; it calls
//! `matches` on scoped threads (`threads` of them, at least 1) and every
//! thread has ended when it returns; a match found early makes the search
//! end early (a test makes every non-matching item slow, and has a deadline).
//!
//! Loom checks `Best`: two racing offers always leave the lower index.
//! Take the atomics from `workbook_sync`, not `std::sync`, so loom sees
//! them (`first_match` itself uses `std::thread::scope`, which loom lacks;
//! only `Best` is model-checked).

use workbook_sync::atomic::AtomicUsize;

/// The lowest matching index found so far, shared by the searching threads.
pub struct Best {
    // TODO
    _lowest: Option<AtomicUsize>,
}

impl Best {
    /// No match found yet.
    pub fn new() -> Best {
        todo!()
    }

    /// Records a match at `index`, keeping the lowest.
    pub fn offer(&self, index: usize) {
        todo!("offer {index}")
    }

    /// The lowest match offered so far.
    pub fn get(&self) -> Option<usize> {
        todo!()
    }

    /// Whether a match at or below `index` is already known.
    pub fn beaten(&self, index: usize) -> bool {
        todo!("is {index} beaten?")
    }
}

impl Default for Best {
    fn default() -> Self {
        Self::new()
    }
}

/// The lowest index whose item matches, searched by `threads` threads.
pub fn first_match<T, F>(items: &[T], threads: usize, matches: F) -> Option<usize>
where
    T: Sync,
    F: Fn(&T) -> bool + Sync,
{
    let _ = matches;
    todo!("search {} items with {threads} threads", items.len())
}
