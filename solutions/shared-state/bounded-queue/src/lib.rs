//! # A bounded blocking queue
//!
//! Book: book/src/shared-state.md#waiting-for-a-change-condvar
//! Check: cargo xtask check shared-state/bounded-queue
//!
//! Reference solution.

use std::collections::VecDeque;

use workbook_sync::{Condvar, Mutex};

/// A first-in, first-out queue of at most `capacity` items, shared by
/// reference between the threads that use it.
///
/// No `unsafe impl`: `Mutex<VecDeque<T>>` is `Sync` exactly when `T: Send`,
/// and that is the right rule for a queue. Each item belongs to one thread at
/// a time (the pusher, then the queue, then the popper), so items must be
/// able to move between threads, but are never shared by two.
pub struct BoundedQueue<T> {
    items: Mutex<VecDeque<T>>,
    capacity: usize,
    /// Signalled after a push: a thread waiting in `pop` may go on.
    not_empty: Condvar,
    /// Signalled after a pop: a thread waiting in `push` may go on.
    not_full: Condvar,
}

impl<T> BoundedQueue<T> {
    /// An empty queue that holds at most `capacity` items.
    ///
    /// # Panics
    ///
    /// If `capacity` is 0: nothing could ever be pushed.
    pub fn new(capacity: usize) -> Self {
        assert!(
            capacity > 0,
            "a bounded queue needs room for at least one item"
        );
        BoundedQueue {
            items: Mutex::new(VecDeque::with_capacity(capacity)),
            capacity,
            not_empty: Condvar::new(),
            not_full: Condvar::new(),
        }
    }

    /// Adds `value` at the back, first waiting while the queue is full.
    pub fn push(&self, value: T) {
        let mut items = self.items.lock().unwrap();
        // A loop, not an `if`: another pusher may take the room first, and
        // `wait` may return without any notification at all.
        while items.len() == self.capacity {
            items = self.not_full.wait(items).unwrap();
        }
        items.push_back(value);
        drop(items);
        // Only pushers change "empty" to "not empty", and one item can satisfy
        // only one popper, so waking one waiter is enough.
        self.not_empty.notify_one();
    }

    /// Removes the item at the front, first waiting while the queue is empty.
    pub fn pop(&self) -> T {
        let mut items = self.items.lock().unwrap();
        let value = loop {
            if let Some(value) = items.pop_front() {
                break value;
            }
            items = self.not_empty.wait(items).unwrap();
        };
        drop(items);
        self.not_full.notify_one();
        value
    }

    /// Removes the item at the front if there is one, without waiting.
    pub fn try_pop(&self) -> Option<T> {
        let value = self.items.lock().unwrap().pop_front()?;
        // Taking an item makes room, exactly as in `pop`.
        self.not_full.notify_one();
        Some(value)
    }
}
