#![cfg(not(loom))]
//! What the channel does, on one thread. A receiver waiting in `recv` while
//! another thread sends, or drops its sender, is checked in tests/loom.rs,
//! which tries every interleaving; on real threads a wrong ordering or a
//! lost wake-up shows only now and then.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use oneshot::channel;

/// A value that counts its drops in a shared counter.
struct Counted(Arc<AtomicUsize>);

impl Drop for Counted {
    fn drop(&mut self) {
        self.0.fetch_add(1, Ordering::Relaxed);
    }
}

/// `send` and then `recv` on one thread: the value comes out.
#[test]
fn sent_value_is_received() {
    let (sender, receiver) = channel();
    sender.send(String::from("hello"));
    assert_eq!(receiver.recv(), "hello");
}

/// `try_recv` is `None` before the send, `Some` once after it, and `None`
/// again: the value is handed out once.
#[test]
fn try_recv_takes_the_value_once() {
    let (sender, receiver) = channel();
    assert_eq!(
        receiver.try_recv(),
        None,
        "try_recv returned a value before the send"
    );
    sender.send(vec![1, 2, 3]);
    assert_eq!(receiver.try_recv(), Some(vec![1, 2, 3]));
    assert_eq!(
        receiver.try_recv(),
        None,
        "try_recv handed out the same value twice"
    );
}

/// A sender dropped without sending makes `recv` panic rather than wait for
/// ever.
#[test]
fn recv_panics_when_the_sender_was_dropped() {
    let (sender, receiver) = channel::<i32>();
    drop(sender);
    let result = catch_unwind(AssertUnwindSafe(move || receiver.recv()));
    assert!(
        result.is_err(),
        "recv returned although the sender was dropped without sending"
    );
}

/// A sender dropped without sending leaves `try_recv` with nothing.
#[test]
fn try_recv_is_none_after_the_sender_was_dropped() {
    let (sender, receiver) = channel::<i32>();
    drop(sender);
    assert_eq!(receiver.try_recv(), None);
}

/// A received value belongs to the receiver: the channel does not drop it as
/// well.
#[test]
fn received_value_is_dropped_only_by_its_new_owner() {
    let drops = Arc::new(AtomicUsize::new(0));
    let (sender, receiver) = channel();
    sender.send(Counted(Arc::clone(&drops)));
    let value = receiver.recv();
    assert_eq!(
        drops.load(Ordering::Relaxed),
        0,
        "the channel dropped the value it handed out"
    );
    drop(value);
    assert_eq!(drops.load(Ordering::Relaxed), 1);
}

/// A value sent and never received is dropped once, when the receiver goes,
/// and a value sent to a receiver that is already gone is dropped once too.
#[test]
fn value_never_received_is_dropped_once() {
    let drops = Arc::new(AtomicUsize::new(0));
    let (sender, receiver) = channel();
    sender.send(Counted(Arc::clone(&drops)));
    drop(receiver);
    assert_eq!(
        drops.load(Ordering::Relaxed),
        1,
        "a value nobody received was not dropped once"
    );

    let (sender, receiver) = channel();
    drop(receiver);
    sender.send(Counted(Arc::clone(&drops)));
    assert_eq!(
        drops.load(Ordering::Relaxed),
        2,
        "a value sent to a dropped receiver was not dropped once"
    );
}
