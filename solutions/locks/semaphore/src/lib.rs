//! # A semaphore from atomics
//!
//! Book: book/src/locks.md#a-semaphore
//! Check: cargo xtask check locks/semaphore
//!
//! Reference solution.

use workbook_sync::{AtomicUsize, Ordering, hint};

/// A count of permits that threads take and give back.
pub struct Semaphore {
    permits: AtomicUsize,
}

impl Semaphore {
    /// A semaphore with `permits` permits.
    pub fn new(permits: usize) -> Self {
        Semaphore {
            permits: AtomicUsize::new(permits),
        }
    }

    /// Takes a permit, waiting until one is free.
    pub fn acquire(&self) -> Permit<'_> {
        loop {
            if let Some(permit) = self.try_acquire() {
                return permit;
            }
            hint::spin_loop();
        }
    }

    /// Takes a permit if one is free now; `None` only if there is none.
    pub fn try_acquire(&self) -> Option<Permit<'_>> {
        let mut free = self.permits.load(Ordering::Relaxed);
        while free > 0 {
            // Acquire: pairs with the Release of the permit given back, so
            // its holder's writes happen before ours. A failure means
            // another thread took or returned a permit: look again.
            match self.permits.compare_exchange_weak(
                free,
                free - 1,
                Ordering::Acquire,
                Ordering::Relaxed,
            ) {
                Ok(_) => return Some(Permit { semaphore: self }),
                Err(now) => free = now,
            }
        }
        None
    }

    /// How many permits are free at this moment.
    pub fn available(&self) -> usize {
        self.permits.load(Ordering::Relaxed)
    }
}

/// One permit; dropping it gives it back.
pub struct Permit<'a> {
    semaphore: &'a Semaphore,
}

impl Drop for Permit<'_> {
    fn drop(&mut self) {
        // Release: what this holder did happens before the next Acquire
        // that takes the permit.
        self.semaphore.permits.fetch_add(1, Ordering::Release);
    }
}
