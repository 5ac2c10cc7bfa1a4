#![cfg(not(loom))]
//! What the collector does at run time, on real threads.
//!
//! Loom cannot look inside std's channels, so there is no `tests/loom.rs`:
//! these tests force the interesting orders with real threads instead, and
//! every wait has a deadline, so a collector that waits for ever (a sender
//! kept alive somewhere) fails a test with a message instead of hanging.

use std::sync::mpsc;
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

use log_collector::{Collector, Entry, run};

/// How long any thread of a test may take to finish its work.
const DEADLINE: Duration = Duration::from_secs(5);

/// How long a test waits for a thread to settle (be seen asleep, or end)
/// before it looks whether the call it made has returned.
const SETTLE: Duration = Duration::from_secs(3);

/// Where threads cannot be seen (not Linux), how long a test sleeps
/// instead: the fixed time these tests used before.
const SETTLE_FALLBACK: Duration = Duration::from_millis(50);

fn entry(worker: usize, message: &str) -> Entry {
    Entry {
        worker,
        message: message.to_owned(),
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
    match thread.join() {
        Ok(value) => value,
        Err(_) => panic!("{what} panicked"),
    }
}

/// A logger stamps what it logs with its worker number.
#[test]
fn logger_stamps_its_worker_number() {
    let collector = Collector::new();
    let seven = collector.logger(7);
    let two = collector.logger(2);
    assert_eq!(seven.worker(), 7);
    assert_eq!(two.worker(), 2);
    seven.log("from seven".to_owned()).unwrap();
    two.log("from two".to_owned()).unwrap();
    drop((seven, two));
    let got = join(
        thread::spawn(move || collector.collect()),
        "collect after every logger was dropped",
    );
    assert_eq!(got, [entry(7, "from seven"), entry(2, "from two")]);
}

/// `collect` waits for a logger that is still alive on another thread, and
/// returns once that last logger is dropped (the collector's own handle
/// must not keep the channel open). The test waits until the collecting
/// thread is seen asleep in `collect` (or has ended) before it lets the
/// last logger log and go, so a `collect` that does not wait is caught
/// however late that thread runs.
#[test]
fn collect_returns_when_the_last_logger_is_dropped() {
    let collector = Collector::new();
    let early = collector.logger(0);
    let late = collector.logger(1);
    early.log("early".to_owned()).unwrap();
    drop(early);
    let (go_tx, go_rx) = mpsc::channel::<()>();
    let latecomer = thread::spawn(move || {
        // Alive, and quiet, until the test says go (or has failed and gone).
        if go_rx.recv().is_ok() {
            late.log("late".to_owned()).unwrap();
        }
        // `late` is dropped here: the last logger.
    });
    let (collecting, task) = workbook_probe::spawn(move || collector.collect());
    // Asleep, it can only be in `collect`: nothing else it does waits.
    task.settle(SETTLE, SETTLE_FALLBACK);
    assert!(
        !collecting.is_finished(),
        "collect returned while a logger was still alive on another thread: it must wait \
         until every logger is dropped"
    );
    go_tx.send(()).unwrap();
    let got = join(
        collecting,
        "collect (is a sender still alive somewhere, such as the collector's own?)",
    );
    join(latecomer, "the late logger's thread");
    assert_eq!(got, [entry(0, "early"), entry(1, "late")]);
}

/// `run` returns every message of every worker, each worker's in the order
/// it logged them.
#[test]
fn run_gathers_every_message_of_every_worker_in_order() {
    const WORKERS: usize = 4;
    const MESSAGES: usize = 200;
    let workers: Vec<Vec<String>> = (0..WORKERS)
        .map(|w| (0..MESSAGES).map(|m| format!("w{w} m{m}")).collect())
        .collect();
    let got = join(
        thread::spawn(move || run(workers)),
        "run (a logger kept alive, or the collector's own sender?)",
    );
    assert_eq!(got.len(), WORKERS * MESSAGES, "wrong number of entries");
    for w in 0..WORKERS {
        let mine: Vec<&str> = got
            .iter()
            .filter(|e| e.worker == w)
            .map(|e| e.message.as_str())
            .collect();
        let expected: Vec<String> = (0..MESSAGES).map(|m| format!("w{w} m{m}")).collect();
        assert!(
            mine == expected,
            "worker {w}'s messages did not all arrive, in the order it logged them"
        );
    }
}

/// Logging after the collector is gone does not panic: the message comes back.
#[test]
fn log_hands_the_message_back_when_the_collector_is_gone() {
    let collector = Collector::new();
    let logger = collector.logger(3);
    drop(collector);
    assert_eq!(
        logger.log("anyone there?".to_owned()),
        Err("anyone there?".to_owned())
    );
}

/// `ready` returns what has arrived without waiting for more, and each entry
/// is returned once, by `ready` or by `collect`.
#[test]
fn ready_returns_what_has_arrived_without_waiting() {
    let collector = Collector::new();
    let logger = collector.logger(0);
    logger.log("one".to_owned()).unwrap();
    logger.log("two".to_owned()).unwrap();
    // The logger is still alive: `ready` must not wait for it to be dropped.
    let (collector, first) = join(
        thread::spawn(move || {
            let first = collector.ready();
            (collector, first)
        }),
        "ready while a logger is still alive",
    );
    assert_eq!(first, [entry(0, "one"), entry(0, "two")]);
    let (collector, second) = join(
        thread::spawn(move || {
            let second = collector.ready();
            (collector, second)
        }),
        "ready with nothing new to return",
    );
    assert_eq!(second, [], "ready returned entries it had returned before");
    logger.log("three".to_owned()).unwrap();
    drop(logger);
    let rest = join(thread::spawn(move || collector.collect()), "collect");
    assert_eq!(rest, [entry(0, "three")]);
}
