//! What the ledger does, before and after an `edit` that panics.
//!
//! Each test runs on a thread of its own with a deadline, so a ledger that
//! waits for itself fails the test instead of hanging it.

use std::panic::{self, AssertUnwindSafe};
use std::sync::mpsc::{self, RecvTimeoutError};
use std::thread;
use std::time::Duration;

use ledger::Ledger;

/// How long one test's calls may take, however busy the machine.
const DEADLINE: Duration = Duration::from_secs(5);

/// Runs `test` on a new thread and waits for it, or panics if it is still
/// running after the deadline.
fn within_deadline(test: impl FnOnce() + Send + 'static) {
    let (tx, rx) = mpsc::channel();
    thread::spawn(move || {
        test();
        let _ = tx.send(());
    });
    match rx.recv_timeout(DEADLINE) {
        Ok(()) => {}
        Err(RecvTimeoutError::Timeout) => panic!("still running after {DEADLINE:?}"),
        Err(RecvTimeoutError::Disconnected) => {
            panic!("the test's thread panicked (see its message above)")
        }
    }
}

/// An `edit` that pushes `amount` and then panics.
fn push_then_panic(ledger: &Ledger, amount: i64) -> thread::Result<()> {
    panic::catch_unwind(AssertUnwindSafe(|| {
        ledger.edit(|entries| {
            entries.push(amount);
            panic!("edit panicked halfway through (the test meant it to)");
        })
    }))
}

/// `record` adds entries in order, and `total` is their sum.
#[test]
fn record_adds_entries_and_total() {
    within_deadline(|| {
        let ledger = Ledger::new();
        assert_eq!(ledger.total(), 0);
        assert_eq!(ledger.entries(), []);
        ledger.record(30);
        ledger.record(-5);
        ledger.record(12);
        assert_eq!(ledger.entries(), [30, -5, 12]);
        assert_eq!(ledger.total(), 37);
    });
}

/// `edit` changes the entries, returns the closure's result, and the total
/// follows the change.
#[test]
fn edit_changes_entries_and_total() {
    within_deadline(|| {
        let ledger = Ledger::new();
        for amount in [4, -1, 9, -3] {
            ledger.record(amount);
        }
        let removed = ledger.edit(|entries| {
            let before = entries.len();
            entries.retain(|&amount| amount > 0);
            before - entries.len()
        });
        assert_eq!(removed, 2);
        assert_eq!(ledger.entries(), [4, 9]);
        assert_eq!(ledger.total(), 13);
    });
}

/// A panic inside `edit` reaches the caller of `edit`. After that, on the
/// same thread, every method works: the entries are as the closure left them, and `total` matches
/// them, before and after more records and edits.
#[test]
fn ledger_works_after_a_panicking_edit() {
    within_deadline(|| {
        let ledger = Ledger::new();
        ledger.record(10);
        let outcome = push_then_panic(&ledger, 5);
        assert!(
            outcome.is_err(),
            "edit returned normally although its closure panicked"
        );
        assert_eq!(
            ledger.total(),
            15,
            "total does not count what the panicking edit pushed"
        );
        assert_eq!(ledger.entries(), [10, 5]);
        ledger.record(1);
        assert_eq!(ledger.total(), 16);
        assert_eq!(ledger.edit(|entries| entries.len()), 3);
        assert_eq!(ledger.entries(), [10, 5, 1]);
    });
}

/// An `edit` panics on another thread; this thread then records and reads
/// the total without trouble, and the total counts what the other thread
/// pushed before it panicked.
#[test]
fn record_after_a_panic_on_another_thread_keeps_the_total_right() {
    within_deadline(|| {
        let ledger = Ledger::new();
        ledger.record(7);
        thread::scope(|s| {
            let crashed = s.spawn(|| {
                ledger.edit(|entries| {
                    entries.push(3);
                    panic!("edit panicked on another thread (the test meant it to)");
                })
            });
            assert!(crashed.join().is_err());
        });
        ledger.record(20);
        assert_eq!(ledger.entries(), [7, 3, 20]);
        assert_eq!(ledger.total(), 30, "the total does not match the entries");
    });
}
