#![cfg(not(loom))]
//! What the semaphore does at run time, on real threads. Every wait has a
//! deadline, so a permit that is never given back fails a test instead of
//! hanging it. Loom cannot see inside crossbeam's channels, so there is no
//! `tests/loom.rs`.

use std::panic;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

use channel_semaphore::Semaphore;

const DEADLINE: Duration = Duration::from_secs(5);

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
/// given back.
#[test]
fn acquire_waits_for_a_free_permit() {
    let semaphore = Semaphore::new(1);
    let held = semaphore.acquire();
    thread::scope(|s| {
        let waiter = s.spawn(|| {
            let _permit = semaphore.acquire();
        });
        thread::sleep(Duration::from_millis(50));
        assert!(
            !waiter.is_finished(),
            "acquire returned while the only permit was held"
        );
        drop(held);
        finish(&waiter, "acquire after the permit was given back");
    });
    assert_eq!(semaphore.available(), 1);
}

/// Eight threads through a semaphore of three: never more than three inside
/// at once, and every thread gets in.
#[test]
fn at_most_n_holders_at_once() {
    let semaphore = Semaphore::new(3);
    let inside = AtomicUsize::new(0);
    let most = AtomicUsize::new(0);
    let done = AtomicUsize::new(0);
    thread::scope(|s| {
        let threads: Vec<_> = (0..8)
            .map(|_| {
                s.spawn(|| {
                    for _ in 0..5 {
                        let _permit = semaphore.acquire();
                        let now = inside.fetch_add(1, Ordering::SeqCst) + 1;
                        most.fetch_max(now, Ordering::SeqCst);
                        thread::sleep(Duration::from_millis(2));
                        inside.fetch_sub(1, Ordering::SeqCst);
                    }
                    done.fetch_add(1, Ordering::SeqCst);
                })
            })
            .collect();
        for thread in &threads {
            finish(thread, "a thread taking permits");
        }
    });
    assert_eq!(done.load(Ordering::SeqCst), 8);
    let most = most.load(Ordering::SeqCst);
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
