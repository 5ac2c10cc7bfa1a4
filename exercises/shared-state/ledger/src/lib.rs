//! # A ledger that survives a panic
//!
//! Book: book/src/shared-state.md#poisoning
//! Check: cargo xtask check shared-state/ledger
//!
//! A ledger is a list of amounts and their total, shared by reference
//! between threads. Callers may also `edit` the list with a closure of their
//! own, and that closure may panic halfway through its changes.
//!
//! A panic in one caller's `edit` must not take the ledger down for everyone
//! else. The panic itself still reaches that caller, as any panic does; but
//! every later call, on any thread, works as before, and sees the entries as
//! the panicking closure left them, with a `total` that is their sum.
//!
//! You may keep a running total beside the entries, or add them up when
//! asked: the tests only look at what the methods return. There are no loom
//! tests here, since the subject is a panic, not the order of threads.

use std::marker::PhantomData;

/// Amounts and their total, shared by reference between threads.
pub struct Ledger {
    // TODO: the entries and the total, behind a lock. This placeholder only
    // keeps the starter compiling: replace it.
    _todo: PhantomData<i64>,
}

impl Ledger {
    /// An empty ledger, whose total is 0.
    pub fn new() -> Self {
        todo!()
    }

    /// Adds `amount` at the end of the entries.
    pub fn record(&self, amount: i64) {
        todo!("record {amount}")
    }

    /// The sum of all entries.
    pub fn total(&self) -> i64 {
        todo!()
    }

    /// A copy of the entries, oldest first.
    pub fn entries(&self) -> Vec<i64> {
        todo!()
    }

    /// Runs `edit` on the entries, with no other call to the ledger in
    /// between, and returns what it returns. If `edit` panics, the panic
    /// goes on to the caller, and the ledger stays usable: what `edit`
    /// changed before it panicked stays changed, and the total matches.
    pub fn edit<R>(&self, edit: impl FnOnce(&mut Vec<i64>) -> R) -> R {
        let _ = edit; // Only here to keep the starter free of warnings.
        todo!()
    }
}

impl Default for Ledger {
    fn default() -> Self {
        Ledger::new()
    }
}
