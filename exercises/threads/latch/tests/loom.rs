#![cfg(loom)]
//! The latch under loom, which runs each test once for every way the two
//! threads' steps can interleave (up to the preemption bound). A waiter that
//! sleeps while nobody is left to wake it is reported as a deadlock, so a
//! lost wake-up fails these tests even if it happens once in a million runs.
//!
//! Two threads per model (the test's own and one it spawns), which are
//! enough to lose a wake-up, and three in the one test that needs two
//! waiters: loom's running time grows very fast with each thread.
//!
//! A `wait` that spins on the count instead of sleeping on the condition
//! variable also fails here: loom runs the spinning thread step by step,
//! and an interleaving in which it spins without end exceeds loom's branch
//! limit. (A spin that tells loom it is spinning, with loom's `yield_now`,
//! is caught by the behaviour test `a_waiting_thread_sleeps_instead_of_spinning`.)
//!
//! The latch is shared with std's `Arc`, not loom's: when loom finds a
//! deadlock it unwinds the blocked threads, and dropping a loom `Arc` at
//! that point aborts the whole test binary instead of failing one test.

use std::sync::Arc;

use count_latch::Latch;
use loom::cell::UnsafeCell;
use loom::thread;
use workbook_sync::model;

/// The last `count_down`, on another thread, wakes a thread in `wait`,
/// whenever it happens.
#[test]
fn one_count_down_releases_the_waiter() {
    model(|| {
        let latch = Arc::new(Latch::new(1));
        let worker = {
            let latch = Arc::clone(&latch);
            thread::spawn(move || latch.count_down())
        };
        latch.wait();
        assert_eq!(
            latch.count(),
            0,
            "wait returned before the count reached zero"
        );
        worker.join().unwrap();
    });
}

/// With a count of two, the waiter goes on only after both count-downs, and
/// is not lost between them.
#[test]
fn waiter_goes_on_only_after_both_count_downs() {
    model(|| {
        let latch = Arc::new(Latch::new(2));
        let worker = {
            let latch = Arc::clone(&latch);
            thread::spawn(move || {
                latch.count_down();
                latch.count_down();
            })
        };
        latch.wait();
        assert_eq!(
            latch.count(),
            0,
            "wait returned before the count reached zero"
        );
        worker.join().unwrap();
    });
}

/// Two threads count down, one of them the waiter itself.
#[test]
fn waiter_that_counts_down_too_is_released() {
    model(|| {
        let latch = Arc::new(Latch::new(2));
        let worker = {
            let latch = Arc::clone(&latch);
            thread::spawn(move || {
                latch.count_down();
                latch.wait();
            })
        };
        latch.count_down();
        latch.wait();
        worker.join().unwrap();
    });
}

/// A value the worker writes with no lock of its own: the latch must carry
/// the write to the waiter.
struct Slot(UnsafeCell<u32>);

// SAFETY: the test writes the slot only before `count_down` and reads it
// only after `wait`; loom checks that the latch orders the two.
unsafe impl Sync for Slot {}

/// What a worker wrote before `count_down` is visible after `wait`: the
/// latch orders the write before the read (a happens-before edge).
#[test]
fn writes_before_count_down_are_seen_after_wait() {
    model(|| {
        let latch = Arc::new(Latch::new(1));
        let slot = Arc::new(Slot(UnsafeCell::new(0)));
        let worker = {
            let latch = Arc::clone(&latch);
            let slot = Arc::clone(&slot);
            thread::spawn(move || {
                // SAFETY: nobody reads the slot until the latch is open.
                slot.0.with_mut(|value| unsafe { *value = 42 });
                latch.count_down();
            })
        };
        latch.wait();
        // SAFETY: the worker wrote before `count_down` and writes no more.
        let seen = slot.0.with(|value| unsafe { *value });
        assert_eq!(seen, 42, "the waiter did not see the worker's write");
        worker.join().unwrap();
    });
}

/// Two threads wait and a third opens the latch: both waiters must be woken
/// (`notify_one` would wake only one of them and leave the other asleep for
/// ever, which loom reports as a deadlock). Three threads make a bigger model
/// than the others, but the latch's few steps keep it small.
#[test]
fn every_waiter_is_woken_by_the_last_count_down() {
    model(|| {
        let latch = Arc::new(Latch::new(1));
        let waiters: Vec<_> = (0..2)
            .map(|_| {
                let latch = Arc::clone(&latch);
                thread::spawn(move || latch.wait())
            })
            .collect();
        latch.count_down();
        for waiter in waiters {
            waiter.join().unwrap();
        }
    });
}
