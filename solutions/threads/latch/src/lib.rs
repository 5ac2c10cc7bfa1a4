//! # A count-down latch
//!
//! Book: book/src/threads.md#waiting-for-a-group-of-threads
//! Check: cargo xtask check threads/latch
//!
//! Reference solution.

use workbook_sync::{Condvar, Mutex};

/// Lets threads wait until a count of events has reached zero.
///
/// No `unsafe impl`: a `Mutex<usize>` and a `Condvar` are both `Send` and
/// `Sync`, so the latch is too.
pub struct Latch {
    count: Mutex<usize>,
    /// Signalled once, when the count reaches zero.
    opened: Condvar,
}

impl Latch {
    /// A latch that opens after `count` calls of `count_down`; with a count
    /// of 0 it is open from the start.
    pub fn new(count: usize) -> Latch {
        Latch {
            count: Mutex::new(count),
            opened: Condvar::new(),
        }
    }

    /// Lowers the count by one; when it reaches zero, wakes every thread
    /// that is waiting.
    ///
    /// # Panics
    ///
    /// If the count is already zero: more events than the latch was made
    /// for is a bug in the caller.
    pub fn count_down(&self) {
        let mut count = self.count.lock().unwrap();
        assert!(*count > 0, "count_down on a latch that is already open");
        *count -= 1;
        if *count == 0 {
            // Every waiter waits for this same event, so wake them all. The
            // count changed under the lock, so a waiter either saw the old
            // count and is already asleep in `wait` (it released the lock
            // only by going to sleep), or will see zero when it takes the
            // lock: no wake-up is lost.
            self.opened.notify_all();
        }
    }

    /// How many `count_down`s are still to come.
    pub fn count(&self) -> usize {
        *self.count.lock().unwrap()
    }

    /// Blocks until the count is zero; returns at once if it already is.
    /// A waiting thread sleeps until it is woken: it does not keep a core
    /// busy checking the count over and over.
    pub fn wait(&self) {
        let mut count = self.count.lock().unwrap();
        // A loop: `wait` may return without a notification, and the count
        // must be checked again under the lock each time.
        while *count > 0 {
            count = self.opened.wait(count).unwrap();
        }
    }
}
