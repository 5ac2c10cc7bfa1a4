#![cfg(not(loom))]
//! What the semaphore does at run time, on real threads. Every wait has a
//! deadline, so a permit that is never given back fails a test instead of
//! hanging it. Loom cannot see inside crossbeam's channels, so there is no
//! `tests/loom.rs`.

use std::panic;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, RwLock};
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

use channel_semaphore::Semaphore;

const DEADLINE: Duration = Duration::from_secs(5);

/// How long, all told, a test waits for its threads to settle (be seen
/// asleep, or end) before it looks at what they did.
const SETTLE: Duration = Duration::from_secs(3);

/// Waits for `thread` to finish, failing the test after `DEADLINE`.
fn finish<T>(thread: &thread::ScopedJoinHandle<'_, T>, what: &str) {
    let deadline = Instant::now() + DEADLINE;
    while !thread.is_finished() {
        assert!(
            Instant::now() < deadline,
            "{what} is still running after {DEADLINE:?}"
        );
        thread::sleep(Duration::from_millis(1));
    }
}

/// Joins `thread`, failing the test if it is still running after `DEADLINE`.
fn join<T>(thread: JoinHandle<T>, what: &str) -> T {
    let deadline = Instant::now() + DEADLINE;
    while !thread.is_finished() {
        assert!(
            Instant::now() < deadline,
            "{what} is still running after {DEADLINE:?}"
        );
        thread::sleep(Duration::from_millis(1));
    }
    thread.join().unwrap_or_else(|_| panic!("{what} panicked"))
}

/// Taking permits lowers `available`, `try_acquire` fails when none is
/// free, and dropping a permit gives it back.
#[test]
fn permits_are_taken_and_given_back() {
    let semaphore = Semaphore::new(2);
    assert_eq!(semaphore.available(), 2);
    let first = semaphore.acquire();
    assert_eq!(semaphore.available(), 1);
    let second = semaphore.try_acquire().expect("one permit was free");
    assert_eq!(semaphore.available(), 0);
    assert!(
        semaphore.try_acquire().is_none(),
        "try_acquire gave out a third permit of two"
    );
    drop(first);
    assert_eq!(
        semaphore.available(),
        1,
        "a dropped permit was not given back"
    );
    let third = semaphore.try_acquire().expect("a permit was given back");
    drop((second, third));
    assert_eq!(semaphore.available(), 2);
}

/// `acquire` waits while every permit is out, and goes on once one is
/// given back. The test waits until the waiting thread is seen asleep in
/// `acquire` (or has ended) before it looks, so an `acquire` that does not
/// wait is caught however late that thread runs.
#[test]
fn acquire_waits_for_a_free_permit() {
    let semaphore = Semaphore::new(1);
    let held = semaphore.acquire();
    thread::scope(|s| {
        let semaphore = &semaphore;
        let (waiter, task) = workbook_probe::spawn_scoped(s, move || {
            let _permit = semaphore.acquire();
        });
        // Asleep, it can only be in `acquire`: nothing else it does waits.
        // Where threads cannot be seen, 50 ms, as this test slept before.
        task.settle(SETTLE, Duration::from_millis(50));
        if waiter.is_finished() {
            // Such a semaphore may have nothing left for `held` to give
            // back, and dropping it could wait for ever: leave it, so that
            // the test fails with this message instead of hanging.
            std::mem::forget(held);
            panic!("acquire returned while the only permit was held");
        }
        drop(held);
        finish(&waiter, "acquire after the permit was given back");
    });
    assert_eq!(semaphore.available(), 1);
}

/// Eight threads through a semaphore of three: never more than three inside
/// at once, and every thread gets in. On its first pass each holder waits
/// inside at a gate that stays closed until every thread is seen asleep
/// (holding a permit at the gate, or waiting in `acquire`) or has ended, so
/// a semaphore that lets a fourth in is caught however the threads are
/// scheduled. Then the gate opens and each goes round four more times.
#[test]
fn at_most_n_holders_at_once() {
    /// What the threads share. Not scoped threads: a semaphore that let too
    /// many in may never give their permits back, and the test must fail
    /// with its message instead of waiting for them for ever.
    struct Shared {
        semaphore: Semaphore,
        inside: AtomicUsize,
        most: AtomicUsize,
        done: AtomicUsize,
        /// Write-locked by the test while it looks; a holder's first pass
        /// waits for a read lock, so a thread asleep there is one inside.
        gate: RwLock<()>,
    }
    let shared = Arc::new(Shared {
        semaphore: Semaphore::new(3),
        inside: AtomicUsize::new(0),
        most: AtomicUsize::new(0),
        done: AtomicUsize::new(0),
        gate: RwLock::new(()),
    });
    let closed = shared.gate.write().unwrap();
    let (threads, tasks): (Vec<_>, Vec<_>) = (0..8)
        .map(|_| {
            let shared = Arc::clone(&shared);
            workbook_probe::spawn(move || {
                for pass in 0..5 {
                    let _permit = shared.semaphore.acquire();
                    let now = shared.inside.fetch_add(1, Ordering::SeqCst) + 1;
                    shared.most.fetch_max(now, Ordering::SeqCst);
                    if pass == 0 {
                        drop(shared.gate.read().unwrap());
                    } else {
                        thread::sleep(Duration::from_millis(2));
                    }
                    shared.inside.fetch_sub(1, Ordering::SeqCst);
                }
                shared.done.fetch_add(1, Ordering::SeqCst);
            })
        })
        .unzip();
    // No permit is given back while the gate is closed, so once all are
    // asleep together, each is where it stays (at the gate, or in
    // `acquire`). Where threads cannot be seen, 80 ms.
    workbook_probe::settle_all(&tasks, SETTLE, Duration::from_millis(80));
    let most = shared.most.load(Ordering::SeqCst);
    drop(closed);
    assert!(most <= 3, "{most} threads held a permit at once, of 3");
    for thread in threads {
        join(thread, "a thread taking permits");
    }
    assert_eq!(shared.done.load(Ordering::SeqCst), 8);
    let most = shared.most.load(Ordering::SeqCst);
    assert!(most <= 3, "{most} threads held a permit at once, of 3");
}

/// A thread that panics while it holds a permit gives it back as it unwinds.
#[test]
fn a_panicking_holder_gives_its_permit_back() {
    let semaphore = std::sync::Arc::new(Semaphore::new(1));
    let holder = {
        let semaphore = std::sync::Arc::clone(&semaphore);
        thread::spawn(move || {
            panic::catch_unwind(panic::AssertUnwindSafe(|| {
                let _permit = semaphore.acquire();
                panic!("the holder fails");
            }))
            .is_err()
        })
    };
    assert!(
        join(holder, "the panicking holder"),
        "the holder did not panic"
    );
    assert_eq!(
        semaphore.available(),
        1,
        "the permit was not given back when its holder panicked"
    );
}

/// A semaphore of zero permits is refused, as documented.
#[test]
fn zero_permits_is_refused() {
    assert_eq!(Semaphore::new(1).available(), 1);
    let made = thread::spawn(|| Semaphore::new(0).available());
    let deadline = Instant::now() + DEADLINE;
    while !made.is_finished() {
        assert!(Instant::now() < deadline, "Semaphore::new(0) hung");
        thread::sleep(Duration::from_millis(1));
    }
    assert!(made.join().is_err(), "Semaphore::new(0) did not panic");
}
