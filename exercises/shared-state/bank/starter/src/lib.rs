//! # Bank transfers with a lock per account
//!
//! Book: book/src/shared-state.md#lock-ordering-and-deadlock
//! Check: cargo xtask check shared-state/bank
//!
//! A bank keeps the balance of each account behind a lock of its own, so
//! that transfers between different accounts never wait for each other.
//! Many threads call `transfer`, `balance` and `total` on one shared `&Bank`
//! at the same time, and this must hold whatever the timing:
//!
//! - money is never created or destroyed: `total` is always the sum the
//!   bank started with, even while transfers are under way;
//! - an account never goes below zero, even when two transfers from it
//!   race each other;
//! - nothing ever hangs: not two transfers in opposite directions between
//!   the same two accounts, not a `total` beside a transfer, not a
//!   transfer from an account to itself; and not even under the unluckiest
//!   scheduler, which loom plays: a design that backs off and retries
//!   (`try_lock`, release, try again) can repeat for ever when the threads
//!   run in step, so decide the order in which locks are taken instead.
//!
//! Take `Mutex` from `workbook_sync`, not `std::sync`: under loom it is
//! loom's, and the checker tries every order in which threads take locks.

use std::marker::PhantomData;

// Take `Mutex` from `workbook_sync`.

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
    // TODO: one lock per account. This placeholder only keeps the starter
    // compiling: replace it.
    _todo: PhantomData<u64>,
}

impl Bank {
    /// A bank whose account `i` starts with `balances[i]`.
    pub fn new(balances: &[u64]) -> Self {
        todo!("a bank with {} accounts", balances.len())
    }

    /// The balance of `account`. Panics if there is no such account.
    pub fn balance(&self, account: usize) -> u64 {
        todo!("the balance of account {account}")
    }

    /// Moves `amount` from `from` to `to`, all at once or not at all.
    ///
    /// Refused with `SameAccount` when `from == to`, and with
    /// `InsufficientFunds` when `from` holds less than `amount`. Panics if
    /// either account does not exist.
    pub fn transfer(&self, from: usize, to: usize, amount: u64) -> Result<(), TransferError> {
        todo!("move {amount} from {from} to {to}")
    }

    /// The sum of all balances at one instant: never counts money that is
    /// halfway through a transfer twice, or not at all.
    pub fn total(&self) -> u64 {
        todo!()
    }
}
