//! # A one-shot channel
//!
//! Book: book/src/locks.md#a-one-shot-channel
//! Check: cargo xtask check locks/oneshot
//!
//! Reference solution.

use workbook_sync::{Arc, AtomicU8, Ordering, UnsafeCell, hint};

/// No value yet, and the sender is alive.
const EMPTY: u8 = 0;
/// The value is in the cell and nobody has taken it.
const FULL: u8 = 1;
/// The receiver took the value out of the cell.
const TAKEN: u8 = 2;
/// The sender was dropped without sending.
const CLOSED: u8 = 3;

/// What the two ends share.
struct Channel<T> {
    state: AtomicU8,
    // Written once by the sender while the state is EMPTY, emptied once by
    // the receiver after it moved the state from FULL to TAKEN.
    value: UnsafeCell<Option<T>>,
}

// SAFETY: the value passes from the sending thread to the receiving one, and
// the state makes sure the two never touch the cell at once: the sender only
// while it is EMPTY, the receiver only after it turned FULL into TAKEN.
// Handing a value over is what `Send` allows; `T: Sync` is never needed,
// since no `&T` is ever shared.
unsafe impl<T: Send> Sync for Channel<T> {}

/// The sending end: used once, by `send`.
pub struct Sender<T> {
    channel: Arc<Channel<T>>,
}

/// The receiving end.
pub struct Receiver<T> {
    channel: Arc<Channel<T>>,
}

// Both ends hold an `Arc<Channel<T>>`, which is `Send` when `Channel<T>` is
// `Send + Sync`, that is when `T: Send`: the compiler's own conclusion is the
// right one, so no `unsafe impl Send` is needed.

/// A new channel for one value of type `T`.
pub fn channel<T>() -> (Sender<T>, Receiver<T>) {
    let channel = Arc::new(Channel {
        state: AtomicU8::new(EMPTY),
        value: UnsafeCell::new(None),
    });
    (
        Sender {
            channel: Arc::clone(&channel),
        },
        Receiver { channel },
    )
}

impl<T> Sender<T> {
    /// Hands `value` to the receiver. If the receiver is already gone, the
    /// value is dropped.
    pub fn send(self, value: T) {
        // SAFETY: the state is EMPTY (only this sender changes it from
        // EMPTY, and it is consumed here), and the receiver never touches
        // the cell before it sees FULL.
        self.channel
            .value
            .with_mut(|cell| unsafe { *cell = Some(value) });
        // Release: the write above happens before any Acquire load that
        // reads FULL. If the receiver is gone, the value stays in the cell
        // and is dropped with the channel.
        self.channel.state.store(FULL, Ordering::Release);
        // `self` drops here; `Drop` sees FULL and leaves it.
    }
}

impl<T> Drop for Sender<T> {
    fn drop(&mut self) {
        // Close only a channel that never got its value. Release is enough:
        // nothing was written that the receiver will read.
        let _ = self.channel.state.compare_exchange(
            EMPTY,
            CLOSED,
            Ordering::Release,
            Ordering::Relaxed,
        );
    }
}

impl<T> Receiver<T> {
    /// The value, if it has been sent and not yet taken; `None` otherwise,
    /// without waiting.
    pub fn try_recv(&self) -> Option<T> {
        // Acquire pairs with the Release store in `send`. Moving the state
        // to TAKEN in the same step means the value is taken once, however
        // many times this is called.
        self.channel
            .state
            .compare_exchange(FULL, TAKEN, Ordering::Acquire, Ordering::Relaxed)
            .ok()?;
        // SAFETY: this thread moved the state from FULL to TAKEN, so it
        // alone may touch the cell, and the sender's write happens before.
        self.channel
            .value
            .with_mut(|cell| unsafe { (*cell).take() })
    }

    /// Waits until the value is sent and returns it.
    ///
    /// # Panics
    ///
    /// If the sender was dropped without sending, or the value was already
    /// taken by `try_recv`.
    pub fn recv(self) -> T {
        loop {
            if let Some(value) = self.try_recv() {
                return value;
            }
            match self.channel.state.load(Ordering::Relaxed) {
                // Nothing will ever arrive: the sender is gone, or the value
                // was already taken by `try_recv`.
                CLOSED | TAKEN => panic!(
                    "nothing to receive: the sender was dropped without sending, or try_recv took the value"
                ),
                _ => hint::spin_loop(),
            }
        }
    }
}

// No `Drop` for `Channel`: a value that was sent and never taken is still in
// the `Option`, which drops it when the last end drops the channel.
