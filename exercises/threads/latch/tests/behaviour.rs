#![cfg(not(loom))]
//! What a latch does at run time, on real threads.

use std::panic;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::Duration;

use count_latch::Latch;

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

#[test]
fn a_latch_made_with_zero_is_open() {
    let latch = Latch::new(0);
    assert_eq!(latch.count(), 0);
    latch.wait();
}

#[test]
fn wait_after_the_last_count_down_returns_at_once() {
    let latch = Latch::new(2);
    latch.count_down();
    latch.count_down();
    latch.wait();
    latch.wait();
}

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

#[test]
fn waiter_is_held_until_the_last_count_down() {
    let latch = Latch::new(3);
    let released = AtomicBool::new(false);
    thread::scope(|s| {
        s.spawn(|| {
            latch.wait();
            released.store(true, Ordering::SeqCst);
        });
        // Let the waiter fall asleep in `wait` before each count-down, and
        // give a wrongly woken waiter time to show itself.
        for _ in 0..2 {
            thread::sleep(Duration::from_millis(50));
            latch.count_down();
        }
        thread::sleep(Duration::from_millis(50));
        assert!(
            !released.load(Ordering::SeqCst),
            "the waiter went on while the count was still 1"
        );
        latch.count_down();
    });
    assert!(released.load(Ordering::SeqCst));
}

#[test]
fn every_waiter_is_released() {
    // Three threads go to sleep in `wait` before the latch opens; all three
    // must wake up.
    let latch = Latch::new(1);
    let released = AtomicUsize::new(0);
    thread::scope(|s| {
        for _ in 0..3 {
            s.spawn(|| {
                latch.wait();
                released.fetch_add(1, Ordering::SeqCst);
            });
        }
        thread::sleep(Duration::from_millis(50));
        latch.count_down();
    });
    assert_eq!(released.load(Ordering::SeqCst), 3);
}

#[test]
fn works_as_a_wait_group_for_spawned_threads() {
    // Threads that are never joined: the latch alone says they are done.
    let latch = Arc::new(Latch::new(4));
    let results = Arc::new(Mutex::new(Vec::new()));
    for worker in 0..4 {
        let latch = Arc::clone(&latch);
        let results = Arc::clone(&results);
        thread::spawn(move || {
            results.lock().unwrap().push(worker * worker);
            latch.count_down();
        });
    }
    latch.wait();
    let mut results = results.lock().unwrap().clone();
    results.sort();
    assert_eq!(results, [0, 1, 4, 9]);
}
