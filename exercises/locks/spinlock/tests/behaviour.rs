#![cfg(not(loom))]
//! What a spin lock and its guard do at run time, on one thread. Whether
//! `lock` keeps other threads out is checked in tests/loom.rs, which finds a
//! wrong lock every time; a race on real threads shows only now and then.

use std::sync::atomic::{AtomicUsize, Ordering};

use spinlock::SpinLock;

/// Dropping a guard unlocks, and each new guard reads and writes the value.
#[test]
fn lock_can_be_taken_again_after_the_guard_drops() {
    let lock = SpinLock::new(String::from("spin"));
    for round in 1..=3 {
        let mut guard = lock.lock();
        assert_eq!(guard.len(), 3 + round, "the guard read a stale value");
        guard.push('!');
    }
    assert_eq!(*lock.lock(), "spin!!!");
}

/// What one holder writes, the next one reads.
#[test]
fn next_holder_sees_the_previous_holders_writes() {
    let lock = SpinLock::new(Vec::new());
    lock.lock().push(1);
    lock.lock().push(2);
    assert_eq!(*lock.lock(), [1, 2]);
}

/// `try_lock` on a free lock always succeeds, at the first attempt.
#[test]
fn try_lock_takes_a_free_lock() {
    let lock = SpinLock::new(7);
    let mut guard = lock
        .try_lock()
        .expect("try_lock on a free lock returned None");
    *guard += 1;
    assert_eq!(*guard, 8);
}

/// `try_lock` returns `None` while a guard is alive.
#[test]
fn try_lock_fails_while_locked() {
    let lock = SpinLock::new(0);
    let _guard = lock.lock();
    assert!(
        lock.try_lock().is_none(),
        "try_lock took a lock that a guard still holds"
    );
}

/// A guard from `try_lock` unlocks when it drops, like one from `lock`.
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

/// A number that counts its drops in the counter it points to.
struct Counted<'a>(&'a AtomicUsize, u32);

impl Drop for Counted<'_> {
    fn drop(&mut self) {
        self.0.fetch_add(1, Ordering::Relaxed);
    }
}

/// The lock owns its value: dropping the lock drops it, once.
#[test]
fn dropping_the_lock_drops_the_value_once() {
    let drops = AtomicUsize::new(0);
    let lock = SpinLock::new(Counted(&drops, 1));
    drop(lock.lock());
    assert_eq!(
        drops.load(Ordering::Relaxed),
        0,
        "the value was dropped while the lock still owns it"
    );
    drop(lock);
    assert_eq!(drops.load(Ordering::Relaxed), 1);
}

/// `into_inner` returns the value, with what guards wrote, and does not drop it.
#[test]
fn into_inner_hands_over_the_value_without_dropping_it() {
    let drops = AtomicUsize::new(0);
    let lock = SpinLock::new(Counted(&drops, 1));
    lock.lock().1 += 1;
    let value = lock.into_inner();
    assert_eq!(
        drops.load(Ordering::Relaxed),
        0,
        "into_inner dropped the value it returns"
    );
    assert_eq!(value.1, 2, "into_inner lost what a guard wrote");
    drop(value);
    assert_eq!(drops.load(Ordering::Relaxed), 1);
}
