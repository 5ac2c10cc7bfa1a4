//! # Initialise once
//!
//! Book: book/src/memory-ordering.md#initialise-once
//! Check: cargo xtask check memory-ordering/once-cell
//!
//! Reference solution.

use workbook_sync::{AtomicU8, Ordering, UnsafeCell, hint};

const EMPTY: u8 = 0;
const RUNNING: u8 = 1;
const READY: u8 = 2;

/// A value computed at most once, on first use, and then shared.
pub struct InitOnce<T> {
    state: AtomicU8,
    value: UnsafeCell<Option<T>>,
}

// SAFETY: the value is written once, by the thread that moved the state
// from EMPTY to RUNNING, before it stores READY (Release); after that it is
// only read, by any number of threads at once (`T: Sync`). The cell may be
// dropped on another thread than the one that made the value (`T: Send`).
unsafe impl<T: Send + Sync> Sync for InitOnce<T> {}

impl<T> InitOnce<T> {
    /// An empty cell.
    pub fn new() -> Self {
        InitOnce {
            state: AtomicU8::new(EMPTY),
            value: UnsafeCell::new(None),
        }
    }

    /// The value, if it is ready; `None` otherwise, without waiting.
    pub fn get(&self) -> Option<&T> {
        // Acquire: pairs with the Release store of READY, so the value's
        // write happens before our read of it.
        if self.state.load(Ordering::Acquire) == READY {
            // SAFETY: READY means written, and never written again.
            self.value.with(|value| unsafe { (*value).as_ref() })
        } else {
            None
        }
    }

    /// The value, computing it with `init` if nobody has; waits while
    /// another thread is computing it.
    pub fn get_or_init(&self, init: impl FnOnce() -> T) -> &T {
        if let Some(value) = self.get() {
            return value;
        }
        // Claim the right to initialise; Relaxed is enough, since the
        // claim publishes nothing and we read nothing the others wrote.
        if self
            .state
            .compare_exchange(EMPTY, RUNNING, Ordering::Relaxed, Ordering::Relaxed)
            .is_ok()
        {
            let value = init();
            // SAFETY: RUNNING is ours: nobody else writes, and nobody reads
            // before READY.
            self.value.with_mut(|slot| unsafe { *slot = Some(value) });
            self.state.store(READY, Ordering::Release);
        }
        // Someone (maybe us) is initialising or has: wait for READY.
        loop {
            if let Some(value) = self.get() {
                return value;
            }
            hint::spin_loop();
        }
    }
}

impl<T> Default for InitOnce<T> {
    fn default() -> Self {
        Self::new()
    }
}
