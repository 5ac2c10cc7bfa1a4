#![cfg(not(loom))]
//! Results flow from a rayon pool into a bounded channel. Every call runs on
//! a thread of the test's with a deadline, so a deadlock fails the test.

use std::thread;
use std::time::{Duration, Instant};

use rayon::ThreadPool;
use rayon_to_channel::process_into;

const DEADLINE: Duration = Duration::from_secs(5);

fn pool(threads: usize) -> ThreadPool {
    rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .unwrap()
}

/// Runs `f` on a thread of its own and fails the test if it has not
/// finished after `DEADLINE`.
fn within_deadline<T: Send + 'static>(what: &str, f: impl FnOnce() -> T + Send + 'static) -> T {
    let handle = thread::spawn(f);
    let start = Instant::now();
    while !handle.is_finished() {
        assert!(
            start.elapsed() < DEADLINE,
            "{what} has not returned after {DEADLINE:?}: a deadlock?"
        );
        thread::sleep(Duration::from_millis(2));
    }
    match handle.join() {
        Ok(value) => value,
        Err(panic) => std::panic::resume_unwind(panic),
    }
}

fn sorted(mut v: Vec<u64>) -> Vec<u64> {
    v.sort_unstable();
    v
}

/// Every result arrives exactly once, and the consumer's loop ends.
#[test]
fn every_result_reaches_the_consumer() {
    let got = within_deadline("process_into", || {
        process_into(
            &pool(1),
            (0..2_000u64).collect(),
            4,
            |n| n * 3,
            |rx| rx.iter().collect::<Vec<u64>>(),
        )
    });
    let expected: Vec<u64> = (0..2_000u64).map(|n| n * 3).collect();
    assert_eq!(sorted(got), expected);
}

/// One slot and one worker thread: the worker must not wait for ever for a
/// consumer that cannot run.
#[test]
fn one_slot_and_one_thread_do_not_deadlock() {
    let count = within_deadline("process_into", || {
        process_into(
            &pool(1),
            (0..500u64).collect(),
            1,
            |n| n + 1,
            |rx| rx.iter().count(),
        )
    });
    assert_eq!(count, 500);
}

/// A rendezvous channel (capacity 0) works too.
#[test]
fn rendezvous_channel_works() {
    let sum = within_deadline("process_into", || {
        process_into(
            &pool(1),
            (1..=300u64).collect(),
            0,
            |n| n,
            |rx| rx.iter().sum::<u64>(),
        )
    });
    assert_eq!(sum, 300 * 301 / 2);
}

/// The channel has exactly the capacity asked for.
#[test]
fn channel_has_the_given_capacity() {
    let capacity = within_deadline("process_into", || {
        process_into(
            &pool(1),
            (0..50u64).collect(),
            3,
            |n| n,
            |rx| {
                let capacity = rx.capacity();
                rx.iter().for_each(drop);
                capacity
            },
        )
    });
    assert_eq!(capacity, Some(3), "the channel is not bounded at 3");
}

/// The consumer runs on a thread of no rayon pool, and the work on the
/// pool's threads.
#[test]
fn consumer_runs_outside_the_pool() {
    let (consumer_index, got) = within_deadline("process_into", || {
        process_into(
            &pool(2),
            (0..1_000u64).collect(),
            2,
            |n| {
                assert!(
                    rayon::current_thread_index().is_some(),
                    "work ran outside the pool"
                );
                n
            },
            |rx| {
                (
                    rayon::current_thread_index(),
                    rx.iter().collect::<Vec<u64>>(),
                )
            },
        )
    });
    assert_eq!(consumer_index, None, "the consumer ran on a rayon worker");
    assert_eq!(sorted(got), (0..1_000u64).collect::<Vec<_>>());
}

/// A consumer that stops early and drops the receiver stops the work
/// quietly: no panic, and `process_into` returns.
#[test]
fn consumer_that_stops_early_ends_the_work_quietly() {
    let first = within_deadline("process_into", || {
        process_into(
            &pool(1),
            (0..500u64).collect(),
            1,
            |n| n,
            |rx| rx.iter().take(3).count(),
        )
    });
    assert_eq!(first, 3);
}
