//! # A bounded blocking queue
//!
//! Book: book/src/shared-state.md#waiting-for-a-change-condvar
//! Check: cargo xtask check shared-state/bounded-queue
//!
//! A queue that holds at most `capacity` items and hands them from the
//! threads that `push` to the threads that `pop`, first in, first out. A
//! producer that finds the queue full sleeps until there is room; a consumer
//! that finds it empty sleeps until there is an item. Build it from the
//! `Mutex` and `Condvar` of `workbook_sync` (std's, or loom's when the checker
//! explores every interleaving), so that no wake-up is ever lost. (Loom's
//! `Condvar` has `wait` but no `wait_while`: write the loop yourself.) The compiler
//! decides where the queue may go: a queue of `Rc`s must stay on one thread,
//! but a queue of `Cell`s can be shared. Work out why before you write any
//! `unsafe`; you will not need it.

use std::marker::PhantomData;

// Take `Mutex` and `Condvar` from `workbook_sync`, not from `std::sync`: under
// loom they are loom's, so the checker sees every lock, wait and wake-up.

/// A first-in, first-out queue of at most `capacity` items, shared by
/// reference between the threads that use it.
pub struct BoundedQueue<T> {
    // TODO: the items, the capacity, and what a blocked thread waits on.
    // This placeholder only keeps the starter compiling: replace it.
    _todo: PhantomData<T>,
}

impl<T> BoundedQueue<T> {
    /// An empty queue that holds at most `capacity` items.
    ///
    /// # Panics
    ///
    /// If `capacity` is 0: nothing could ever be pushed.
    pub fn new(capacity: usize) -> Self {
        todo!("an empty queue for {capacity} items")
    }

    /// Adds `value` at the back, first waiting while the queue is full.
    pub fn push(&self, value: T) {
        let _ = value; // Only here to keep the starter free of warnings.
        todo!()
    }

    /// Removes the item at the front, first waiting while the queue is empty.
    pub fn pop(&self) -> T {
        todo!()
    }

    /// Removes the item at the front if there is one, without waiting.
    pub fn try_pop(&self) -> Option<T> {
        todo!()
    }
}
