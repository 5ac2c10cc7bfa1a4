//! # A count-down latch
//!
//! Book: book/src/threads.md#waiting-for-a-group-of-threads
//! Check: cargo xtask check threads/latch
//!
//! A latch starts at a count. Workers call `count_down` when they are done;
//! any number of threads may call `wait`, which blocks until the count has
//! reached zero, and from then on returns at once. It plays the part of Go's
//! `sync.WaitGroup`, for threads that cannot simply be joined. Build it from
//! a `Mutex` and a `Condvar`, taken from `workbook_sync` rather than from
//! `std`, so that `cargo xtask check` can run it under loom, which tries
//! every interleaving of two threads and reports a waiter that is never
//! woken.

// Take `Mutex` and `Condvar` from `workbook_sync`, not from `std::sync`: under
// loom they are loom's, so the checker sees every lock, wait and wake-up.

/// Lets threads wait until a count of events has reached zero.
pub struct Latch {
    // TODO: the count, behind a lock, and a way for waiters to sleep until
    // it reaches zero.
}

impl Latch {
    /// A latch that opens after `count` calls of `count_down`; with a count
    /// of 0 it is open from the start.
    pub fn new(count: usize) -> Latch {
        let _ = count;
        todo!()
    }

    /// Lowers the count by one; when it reaches zero, wakes every thread
    /// that is waiting.
    ///
    /// # Panics
    ///
    /// If the count is already zero: more events than the latch was made
    /// for is a bug in the caller.
    pub fn count_down(&self) {
        todo!()
    }

    /// How many `count_down`s are still to come.
    pub fn count(&self) -> usize {
        todo!()
    }

    /// Blocks until the count is zero; returns at once if it already is.
    /// A waiting thread sleeps until it is woken: it does not keep a core
    /// busy checking the count over and over.
    pub fn wait(&self) {
        todo!()
    }
}
