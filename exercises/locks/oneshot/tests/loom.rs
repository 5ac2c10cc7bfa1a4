#![cfg(loom)]
//! The channel under loom, which runs each test once for every interleaving
//! of its two threads and every value an atomic load may return under the
//! memory model, and reports a read of data that is not ordered after the
//! write it reads.
//!
//! The values sent are [`Payload`]s, whose words live in loom's `UnsafeCell`
//! and are written by the sending thread just before it sends: a receiver
//! that is not ordered after the sender is caught however the channel keeps
//! its value. `recv` may wait by spinning or by parking: `workbook_sync`'s
//! atomics tell loom when a thread only spins (it reads the same value
//! again), so either kind of waiting is explored to the end, and a parked
//! thread that nobody unparks is reported as a deadlock.

use std::any::Any;
use std::panic::{AssertUnwindSafe, catch_unwind, resume_unwind};

use loom::cell::UnsafeCell;
use loom::sync::Arc;
use loom::sync::atomic::{AtomicUsize, Ordering};
use loom::thread;

use oneshot::channel;
use workbook_sync::model;

/// A value several words long whose words loom watches.
struct Payload {
    words: UnsafeCell<Vec<u64>>,
}

impl Payload {
    /// A payload holding `first, first + 1, first + 2`, written one word at a
    /// time after the payload was created.
    fn new(first: u64) -> Payload {
        let payload = Payload {
            words: UnsafeCell::new(Vec::new()),
        };
        for word in first..first + 3 {
            // SAFETY: the payload is still this thread's alone.
            payload
                .words
                .with_mut(|words| unsafe { (*words).push(word) });
        }
        payload
    }

    /// The words, read through loom's cell so that loom checks the read.
    fn words(&self) -> Vec<u64> {
        // SAFETY: whoever holds the payload by value is its only user.
        self.words.with(|words| unsafe { (*words).clone() })
    }
}

/// `recv` waits for a value sent on another thread and sees all of it
/// (Release when sending, Acquire when receiving).
#[test]
fn recv_waits_for_the_whole_value() {
    model(|| {
        let (sender, receiver) = channel();
        let sending = thread::spawn(move || sender.send(Payload::new(10)));
        let payload = receiver.recv();
        assert_eq!(
            payload.words(),
            [10, 11, 12],
            "recv saw only part of the value"
        );
        sending.join().unwrap();
    });
}

/// `try_recv` while the other thread sends: nothing, or all of the value;
/// after the sender is joined, the value is there.
#[test]
fn try_recv_sees_nothing_or_the_whole_value() {
    model(|| {
        let (sender, receiver) = channel();
        let sending = thread::spawn(move || sender.send(Payload::new(20)));
        let early = receiver.try_recv();
        if let Some(payload) = &early {
            assert_eq!(
                payload.words(),
                [20, 21, 22],
                "try_recv saw only part of the value"
            );
        }
        sending.join().unwrap();
        if early.is_none() {
            let payload = receiver
                .try_recv()
                .expect("the value was sent, but try_recv returned None");
            assert_eq!(payload.words(), [20, 21, 22]);
        }
    });
}

/// A receiver waiting in `recv` while the other thread drops its sender
/// unsent is woken up, and panics.
#[test]
fn dropped_sender_stops_a_waiting_recv() {
    model(|| {
        let (sender, receiver) = channel::<Payload>();
        let dropping = thread::spawn(move || drop(sender));
        let result = catch_unwind(AssertUnwindSafe(move || receiver.recv()));
        match result {
            Ok(_) => panic!("recv returned although the sender was dropped without sending"),
            Err(payload) if raised_by_loom(&*payload) => resume_unwind(payload),
            Err(_) => {}
        }
        dropping.join().unwrap();
    });
}

/// Whether a caught panic is loom's verdict (a thread that spins for ever, a
/// deadlock, an unordered access) rather than `recv`'s own panic.
fn raised_by_loom(payload: &(dyn Any + Send)) -> bool {
    let message = payload
        .downcast_ref::<String>()
        .map(String::as_str)
        .or_else(|| payload.downcast_ref::<&str>().copied())
        .unwrap_or("");
    ["Model exceeded", "Causality violation", "deadlock"]
        .iter()
        .any(|loom| message.starts_with(loom))
}

/// A value that counts its drops.
struct Counted(Arc<AtomicUsize>);

impl Drop for Counted {
    fn drop(&mut self) {
        self.0.fetch_add(1, Ordering::Relaxed);
    }
}

/// The receiver is dropped while the other thread sends: the value is
/// dropped once, by whichever end goes last.
#[test]
fn value_sent_as_the_receiver_goes_is_dropped_once() {
    model(|| {
        let drops = Arc::new(AtomicUsize::new(0));
        let (sender, receiver) = channel();
        let value = Counted(Arc::clone(&drops));
        let sending = thread::spawn(move || sender.send(value));
        drop(receiver);
        sending.join().unwrap();
        assert_eq!(
            drops.load(Ordering::Relaxed),
            1,
            "a value nobody received was not dropped exactly once"
        );
    });
}
