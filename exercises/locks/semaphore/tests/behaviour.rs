#![cfg(not(loom))]
//! Counting permits, on one thread. Two threads racing for the last permit,
//! and what a permit's next holder sees, are checked in tests/loom.rs.

use std::mem;

use atomic_semaphore::Semaphore;

/// Each permit taken is one fewer free, each dropped is one more.
#[test]
fn permits_are_counted_out_and_back() {
    let semaphore = Semaphore::new(3);
    let first = semaphore.acquire();
    let second = semaphore
        .try_acquire()
        .expect("try_acquire failed with two permits free");
    assert_eq!(semaphore.available(), 1);
    drop(first);
    assert_eq!(semaphore.available(), 2);
    drop(second);
    assert_eq!(semaphore.available(), 3);
}

/// With every permit out, `try_acquire` fails, however often it is asked,
/// and the count stays at zero; a returned permit can be taken again.
#[test]
fn no_permit_is_handed_out_twice() {
    let semaphore = Semaphore::new(1);
    let only = semaphore.acquire();
    for _ in 0..3 {
        assert!(
            semaphore.try_acquire().is_none(),
            "a second permit was handed out"
        );
    }
    assert_eq!(
        semaphore.available(),
        0,
        "failed attempts changed the count"
    );
    drop(only);
    assert!(
        semaphore.try_acquire().is_some(),
        "the permit given back cannot be taken"
    );
}

/// A semaphore with no permits hands none out.
#[test]
fn zero_permits_means_none() {
    let semaphore = Semaphore::new(0);
    assert!(semaphore.try_acquire().is_none());
    assert!(semaphore.try_acquire().is_none());
    assert_eq!(semaphore.available(), 0);
}

/// Forgetting a permit is safe: the permit is simply never given back.
#[test]
fn a_forgotten_permit_stays_taken() {
    let semaphore = Semaphore::new(2);
    mem::forget(semaphore.acquire());
    assert_eq!(semaphore.available(), 1);
    let last = semaphore.acquire();
    assert!(
        semaphore.try_acquire().is_none(),
        "a forgotten permit came back"
    );
    drop(last);
    assert_eq!(semaphore.available(), 1);
}
