#![cfg(loom)]
//! The lock under loom, which runs each test many times, once for every way
//! the threads' steps can interleave, and reports two threads touching the
//! same data without a happens-before edge between them.
//!
//! The protected values are `loom::cell::Cell`s: loom checks every access to
//! them, whatever the lock keeps its value in, so a lock that lets two holders
//! in at once, or that does not pass the first holder's writes on to the next
//! one, is caught even if it does not use `workbook_sync::UnsafeCell`.
//!
//! Every test uses two threads (the test's own and one it spawns), because
//! loom's cost grows steeply with each thread. `lock_waits_for_the_holder`
//! lets one thread spin in `lock` while the other holds the lock; loom can
//! finish that because `workbook_sync`'s atomics tell it when a thread is only
//! spinning (it reads the same value again), so whichever spin loop you write,
//! with `compare_exchange_weak`, `swap` or plain loads, is explored to the end.
//! The other tests take the lock with `try_lock`, once per thread.

use loom::cell::Cell;
use loom::sync::Arc;
use loom::thread;
use spinlock::SpinLock;
use workbook_sync::model;

/// Gives back the value once every other handle to the lock is gone.
fn unwrap<T>(lock: Arc<SpinLock<T>>) -> T {
    match Arc::try_unwrap(lock) {
        Ok(lock) => lock.into_inner(),
        Err(_) => panic!("a handle to the lock is still alive after every thread was joined"),
    }
}

/// Each thread tries the lock once and counts through the guard: the count
/// equals the number of successful `try_lock`s.
#[test]
fn try_lock_successes_match_the_count() {
    model(|| {
        let lock = Arc::new(SpinLock::new(Cell::new(0usize)));
        let other = Arc::clone(&lock);
        let increment = move |lock: &SpinLock<Cell<usize>>| match lock.try_lock() {
            Some(guard) => {
                guard.set(guard.get() + 1);
                true
            }
            None => false,
        };
        let spawned = thread::spawn(move || increment(&other));
        let mine = increment(&lock);
        let theirs = spawned.join().unwrap();
        assert!(
            mine || theirs,
            "both try_locks failed, but each could fail only while the other held the lock"
        );
        let successes = usize::from(mine) + usize::from(theirs);
        assert_eq!(
            unwrap(lock).get(),
            successes,
            "the count does not match the successful try_locks"
        );
    });
}

/// Only one thread holds the lock at a time: the holders' accesses to the
/// value never overlap.
#[test]
fn holders_never_overlap() {
    model(|| {
        // Each holder marks the lock as taken, writes its name, and checks that
        // the value is still its own before it leaves.
        let lock = Arc::new(SpinLock::new((Cell::new(false), Cell::new(0u32))));
        let other = Arc::clone(&lock);
        let visit = move |lock: &SpinLock<(Cell<bool>, Cell<u32>)>, name: u32| {
            if let Some(guard) = lock.try_lock() {
                let (busy, owner) = &*guard;
                assert!(
                    !busy.get(),
                    "two holders at once: the lock was already held"
                );
                busy.set(true);
                owner.set(name);
                assert_eq!(
                    owner.get(),
                    name,
                    "two holders at once: another holder wrote the value"
                );
                busy.set(false);
            }
        };
        let spawned = thread::spawn(move || visit(&other, 1));
        visit(&lock, 2);
        spawned.join().unwrap();
    });
}

/// Unlocking publishes the holder's writes: whoever takes the lock next
/// reads them (Release when the guard drops, Acquire when the lock is taken).
#[test]
fn next_holder_sees_the_previous_holders_writes() {
    model(|| {
        // The spawned thread fills in a record; the main thread, if it gets the
        // lock after that, must see the whole record.
        let lock = Arc::new(SpinLock::new((Cell::new(0u32), Cell::new(false))));
        let writer = Arc::clone(&lock);
        let spawned = thread::spawn(move || {
            if let Some(guard) = writer.try_lock() {
                guard.0.set(42);
                guard.1.set(true);
            }
        });
        if let Some(guard) = lock.try_lock() {
            if guard.1.get() {
                assert_eq!(
                    guard.0.get(),
                    42,
                    "the next holder saw only part of the record"
                );
            } else {
                assert_eq!(
                    guard.0.get(),
                    0,
                    "the next holder saw only part of the record"
                );
            }
        }
        spawned.join().unwrap();
    });
}

/// `lock` excludes the other thread and hands over the holder's writes: two
/// threads that each take the lock with `lock` and add one to the count never
/// overlap, and the count ends at two.
#[test]
fn lock_waits_for_the_holder() {
    model(|| {
        let lock = Arc::new(SpinLock::new((Cell::new(false), Cell::new(0usize))));
        let other = Arc::clone(&lock);
        let add_one = move |lock: &SpinLock<(Cell<bool>, Cell<usize>)>| {
            let guard = lock.lock();
            let (busy, count) = &*guard;
            assert!(
                !busy.get(),
                "two holders at once: lock() returned while another guard was alive"
            );
            busy.set(true);
            count.set(count.get() + 1);
            busy.set(false);
        };
        let spawned = thread::spawn(move || add_one(&other));
        add_one(&lock);
        spawned.join().unwrap();
        assert_eq!(
            unwrap(lock).1.get(),
            2,
            "an increment made under the lock was lost"
        );
    });
}
