#![cfg(loom)]
//! The lock under loom, which runs each test once for every interleaving of
//! its two threads, reports two holders touching the value without a
//! happens-before edge, and reports a thread parked with nobody left to
//! unpark it as a deadlock: a lost wake-up.
//!
//! The protected values are loom `Cell`s, checked whatever the lock keeps
//! its value in. The holders yield while they hold the lock, which makes
//! loom also explore the other thread arriving then, finding the lock
//! taken, and going to sleep.

use loom::cell::Cell;
use loom::sync::Arc;
use loom::thread;

use sleep_lock::SleepLock;
use workbook_sync::model;

/// Two threads each `lock` and add one: they never overlap, no increment is
/// lost, and whoever waits is woken.
#[test]
fn lock_waits_for_the_holder_and_wakes() {
    model(|| {
        let lock = Arc::new(SleepLock::new((Cell::new(false), Cell::new(0u32))));
        let other = Arc::clone(&lock);
        let add_one = |lock: &SleepLock<(Cell<bool>, Cell<u32>)>| {
            let guard = lock.lock();
            let (busy, count) = &*guard;
            assert!(!busy.get(), "two holders at once");
            busy.set(true);
            // Linger while holding the lock, so that loom also tries the
            // other thread arriving now and having to wait.
            thread::yield_now();
            count.set(count.get() + 1);
            busy.set(false);
        };
        let adding = thread::spawn(move || add_one(&other));
        add_one(&lock);
        adding.join().unwrap();
        assert_eq!(
            lock.lock().1.get(),
            2,
            "an increment made under the lock was lost"
        );
    });
}

/// One thread locks twice in a row while the other locks once: every
/// sleeper is woken, whatever stale entries the waiting list holds.
#[test]
fn every_sleeper_is_woken() {
    model(|| {
        let lock = Arc::new(SleepLock::new(Cell::new(0u32)));
        let other = Arc::clone(&lock);
        let adding = thread::spawn(move || {
            let guard = other.lock();
            thread::yield_now();
            guard.set(guard.get() + 1);
        });
        for _ in 0..2 {
            let guard = lock.lock();
            thread::yield_now();
            guard.set(guard.get() + 1);
        }
        adding.join().unwrap();
        assert_eq!(lock.lock().get(), 3);
    });
}

/// What one holder writes, the next one reads (Release when unlocking,
/// Acquire when locking).
#[test]
fn next_holder_sees_the_previous_holders_writes() {
    model(|| {
        let lock = Arc::new(SleepLock::new((Cell::new(0u32), Cell::new(false))));
        let writer = Arc::clone(&lock);
        let writing = thread::spawn(move || {
            if let Some(guard) = writer.try_lock() {
                guard.0.set(42);
                guard.1.set(true);
            }
        });
        if let Some(guard) = lock.try_lock() {
            let expected = if guard.1.get() { 42 } else { 0 };
            assert_eq!(
                guard.0.get(),
                expected,
                "the next holder saw only part of the record"
            );
        }
        writing.join().unwrap();
    });
}
