//! # A channel of your own
//!
//! Book: book/src/channels.md#a-channel-of-your-own
//! Check: cargo xtask check channels/own-channel
//!
//! An unbounded multi-producer channel built from the primitives of
//! `workbook_sync` (std's `Mutex`, `Condvar` and `Arc`, or loom's under
//! `--cfg loom`), with the one rule that makes channels useful: `recv` waits
//! while the channel is empty and a sender is alive, and returns `None`
//! once the channel is empty and every sender has been dropped.
//!
//! What must work:
//!
//! - values come out in the order they were sent (one sender's order; with
//!   several senders, each one's values in its own order);
//! - `Sender` can be cloned, and every clone keeps the channel open: the
//!   channel ends only when the last clone is dropped;
//! - a `recv` that is already asleep when the last sender is dropped wakes
//!   up and returns `None`; it never sleeps for ever;
//! - a waiting `recv` sleeps: it does not spin.
//!
//! Loom checks this exercise: `tests/loom.rs` runs its tests over every
//! interleaving of two or three threads (up to 2 preemptions), so a
//! wake-up lost in a destructor is found even if it happens once in a
//! million runs. Import your primitives from `workbook_sync`, not `std`, so
//! that loom can see them.

use std::collections::VecDeque;

use workbook_sync::{Arc, Mutex};

/// What both ends of the channel share.
struct Shared<T> {
    queue: Mutex<VecDeque<T>>,
    // TODO: what else do the ends need to share?
}

/// The sending end. Clone it to have several senders.
pub struct Sender<T> {
    shared: Arc<Shared<T>>,
}

/// The receiving end.
pub struct Receiver<T> {
    shared: Arc<Shared<T>>,
}

/// A new, empty channel with one sender.
pub fn channel<T>() -> (Sender<T>, Receiver<T>) {
    todo!()
}

impl<T> Sender<T> {
    /// Puts `value` at the back of the channel and wakes a waiting receiver.
    /// Never waits.
    pub fn send(&self, value: T) {
        let _ = (&self.shared.queue, value);
        todo!()
    }
}

impl<T> Clone for Sender<T> {
    /// Another sender for the same channel, which keeps it open too.
    fn clone(&self) -> Sender<T> {
        todo!()
    }
}

impl<T> Drop for Sender<T> {
    /// One sender fewer; when it was the last, the channel ends.
    fn drop(&mut self) {
        // TODO
    }
}

impl<T> Receiver<T> {
    /// The next value, waiting while the channel is empty and a sender is
    /// still alive; `None` once it is empty and every sender is gone.
    pub fn recv(&self) -> Option<T> {
        let _ = &self.shared;
        todo!()
    }

    /// The next value if there is one now; never waits.
    pub fn try_recv(&self) -> Option<T> {
        todo!()
    }
}
