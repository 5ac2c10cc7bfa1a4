#![cfg(loom)]
//! The bank under loom, which runs each test once for every order in which
//! the threads can take their locks (up to the preemption bound). Two
//! threads that each hold one lock and wait for the other's are reported as
//! a deadlock, so a transfer that locks in the wrong order fails here even
//! if the real thing deadlocks once in a million runs.
//!
//! The bank is shared with std's `Arc`, not loom's: when loom finds a
//! deadlock it unwinds the blocked threads, and dropping a loom `Arc` then
//! aborts the whole test binary instead of failing one test.

use std::sync::Arc;

use bank::{Bank, TransferError};
use loom::thread;
use workbook_sync::model;

/// Two transfers between the same two accounts in opposite directions, at
/// the same time: both finish (no deadlock), and the money adds up.
#[test]
fn opposite_transfers_neither_deadlock_nor_lose_money() {
    model(|| {
        let bank = Arc::new(Bank::new(&[100, 100]));
        let other = {
            let bank = Arc::clone(&bank);
            thread::spawn(move || bank.transfer(0, 1, 30))
        };
        let here = bank.transfer(1, 0, 20);
        let there = other.join().unwrap();
        assert_eq!((here, there), (Ok(()), Ok(())));
        assert_eq!((bank.balance(0), bank.balance(1)), (90, 110));
    });
}

/// Two transfers of 60 from an account that holds 100, at the same time:
/// exactly one succeeds, and the account never goes below zero.
#[test]
fn racing_withdrawals_cannot_overdraw() {
    model(|| {
        let bank = Arc::new(Bank::new(&[100, 0, 0]));
        let other = {
            let bank = Arc::clone(&bank);
            thread::spawn(move || bank.transfer(0, 1, 60))
        };
        let here = bank.transfer(0, 2, 60);
        let there = other.join().unwrap();
        let succeeded = [here, there].iter().filter(|r| r.is_ok()).count();
        assert_eq!(
            succeeded, 1,
            "both transfers of 60 from 100 returned {here:?} and {there:?}"
        );
        assert!([here, there].contains(&Err(TransferError::InsufficientFunds)));
        assert_eq!(bank.balance(0), 40);
        assert_eq!(bank.balance(1) + bank.balance(2), 60);
    });
}

/// `total` while a transfer runs the other way: it returns (no deadlock)
/// and sees the money exactly once, before or after the transfer.
#[test]
fn total_during_a_transfer_sees_all_the_money_once() {
    model(|| {
        let bank = Arc::new(Bank::new(&[100, 100]));
        let other = {
            let bank = Arc::clone(&bank);
            thread::spawn(move || bank.transfer(1, 0, 50))
        };
        let total = bank.total();
        other.join().unwrap().unwrap();
        assert_eq!(
            total, 200,
            "total() counted a transfer that was halfway through"
        );
    });
}
