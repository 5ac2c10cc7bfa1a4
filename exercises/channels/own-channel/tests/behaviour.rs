#![cfg(not(loom))]
//! What the channel does at run time, on real threads. Every wait has a
//! deadline, so a `recv` that sleeps for ever fails a test instead of
//! hanging it. `workbook_sync`'s checking mode makes some condition-variable
//! waits return early, as std allows, so a `recv` that does not re-check
//! after waking is caught here too.

use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

use own_channel::channel;

const DEADLINE: Duration = Duration::from_secs(5);

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
/// while a sender is alive (also when its wait returns early).
#[test]
fn recv_waits_while_a_sender_is_alive() {
    let (tx, rx) = channel();
    let receiver = thread::spawn(move || (rx.recv(), rx.recv(), rx.recv()));
    thread::sleep(Duration::from_millis(30));
    tx.send("first");
    thread::sleep(Duration::from_millis(30));
    tx.send("second");
    thread::sleep(Duration::from_millis(30));
    drop(tx);
    let got = join(receiver, "the receiving thread");
    assert_eq!(got, (Some("first"), Some("second"), None));
}

/// A clone keeps the channel open after the original is dropped, and the
/// channel ends only when the last clone goes.
#[test]
fn the_channel_ends_with_the_last_clone() {
    let (tx, rx) = channel();
    let clone = tx.clone();
    let another = clone.clone();
    drop(tx);
    drop(another);
    let receiver = thread::spawn(move || (rx.recv(), rx.recv()));
    thread::sleep(Duration::from_millis(30));
    clone.send(7);
    thread::sleep(Duration::from_millis(30));
    assert!(
        !receiver.is_finished(),
        "recv returned while a clone of the sender was still alive"
    );
    drop(clone);
    assert_eq!(join(receiver, "the receiving thread"), (Some(7), None));
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
