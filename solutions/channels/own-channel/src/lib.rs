//! # A channel of your own
//!
//! Book: book/src/channels.md#a-channel-of-your-own
//! Check: cargo xtask check channels/own-channel
//!
//! Reference solution.

use std::collections::VecDeque;

use workbook_sync::{Arc, Condvar, Mutex};

/// What the queue and the sender count are: one state behind one lock, so
/// that `recv` looks at both at the same instant.
struct State<T> {
    queue: VecDeque<T>,
    senders: usize,
}

/// What both ends of the channel share.
struct Shared<T> {
    state: Mutex<State<T>>,
    /// Signalled when a value arrives and when the last sender goes.
    changed: Condvar,
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
    let shared = Arc::new(Shared {
        state: Mutex::new(State {
            queue: VecDeque::new(),
            senders: 1,
        }),
        changed: Condvar::new(),
    });
    (
        Sender {
            shared: Arc::clone(&shared),
        },
        Receiver { shared },
    )
}

impl<T> Sender<T> {
    /// Puts `value` at the back of the channel and wakes a waiting receiver.
    /// Never waits.
    pub fn send(&self, value: T) {
        self.shared.state.lock().unwrap().queue.push_back(value);
        self.shared.changed.notify_one();
    }
}

impl<T> Clone for Sender<T> {
    /// Another sender for the same channel, which keeps it open too.
    fn clone(&self) -> Sender<T> {
        self.shared.state.lock().unwrap().senders += 1;
        Sender {
            shared: Arc::clone(&self.shared),
        }
    }
}

impl<T> Drop for Sender<T> {
    /// One sender fewer; when it was the last, the channel ends.
    fn drop(&mut self) {
        let mut state = self.shared.state.lock().unwrap();
        state.senders -= 1;
        if state.senders == 0 {
            // A receiver may be asleep waiting for a value that can no longer
            // come. The count changed under the lock, so it is either asleep
            // already (and this wakes it) or will see zero when it looks.
            self.shared.changed.notify_all();
        }
    }
}

impl<T> Receiver<T> {
    /// The next value, waiting while the channel is empty and a sender is
    /// still alive; `None` once it is empty and every sender is gone.
    pub fn recv(&self) -> Option<T> {
        let mut state = self.shared.state.lock().unwrap();
        loop {
            if let Some(value) = state.queue.pop_front() {
                return Some(value);
            }
            if state.senders == 0 {
                return None;
            }
            state = self.shared.changed.wait(state).unwrap();
        }
    }

    /// The next value if there is one now; never waits.
    pub fn try_recv(&self) -> Option<T> {
        self.shared.state.lock().unwrap().queue.pop_front()
    }
}
