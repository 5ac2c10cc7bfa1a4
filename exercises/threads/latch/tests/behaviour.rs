#![cfg(not(loom))]
//! What a latch does at run time, on real threads.

use std::panic;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::thread;
use std::time::{Duration, Instant};

use count_latch::Latch;
use workbook_probe::{Settled, Task};

/// How long a waiter is given to fall asleep in `wait` (or to go on, when it
/// wrongly does) before the test goes on.
const SETTLE_LIMIT: Duration = Duration::from_secs(3);
/// Where threads cannot be seen (not Linux), how long the test sleeps instead.
const FALLBACK: Duration = Duration::from_millis(50);

/// `count` says how many `count_down`s are still to come: the starting count,
/// one less after each.
#[test]
fn count_starts_where_it_was_set_and_goes_down() {
    let latch = Latch::new(3);
    assert_eq!(latch.count(), 3);
    latch.count_down();
    assert_eq!(latch.count(), 2);
    latch.count_down();
    latch.count_down();
    assert_eq!(latch.count(), 0);
}

/// `wait` returns at once, every time, when the count is zero: made with
/// 0, or after the last `count_down`. (Called several times, so that a
/// `wait` that sleeps before it looks at the count is caught even though
/// checking mode wakes some waits early.)
#[test]
fn wait_returns_at_once_when_the_count_is_zero() {
    let open = Latch::new(0);
    assert_eq!(open.count(), 0);
    for _ in 0..4 {
        open.wait();
    }
    let latch = Latch::new(2);
    latch.count_down();
    latch.count_down();
    for _ in 0..4 {
        latch.wait();
    }
}

/// `count_down` on a latch whose count is already zero panics, as documented.
#[test]
fn counting_down_an_open_latch_panics() {
    let latch = Latch::new(1);
    latch.count_down();
    let result = panic::catch_unwind(panic::AssertUnwindSafe(|| latch.count_down()));
    assert!(
        result.is_err(),
        "count_down on a latch at zero did not panic"
    );
}

/// A thread in `wait` stays there until the last `count_down`, not only until
/// the first wake-up.
#[test]
fn waiter_is_held_until_the_last_count_down() {
    let latch = Latch::new(3);
    let released = AtomicBool::new(false);
    thread::scope(|s| {
        let (_, waiter) = workbook_probe::spawn_scoped(s, || {
            latch.wait();
            released.store(true, Ordering::SeqCst);
        });
        // Before each count-down, wait until the waiter is asleep in `wait`
        // (the test holds no lock meanwhile) or has gone on, which a wrongly
        // woken waiter does. One limit for all three, so that a waiter that
        // spins costs it once.
        let deadline = Instant::now() + SETTLE_LIMIT;
        let settle = || waiter.settle(deadline.saturating_duration_since(Instant::now()), FALLBACK);
        for _ in 0..2 {
            settle();
            latch.count_down();
        }
        settle();
        assert!(
            !released.load(Ordering::SeqCst),
            "the waiter went on while the count was still 1"
        );
        latch.count_down();
    });
    assert!(released.load(Ordering::SeqCst));
}

/// When the latch opens, every thread asleep in `wait` wakes up and goes on.
#[test]
fn every_waiter_is_released() {
    // Three threads go to sleep in `wait` before the latch opens; all three
    // must wake up.
    let latch = Latch::new(1);
    let released = AtomicUsize::new(0);
    thread::scope(|s| {
        let waiters: Vec<Task> = (0..3)
            .map(|_| {
                let (_, waiter) = workbook_probe::spawn_scoped(s, || {
                    latch.wait();
                    released.fetch_add(1, Ordering::SeqCst);
                });
                waiter
            })
            .collect();
        // Open the latch only once all three are asleep in `wait`, or have
        // ended.
        // The waiters take the latch's lock in turn: one seen asleep on its
        // own may be asleep on that lock, held by another stopped on its way
        // to `wait`. Seen asleep all at once, each sleeps in `wait`.
        workbook_probe::settle_all(&waiters, SETTLE_LIMIT, FALLBACK);
        latch.count_down();
    });
    assert_eq!(released.load(Ordering::SeqCst), 3);
}

/// A thread in `wait` sleeps until it is woken: it does not keep a core
/// busy by checking the count over and over (a spin-wait). On Linux the
/// test asks the kernel for the waiting thread's state (`workbook_probe`): a
/// thread blocked on the condition variable is soon reported as sleeping,
/// while a spinning one, even one that calls `yield_now` or `spin_loop`, is
/// always running or ready to run. It waits up to 5 s for the waiter to fall
/// asleep, so the verdict does not depend on how fast the machine is. Where
/// there is no `/proc` (not Linux), the test cannot look and passes; the loom
/// tests still catch a spin that loom can see.
#[test]
fn a_waiting_thread_sleeps_instead_of_spinning() {
    let latch = Latch::new(1);
    thread::scope(|s| {
        let (waiter, task) = workbook_probe::spawn_scoped(s, || latch.wait());
        let settled = task.settle(Duration::from_secs(5), Duration::ZERO);
        let returned = waiter.is_finished();
        latch.count_down();
        waiter.join().unwrap();
        if settled == Settled::Unseen {
            return;
        }
        assert!(!returned, "wait returned while the count was still 1");
        assert!(
            settled == Settled::Asleep,
            "the thread in `wait` never slept in 5 s: it kept checking the count instead of \
             blocking on the condition variable"
        );
    });
}
