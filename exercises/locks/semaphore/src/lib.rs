//! # A semaphore from atomics
//!
//! Book: book/src/locks.md#a-semaphore
//! Check: cargo xtask check locks/semaphore
//!
//! A semaphore holds a number of permits. `acquire` takes one, waiting while
//! there are none; `try_acquire` takes one if there is one right now. A
//! permit gives its slot back when it is dropped. With one permit the
//! semaphore is a lock without a value; with *k*, at most *k* threads are
//! inside at once.
//!
//! What must never happen: more permits handed out than there are (two
//! threads both taking the last one), the count wrapping below zero, or a
//! `try_acquire` that fails while permits are left because another thread
//! was taking one at the same moment. A thread that gets a permit must see
//! what the thread that gave it back did while it held it.
//!
//! Take the atomics, `thread` and `hint` from `workbook_sync`, not from
//! `std`, so that `cargo xtask check` can run the semaphore under loom.

use std::marker::PhantomData;

/// A count of permits that threads take and give back.
pub struct Semaphore {
    // TODO: the number of permits left, in one atomic. (Replace the
    // placeholder.)
    _todo: PhantomData<()>,
}

impl Semaphore {
    /// A semaphore with `permits` permits.
    pub fn new(permits: usize) -> Self {
        let _ = permits;
        todo!()
    }

    /// Takes a permit, waiting until one is free.
    pub fn acquire(&self) -> Permit<'_> {
        todo!()
    }

    /// Takes a permit if one is free now; `None` only if there is none.
    pub fn try_acquire(&self) -> Option<Permit<'_>> {
        todo!()
    }

    /// How many permits are free at this moment.
    pub fn available(&self) -> usize {
        todo!()
    }
}

/// One permit; dropping it gives it back.
pub struct Permit<'a> {
    // TODO (replace the placeholder).
    _todo: PhantomData<&'a Semaphore>,
}

impl Drop for Permit<'_> {
    fn drop(&mut self) {
        todo!()
    }
}
