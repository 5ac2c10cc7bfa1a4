#![cfg(loom)]
//! The channel under loom, which runs each test once for every interleaving
//! of its threads (up to the preemption bound). A receiver that sleeps while
//! nobody is left to wake it is reported as a deadlock, so a lost wake-up in
//! `Drop` fails here even if it happens once in a million real runs.
//!
//! The channel is moved into the threads, not shared: each thread owns its
//! end, as in real use.

use loom::thread;
use own_channel::channel;
use workbook_sync::model;

/// A value sent on another thread is received, whenever the send happens.
#[test]
fn value_sent_from_another_thread_is_received() {
    model(|| {
        let (tx, rx) = channel();
        let sender = thread::spawn(move || tx.send(42));
        assert_eq!(rx.recv(), Some(42));
        sender.join().unwrap();
    });
}

/// A receiver waiting on an empty channel wakes up and gets `None` when the
/// last sender is dropped on another thread, whenever that happens.
#[test]
fn dropping_the_last_sender_wakes_the_receiver() {
    model(|| {
        let (tx, rx) = channel::<i32>();
        let sender = thread::spawn(move || drop(tx));
        assert_eq!(rx.recv(), None);
        sender.join().unwrap();
    });
}

/// Values sent before the last drop come out first, then `None`.
#[test]
fn values_before_the_last_drop_are_not_lost() {
    model(|| {
        let (tx, rx) = channel();
        let sender = thread::spawn(move || {
            tx.send(1);
            tx.send(2);
        });
        assert_eq!(rx.recv(), Some(1));
        assert_eq!(rx.recv(), Some(2));
        assert_eq!(rx.recv(), None);
        sender.join().unwrap();
    });
}

/// Two senders on two threads: the channel ends only after both are gone,
/// and both values arrive.
#[test]
fn the_channel_ends_only_when_both_senders_are_gone() {
    model(|| {
        let (tx, rx) = channel();
        let other = tx.clone();
        let first = thread::spawn(move || tx.send(1));
        let second = thread::spawn(move || other.send(2));
        let mut got = [rx.recv(), rx.recv()];
        got.sort();
        assert_eq!(got, [Some(1), Some(2)]);
        assert_eq!(rx.recv(), None);
        first.join().unwrap();
        second.join().unwrap();
    });
}
