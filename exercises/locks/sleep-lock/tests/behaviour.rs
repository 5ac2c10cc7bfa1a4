#![cfg(not(loom))]
//! What the lock does on one thread. Waiting, sleeping and waking are
//! checked in tests/loom.rs, which tries every interleaving and reports a
//! thread that sleeps for ever; on real threads a lost wake-up shows only
//! now and then.

use std::sync::atomic::{AtomicUsize, Ordering};

use sleep_lock::SleepLock;

/// Each new guard reads what the last one wrote, and a dropped guard
/// unlocks.
#[test]
fn lock_can_be_taken_again_after_the_guard_drops() {
    let lock = SleepLock::new(String::new());
    for _ in 0..3 {
        lock.lock().push('z');
    }
    assert_eq!(*lock.lock(), "zzz");
}

/// `try_lock` fails while a guard is alive and succeeds once it is dropped.
#[test]
fn try_lock_fails_only_while_locked() {
    let lock = SleepLock::new(1);
    let guard = lock
        .try_lock()
        .expect("try_lock on a free lock returned None");
    assert!(
        lock.try_lock().is_none(),
        "try_lock took a lock that a guard still holds"
    );
    drop(guard);
    assert!(
        lock.try_lock().is_some(),
        "dropping the guard did not unlock"
    );
}

/// A value that counts its drops.
struct Counted<'a>(&'a AtomicUsize, u32);

impl Drop for Counted<'_> {
    fn drop(&mut self) {
        self.0.fetch_add(1, Ordering::Relaxed);
    }
}

/// `into_inner` hands over the value and its changes; dropping the lock
/// drops the value once.
#[test]
fn into_inner_and_drop_hand_over_the_value_once() {
    let drops = AtomicUsize::new(0);
    let lock = SleepLock::new(Counted(&drops, 1));
    lock.lock().1 = 2;
    let value = lock.into_inner();
    assert_eq!(
        drops.load(Ordering::Relaxed),
        0,
        "into_inner dropped the value it returns"
    );
    assert_eq!(value.1, 2);
    drop(value);
    drop(SleepLock::new(Counted(&drops, 3)));
    assert_eq!(
        drops.load(Ordering::Relaxed),
        2,
        "the lock did not drop its value exactly once"
    );
}
