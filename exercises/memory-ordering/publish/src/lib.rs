//! # Publish a value once
//!
//! Book: book/src/memory-ordering.md#publishing-with-release-and-acquire
//! Check: cargo xtask check memory-ordering/publish
//!
//! A `Slot` starts empty. One thread fills it with `publish`; from then on any
//! number of threads can read the value with `get`, without taking a lock.
//! Only the first publish wins. The hard part is memory ordering: a thread
//! that finds the slot full must also see every byte of the value the
//! publisher wrote, never half of it. Build the slot from the atomics and the
//! `UnsafeCell` of `workbook_sync` (not `std`'s), so that `cargo xtask check`
//! can run your code under loom, which tries every interleaving and every
//! reordering the memory model allows.

use std::marker::PhantomData;

/// A write-once slot: empty at first, then, for good, holding the value of
/// the first `publish`.
///
/// A `&Slot<T>` may be shared between threads exactly when `T: Send + Sync`.
/// Dropping the slot drops the published value, if there is one.
pub struct Slot<T> {
    // TODO: something atomic that says how far publishing has got, and an
    // `UnsafeCell` for the value. This placeholder only keeps `T` in use;
    // delete it.
    _value: PhantomData<T>,
}

// TODO: a `Slot` holds an `UnsafeCell`, so it is not `Sync` on its own. Write
// the `unsafe impl Sync` that says when sharing one is sound, and why.

impl<T> Slot<T> {
    /// An empty slot.
    pub fn new() -> Self {
        todo!()
    }

    /// Stores `value` if the slot is still empty and makes it visible to
    /// every thread that calls `get`.
    ///
    /// Only the first call wins. Every later call, and every call that
    /// loses a race with another `publish`, leaves the slot alone and hands
    /// its value back in `Err`.
    pub fn publish(&self, value: T) -> Result<(), T> {
        todo!(
            "store a {} or hand it back",
            std::any::type_name_of_val(&value)
        )
    }

    /// The published value; `None` until a `publish` has completed.
    pub fn get(&self) -> Option<&T> {
        todo!()
    }
}

impl<T> Default for Slot<T> {
    fn default() -> Self {
        Self::new()
    }
}
