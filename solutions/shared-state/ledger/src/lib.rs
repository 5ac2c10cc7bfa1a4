//! # A ledger that survives a panic
//!
//! Book: book/src/shared-state.md#poisoning
//! Check: cargo xtask check shared-state/ledger
//!
//! Reference solution. The total is cached beside the entries, so a panic
//! in `edit` can leave the two disagreeing. Whoever next finds the lock
//! poisoned takes the data anyway (`PoisonError::into_inner`), repairs the
//! total from the entries, and clears the poison.

use std::sync::{Mutex, MutexGuard};

struct State {
    entries: Vec<i64>,
    /// Always the sum of `entries`, except after a panic in `edit`.
    total: i64,
}

/// Amounts and their total, shared by reference between threads.
pub struct Ledger {
    state: Mutex<State>,
}

impl Ledger {
    /// An empty ledger, whose total is 0.
    pub fn new() -> Self {
        Ledger {
            state: Mutex::new(State {
                entries: Vec::new(),
                total: 0,
            }),
        }
    }

    /// Locks the state, repairing it first if a panic poisoned the lock.
    fn lock(&self) -> MutexGuard<'_, State> {
        match self.state.lock() {
            Ok(state) => state,
            Err(poisoned) => {
                let mut state = poisoned.into_inner();
                // The panicking `edit` may have changed the entries without
                // updating the total: recompute it before anyone trusts it.
                state.total = state.entries.iter().sum();
                self.state.clear_poison();
                state
            }
        }
    }

    /// Adds `amount` at the end of the entries.
    pub fn record(&self, amount: i64) {
        let mut state = self.lock();
        state.entries.push(amount);
        state.total += amount;
    }

    /// The sum of all entries.
    pub fn total(&self) -> i64 {
        self.lock().total
    }

    /// A copy of the entries, oldest first.
    pub fn entries(&self) -> Vec<i64> {
        self.lock().entries.clone()
    }

    /// Runs `edit` on the entries, with no other call to the ledger in
    /// between, and returns what it returns. If `edit` panics, the panic
    /// goes on to the caller, and the ledger stays usable: what `edit`
    /// changed before it panicked stays changed, and the total matches.
    pub fn edit<R>(&self, edit: impl FnOnce(&mut Vec<i64>) -> R) -> R {
        let mut state = self.lock();
        // A panic here unwinds through `state`, and dropping a guard during
        // a panic poisons the lock; the next `lock` repairs the total.
        let result = edit(&mut state.entries);
        state.total = state.entries.iter().sum();
        result
    }
}

impl Default for Ledger {
    fn default() -> Self {
        Ledger::new()
    }
}
