#![cfg(not(loom))]
//! What a spin lock and its guard do at run time, on real threads.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;

use spinlock::SpinLock;

#[test]
fn guard_reads_the_value() {
    let lock = SpinLock::new(5);
    let guard = lock.lock();
    assert_eq!(*guard, 5);
}

#[test]
fn guard_writes_the_value() {
    let lock = SpinLock::new(String::from("spin"));
    let mut guard = lock.lock();
    guard.push_str("lock");
    assert_eq!(*guard, "spinlock");
}

#[test]
fn lock_can_be_taken_again_after_the_guard_drops() {
    let lock = SpinLock::new(0);
    for round in 1..=3 {
        let mut guard = lock.lock();
        *guard += 1;
        assert_eq!(*guard, round);
    }
}

#[test]
fn next_holder_sees_the_previous_holders_writes() {
    let lock = SpinLock::new(Vec::new());
    lock.lock().push(1);
    lock.lock().push(2);
    assert_eq!(*lock.lock(), [1, 2]);
}

#[test]
fn try_lock_takes_a_free_lock() {
    let lock = SpinLock::new(7);
    let mut guard = lock
        .try_lock()
        .expect("try_lock on a free lock returned None");
    *guard += 1;
    assert_eq!(*guard, 8);
}

#[test]
fn try_lock_fails_while_locked() {
    let lock = SpinLock::new(0);
    let _guard = lock.lock();
    assert!(
        lock.try_lock().is_none(),
        "try_lock took a lock that a guard still holds"
    );
}

#[test]
fn try_lock_succeeds_after_the_guard_drops() {
    let lock = SpinLock::new(0);
    let first = lock
        .try_lock()
        .expect("try_lock on a free lock returned None");
    assert!(
        lock.try_lock().is_none(),
        "try_lock took a lock that a guard still holds"
    );
    drop(first);
    assert!(
        lock.try_lock().is_some(),
        "dropping the guard did not unlock"
    );
}

#[test]
fn into_inner_returns_the_value() {
    let lock = SpinLock::new(vec![1, 2]);
    lock.lock().push(3);
    assert_eq!(lock.into_inner(), [1, 2, 3]);
}

#[test]
fn threads_counting_under_the_lock_reach_the_exact_total() {
    const THREADS: usize = 4;
    const ROUNDS: usize = 1000;
    let lock = SpinLock::new(0usize);
    thread::scope(|s| {
        for _ in 0..THREADS {
            s.spawn(|| {
                for _ in 0..ROUNDS {
                    // A read and a write in one critical section: two holders at
                    // once would lose increments.
                    let mut guard = lock.lock();
                    let seen = *guard;
                    *guard = seen + 1;
                }
            });
        }
    });
    assert_eq!(lock.into_inner(), THREADS * ROUNDS);
}

/// Counts its drops in the counter it points to.
struct Counted<'a>(&'a AtomicUsize);

impl Drop for Counted<'_> {
    fn drop(&mut self) {
        self.0.fetch_add(1, Ordering::Relaxed);
    }
}

#[test]
fn dropping_the_lock_drops_the_value_once() {
    let drops = AtomicUsize::new(0);
    let lock = SpinLock::new(Counted(&drops));
    drop(lock.lock());
    assert_eq!(
        drops.load(Ordering::Relaxed),
        0,
        "the value was dropped while the lock still owns it"
    );
    drop(lock);
    assert_eq!(drops.load(Ordering::Relaxed), 1);
}

#[test]
fn into_inner_hands_over_the_value_without_dropping_it() {
    let drops = AtomicUsize::new(0);
    let lock = SpinLock::new(Counted(&drops));
    let value = lock.into_inner();
    assert_eq!(
        drops.load(Ordering::Relaxed),
        0,
        "into_inner dropped the value it returns"
    );
    drop(value);
    assert_eq!(drops.load(Ordering::Relaxed), 1);
}
