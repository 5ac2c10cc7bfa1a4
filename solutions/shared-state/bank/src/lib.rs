//! # Bank transfers with a lock per account
//!
//! Book: book/src/shared-state.md#lock-ordering-and-deadlock
//! Check: cargo xtask check shared-state/bank
//!
//! Reference solution.
//!
//! Every method that holds two locks takes them in one global order, by
//! account number: a thread holding account 3 may wait for account 5, never
//! the other way round, so no cycle of waiting threads can form.

use workbook_sync::{Mutex, MutexGuard};

/// Why a transfer was refused. A refused transfer changes nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TransferError {
    /// `from` and `to` are the same account.
    SameAccount,
    /// `from` holds less than `amount`.
    InsufficientFunds,
}

/// Accounts numbered from 0, each with its own lock.
pub struct Bank {
    accounts: Vec<Mutex<u64>>,
}

impl Bank {
    /// A bank whose account `i` starts with `balances[i]`.
    pub fn new(balances: &[u64]) -> Self {
        Bank {
            accounts: balances
                .iter()
                .map(|&balance| Mutex::new(balance))
                .collect(),
        }
    }

    fn lock(&self, account: usize) -> MutexGuard<'_, u64> {
        self.accounts[account].lock().unwrap()
    }

    /// The balance of `account`. Panics if there is no such account.
    pub fn balance(&self, account: usize) -> u64 {
        *self.lock(account)
    }

    /// Moves `amount` from `from` to `to`, all at once or not at all.
    ///
    /// Refused with `SameAccount` when `from == to`, and with
    /// `InsufficientFunds` when `from` holds less than `amount`. Panics if
    /// either account does not exist.
    pub fn transfer(&self, from: usize, to: usize, amount: u64) -> Result<(), TransferError> {
        if from == to {
            // Locking the same mutex twice on one thread never returns.
            return Err(TransferError::SameAccount);
        }
        // The lower account number first, whichever way the money goes.
        let (mut source, mut target) = if from < to {
            let source = self.lock(from);
            (source, self.lock(to))
        } else {
            let target = self.lock(to);
            (self.lock(from), target)
        };
        // Checked and changed under the same two locks: nobody can take the
        // money between the check and the withdrawal.
        if *source < amount {
            return Err(TransferError::InsufficientFunds);
        }
        *source -= amount;
        *target += amount;
        Ok(())
    }

    /// The sum of all balances at one instant: never counts money that is
    /// halfway through a transfer twice, or not at all.
    pub fn total(&self) -> u64 {
        // Hold every lock at once, taken in the same order as `transfer`
        // takes them, so that no transfer is halfway through while we add.
        let guards: Vec<MutexGuard<'_, u64>> = (0..self.accounts.len())
            .map(|account| self.lock(account))
            .collect();
        guards.iter().map(|balance| **balance).sum()
    }
}
