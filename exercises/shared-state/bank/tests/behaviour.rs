#![cfg(not(loom))]
//! What the bank does at run time, with real threads.
//!
//! Work that might hang runs on a thread of its own, and the test waits for
//! its result with a deadline: a deadlock fails the test with a message
//! instead of hanging it.

use std::sync::mpsc::{self, RecvTimeoutError};
use std::thread;
use std::time::Duration;

use bank::{Bank, TransferError};

/// How long work that should finish at once may take, however busy the machine.
const DEADLINE: Duration = Duration::from_secs(5);

/// Runs `work` on a new thread and returns its result, or panics with `what`
/// if it does not finish before the deadline.
fn within_deadline<R: Send + 'static>(what: &str, work: impl FnOnce() -> R + Send + 'static) -> R {
    let (tx, rx) = mpsc::channel();
    thread::spawn(move || {
        let _ = tx.send(work());
    });
    match rx.recv_timeout(DEADLINE) {
        Ok(result) => result,
        Err(RecvTimeoutError::Timeout) => {
            panic!(
                "{what} did not finish in {DEADLINE:?}: a thread waits for a lock that is never released"
            )
        }
        Err(RecvTimeoutError::Disconnected) => panic!("{what} panicked"),
    }
}

/// A new bank holds the balances it was given; a transfer takes the amount
/// from one account and adds it to the other, in both directions.
#[test]
fn transfer_moves_the_amount() {
    let bank = Bank::new(&[100, 20, 7]);
    assert_eq!(
        (bank.balance(0), bank.balance(1), bank.balance(2)),
        (100, 20, 7)
    );
    assert_eq!(bank.total(), 127);
    assert_eq!(bank.transfer(0, 2, 30), Ok(()));
    assert_eq!(
        (bank.balance(0), bank.balance(1), bank.balance(2)),
        (70, 20, 37)
    );
    assert_eq!(bank.transfer(2, 1, 37), Ok(()));
    assert_eq!(
        (bank.balance(0), bank.balance(1), bank.balance(2)),
        (70, 57, 0)
    );
    assert_eq!(bank.total(), 127);
}

/// A transfer of more than the balance is refused and changes nothing;
/// a transfer of exactly the balance is not.
#[test]
fn overdraft_is_refused_and_changes_nothing() {
    let bank = Bank::new(&[50, 10]);
    assert_eq!(
        bank.transfer(0, 1, 51),
        Err(TransferError::InsufficientFunds)
    );
    assert_eq!((bank.balance(0), bank.balance(1)), (50, 10));
    assert_eq!(
        bank.transfer(1, 0, 11),
        Err(TransferError::InsufficientFunds)
    );
    assert_eq!((bank.balance(0), bank.balance(1)), (50, 10));
    assert_eq!(bank.transfer(0, 1, 50), Ok(()));
    assert_eq!((bank.balance(0), bank.balance(1)), (0, 60));
}

/// A transfer from an account to itself is refused with `SameAccount` and
/// returns at once, whatever the amount; it does not hang on its own lock.
#[test]
fn transfer_to_the_same_account_is_refused_without_hanging() {
    let results = within_deadline("transfer(1, 1, ..)", || {
        let bank = Bank::new(&[10, 20]);
        let small = bank.transfer(1, 1, 5);
        let large = bank.transfer(1, 1, 500);
        (small, large, bank.balance(1), bank.total())
    });
    assert_eq!(
        results,
        (
            Err(TransferError::SameAccount),
            Err(TransferError::SameAccount),
            20,
            30
        )
    );
}
