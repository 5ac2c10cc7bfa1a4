//! # An id allocator that never wraps
//!
//! Book: book/src/atomics.md#compare_exchange-and-fetch_update
//! Check: cargo xtask check atomics/id-allocator
//!
//! Hands out `u32` ids, counting up from a first id, to any number of
//! threads at once. An id identifies one thing for good, so whatever the
//! timing:
//!
//! - no id is ever handed out twice;
//! - when every id up to `u32::MAX` has been handed out, `next` returns
//!   `None`, then and for ever after: the count must not wrap round to 0
//!   and start again.
//!
//! Use atomics from `workbook_sync::atomic`; locks and `unsafe` are ruled
//! out in this chapter. `Ordering::SeqCst` is the safe choice everywhere;
//! the next chapter explains the others.

use std::marker::PhantomData;

// Take the atomic types and `Ordering` from `workbook_sync::atomic`.

/// Hands out each `u32` from a first one up to `u32::MAX` at most once.
pub struct IdAllocator {
    // TODO: where the next id comes from. This placeholder only keeps the
    // starter compiling: replace it.
    _todo: PhantomData<u32>,
}

impl IdAllocator {
    /// An allocator whose first id is 0.
    pub fn new() -> Self {
        IdAllocator::starting_at(0)
    }

    /// An allocator whose first id is `first`.
    pub fn starting_at(first: u32) -> Self {
        todo!("ids from {first}")
    }

    /// The next id, or `None` if every id up to `u32::MAX` has been handed
    /// out.
    pub fn next(&self) -> Option<u32> {
        todo!()
    }

    /// How many ids are left to hand out (up to 2³², so a `u64`).
    pub fn remaining(&self) -> u64 {
        todo!()
    }
}

impl Default for IdAllocator {
    fn default() -> Self {
        IdAllocator::new()
    }
}
