//! # An id allocator that never wraps
//!
//! Book: book/src/atomics.md#compare_exchange-and-fetch_update
//! Check: cargo xtask check atomics/id-allocator
//!
//! Reference solution. The next id is kept in a `u64`, so that "past
//! `u32::MAX`" is a value it can hold, and it only moves forward through
//! `fetch_update`, whose closure refuses to go past that value: once every
//! id is gone, nothing is written, and no call can wrap the count.

use workbook_sync::atomic::{AtomicU64, Ordering};

/// One past the last id: every id has been handed out.
const EXHAUSTED: u64 = u32::MAX as u64 + 1;

/// Hands out each `u32` from a first one up to `u32::MAX` at most once.
pub struct IdAllocator {
    /// The next id to hand out, or `EXHAUSTED`.
    next: AtomicU64,
}

impl IdAllocator {
    /// An allocator whose first id is 0.
    pub fn new() -> Self {
        IdAllocator::starting_at(0)
    }

    /// An allocator whose first id is `first`.
    pub fn starting_at(first: u32) -> Self {
        IdAllocator {
            next: AtomicU64::new(u64::from(first)),
        }
    }

    /// The next id, or `None` if every id up to `u32::MAX` has been handed
    /// out.
    pub fn next(&self) -> Option<u32> {
        self.next
            .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |next| {
                (next < EXHAUSTED).then_some(next + 1)
            })
            // `Ok` holds the id this call took; `Err` means none was left.
            .ok()
            .map(|id| id as u32)
    }

    /// How many ids are left to hand out (up to 2³², so a `u64`).
    pub fn remaining(&self) -> u64 {
        EXHAUSTED - self.next.load(Ordering::SeqCst)
    }
}

impl Default for IdAllocator {
    fn default() -> Self {
        IdAllocator::new()
    }
}
