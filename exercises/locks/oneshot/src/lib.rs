//! # A one-shot channel
//!
//! Book: book/src/locks.md#a-one-shot-channel
//! Check: cargo xtask check locks/oneshot
//!
//! `channel()` makes a sender and a receiver that carry exactly one value.
//! `send` consumes the sender, so sending twice must not compile. The
//! receiver can look without waiting (`try_recv`) or wait until the value is
//! there (`recv`). If the sender is dropped without sending, `recv` panics
//! instead of waiting for ever, and `try_recv` returns `None`. A value that is
//! sent and never received is dropped exactly once, with the channel.
//!
//! Each end may move to another thread when `T: Send`; neither may when `T`
//! is not (an `Rc` must stay on its thread). Whether a thread that receives
//! the value also sees everything the sender wrote into it is up to your
//! memory orderings, and `cargo xtask check` runs your channel under loom to
//! find out, including a receiver waiting in `recv` while the other thread
//! sends or drops its sender.
//!
//! Take the atomics, `Arc`, `UnsafeCell`, `thread` and `hint` from
//! `workbook_sync`, not from `std`, so that loom can watch them. Waiting in
//! `recv` may spin (`workbook_sync::hint::spin_loop()`) or park the thread;
//! the ready-made locks and channels are not allowed.
//! Under loom these atomics have no `get_mut`: in a `Drop`, read them with
//! `load`.

use std::marker::PhantomData;

/// The sending end: used once, by `send`.
pub struct Sender<T> {
    // TODO: what the two ends share (a state and a place for the value), and
    // when may a sender move to another thread? (This placeholder only keeps
    // `T` in use; replace it.)
    _todo: PhantomData<T>,
}

/// The receiving end.
pub struct Receiver<T> {
    // TODO: as for `Sender`.
    _todo: PhantomData<T>,
}

/// A new channel for one value of type `T`.
pub fn channel<T>() -> (Sender<T>, Receiver<T>) {
    todo!()
}

impl<T> Sender<T> {
    /// Hands `value` to the receiver. If the receiver is already gone, the
    /// value is dropped.
    pub fn send(self, value: T) {
        todo!(
            "deliver a {} to the receiver",
            std::any::type_name_of_val(&value)
        )
    }
}

impl<T> Receiver<T> {
    /// The value, if it has been sent and not yet taken; `None` otherwise,
    /// without waiting.
    pub fn try_recv(&self) -> Option<T> {
        todo!()
    }

    /// Waits until the value is sent and returns it.
    ///
    /// # Panics
    ///
    /// If the sender was dropped without sending, or the value was already
    /// taken by `try_recv`.
    pub fn recv(self) -> T {
        todo!()
    }
}

// TODO: what must happen when a `Sender` is dropped without sending? And
// when the last end goes, what becomes of a value nobody received?
