//! # Capstone, stage 2: knowing when the work has run out
//!
//! Book: book/src/patterns.md#stage-2-the-end-of-the-work
//! Check: cargo xtask check patterns/in-flight
//!
//! Reference solution.

use workbook_sync::{Condvar, Mutex};

/// How many pieces of work are in flight.
pub struct InFlight {
    count: Mutex<usize>,
    idle: Condvar,
}

/// One piece of work in flight; dropping it finishes it.
pub struct Ticket<'a> {
    in_flight: &'a InFlight,
}

impl InFlight {
    /// Nothing in flight.
    pub fn new() -> InFlight {
        InFlight {
            count: Mutex::new(0),
            idle: Condvar::new(),
        }
    }

    /// Counts one more piece of work in flight, until the ticket is dropped.
    pub fn start(&self) -> Ticket<'_> {
        *self.lock() += 1;
        Ticket { in_flight: self }
    }

    /// Returns once nothing is in flight.
    pub fn wait_idle(&self) {
        let mut count = self.lock();
        // A loop, not an `if`: a wait may end without a notification.
        while *count > 0 {
            count = self.idle.wait(count).unwrap_or_else(|e| e.into_inner());
        }
    }

    /// How many tickets are out.
    pub fn count(&self) -> usize {
        *self.lock()
    }

    /// The count, also after a panic elsewhere poisoned the lock: the count
    /// is changed in one step, so it is never left half-updated.
    fn lock(&self) -> workbook_sync::MutexGuard<'_, usize> {
        self.count.lock().unwrap_or_else(|e| e.into_inner())
    }
}

impl Default for InFlight {
    fn default() -> Self {
        Self::new()
    }
}

impl Drop for Ticket<'_> {
    fn drop(&mut self) {
        let mut count = self.in_flight.lock();
        *count -= 1;
        if *count == 0 {
            // Changed under the lock, so a waiter either has not checked yet
            // (and will see 0) or is asleep (and is woken now).
            self.in_flight.idle.notify_all();
        }
    }
}
