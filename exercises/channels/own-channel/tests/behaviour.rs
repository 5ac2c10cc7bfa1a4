#![cfg(not(loom))]
//! What the channel does at run time, on real threads. Every wait has a
//! deadline, so a `recv` that sleeps for ever fails a test instead of
//! hanging it. `workbook_sync`'s checking mode makes some condition-variable
//! waits return early, as std allows, so a `recv` that does not re-check
//! after waking is caught here too.

use std::fmt::Debug;
use std::sync::mpsc::{self, RecvTimeoutError, TryRecvError};
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

use own_channel::{Receiver, channel};
use workbook_probe::Task;

const DEADLINE: Duration = Duration::from_secs(5);

/// How long, all told, a test waits for its receiving thread to settle
/// (be seen asleep, or end) before it looks at what `recv` returned.
const SETTLE: Duration = Duration::from_secs(3);

/// Where threads cannot be seen (not Linux), how long each settling takes
/// instead: the fixed sleep these tests used before.
const SETTLE_FALLBACK: Duration = Duration::from_millis(30);

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

/// A thread that calls `recv` a given number of times and hands the test
/// each result as soon as it has it.
struct Receiving<T> {
    thread: JoinHandle<()>,
    task: Task,
    got: mpsc::Receiver<Option<T>>,
    /// When settling stops waiting, all told.
    settle_by: Instant,
}

impl<T: Send + Debug + 'static> Receiving<T> {
    fn start(rx: Receiver<T>, times: usize) -> Receiving<T> {
        let (got_tx, got) = mpsc::channel();
        let (thread, task) = workbook_probe::spawn(move || {
            for _ in 0..times {
                // The test may have failed and gone; nobody to tell then.
                let _ = got_tx.send(rx.recv());
            }
        });
        Receiving {
            thread,
            task,
            got,
            settle_by: Instant::now() + SETTLE,
        }
    }

    /// Waits until the receiving thread is asleep (where it can only be in
    /// `recv`, waiting), has ended, or still runs at the limit (a `recv`
    /// that spins); then checks that `recv` has not returned anything more.
    fn returns_nothing(&self, while_: &str) {
        let limit = self.settle_by.saturating_duration_since(Instant::now());
        self.task.settle(limit, SETTLE_FALLBACK);
        match self.got.try_recv() {
            Ok(value) => panic!("recv returned {value:?} {while_}: it must wait"),
            Err(TryRecvError::Empty) => {}
            Err(TryRecvError::Disconnected) => panic!("the receiving thread panicked"),
        }
    }

    /// What `recv` returns next, waiting for it at most `DEADLINE`.
    fn next(&self, what: &str) -> Option<T> {
        match self.got.recv_timeout(DEADLINE) {
            Ok(value) => value,
            Err(RecvTimeoutError::Timeout) => {
                panic!("{what}: recv is still waiting after {DEADLINE:?}")
            }
            Err(RecvTimeoutError::Disconnected) => panic!("the receiving thread panicked"),
        }
    }

    /// Joins the thread once it has returned every result.
    fn finish(self) {
        join(self.thread, "the receiving thread");
    }
}

/// Values come out in the order they were sent; `try_recv` never waits.
#[test]
fn values_come_out_in_the_order_they_went_in() {
    let (tx, rx) = channel();
    assert_eq!(rx.try_recv(), None, "try_recv on an empty channel");
    for n in 0..5 {
        tx.send(n);
    }
    assert_eq!(rx.try_recv(), Some(0));
    let rest = join(
        thread::spawn(move || {
            let rest: Vec<i32> = (0..4).filter_map(|_| rx.recv()).collect();
            (rest, rx)
        }),
        "recv with values waiting",
    );
    assert_eq!(rest.0, [1, 2, 3, 4]);
    drop(tx);
}

/// `recv` waits for a value that is sent later, instead of returning `None`
/// while a sender is alive (also when its wait returns early). Before each
/// step the test waits until the receiving thread is seen asleep in `recv`
/// (or has ended), so a `recv` that returns too soon is caught however late
/// that thread runs, and each value is sent only once the one before it
/// has been received.
#[test]
fn recv_waits_while_a_sender_is_alive() {
    let (tx, rx) = channel();
    let receiver = Receiving::start(rx, 3);
    receiver.returns_nothing("from an empty channel while a sender was alive");
    tx.send("first");
    assert_eq!(receiver.next("recv after a value was sent"), Some("first"));
    receiver.returns_nothing("from an empty channel while a sender was alive");
    tx.send("second");
    assert_eq!(receiver.next("recv after a value was sent"), Some("second"));
    receiver.returns_nothing("from an empty channel while a sender was alive");
    drop(tx);
    assert_eq!(
        receiver.next("recv after the last sender was dropped"),
        None,
        "recv after the last sender was dropped"
    );
    receiver.finish();
}

/// A clone keeps the channel open after the original is dropped, and the
/// channel ends only when the last clone goes. As above, the test waits
/// until the receiving thread is seen asleep in `recv` (or has ended)
/// before it looks whether `recv` returned.
#[test]
fn the_channel_ends_with_the_last_clone() {
    let (tx, rx) = channel();
    let clone = tx.clone();
    let another = clone.clone();
    drop(tx);
    drop(another);
    let receiver = Receiving::start(rx, 2);
    receiver.returns_nothing("while a clone of the sender was still alive");
    clone.send(7);
    assert_eq!(receiver.next("recv after a clone sent 7"), Some(7));
    receiver.returns_nothing("while a clone of the sender was still alive");
    drop(clone);
    assert_eq!(
        receiver.next("recv after the last clone was dropped"),
        None,
        "recv after the last clone was dropped"
    );
    receiver.finish();
}

/// Many senders (clones) on many threads: every value arrives once, each
/// sender's in its own order, and `recv` returns `None` after the last.
#[test]
fn many_senders_every_value_once() {
    let (tx, rx) = channel();
    let senders: Vec<_> = (0..4)
        .map(|s| {
            let tx = tx.clone();
            thread::spawn(move || {
                for n in 0..500 {
                    tx.send((s, n));
                }
            })
        })
        .collect();
    for sender in senders {
        join(sender, "a sender");
    }
    // Every sender is gone but `tx`: the values are all in the channel now.
    drop(tx);
    let got = join(
        thread::spawn(move || std::iter::from_fn(|| rx.recv()).collect::<Vec<_>>()),
        "receiving until the channel ends",
    );
    assert_eq!(got.len(), 2000);
    for s in 0..4 {
        let mine: Vec<i32> = got.iter().filter(|v| v.0 == s).map(|v| v.1).collect();
        assert!(
            mine == (0..500).collect::<Vec<_>>(),
            "sender {s}'s values did not arrive once each, in order"
        );
    }
}
