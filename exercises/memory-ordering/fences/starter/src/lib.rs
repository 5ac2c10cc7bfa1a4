//! # Collect results with one fence
//!
//! Book: book/src/memory-ordering.md#fences
//! Check: cargo xtask check memory-ordering/fences
//!
//! `Results::new(n)` has `n` slots. Worker threads `finish` slots, each slot
//! at most once (finishing one twice panics). Any thread may call
//! `collect_ready` at any time to get every result finished so far, with
//! its index, without waiting for the others.
//!
//! Every result handed out must be whole, as its worker wrote it. The
//! suggested design checks all the slots' flags with `Relaxed` loads and
//! then pays for synchronisation once, with one `fence(Acquire)`; the
//! workers pair it with `fence(Release)` before they set their flag.
//! Acquire and Release on every flag are correct too. `cargo xtask check`
//! runs the collection under loom while a worker finishes slots.
//!
//! What must be impossible: sharing results that are not `Sync` (many
//! threads read them at once) or not `Send` (made on one thread, dropped on
//! another). Take the atomics, `fence` and `UnsafeCell` from
//! `workbook_sync`.
//! Under loom these atomics have no `get_mut`: in a `Drop`, read them with
//! `load`.

use std::marker::PhantomData;

/// A fixed number of result slots, each finished at most once.
pub struct Results<T> {
    // TODO: per slot, a state in an atomic and the value in a
    // `workbook_sync::UnsafeCell`. (Replace the placeholder.)
    _todo: PhantomData<T>,
}

impl<T> Results<T> {
    /// `slots` empty slots.
    pub fn new(slots: usize) -> Self {
        let _ = slots;
        todo!()
    }

    /// Stores the result of slot `index`.
    ///
    /// # Panics
    ///
    /// If `index` is out of range, or the slot was already finished.
    pub fn finish(&self, index: usize, value: T) {
        let _ = (index, value);
        todo!()
    }

    /// Every result finished so far, by index, in increasing index order.
    pub fn collect_ready(&self) -> Vec<(usize, &T)> {
        todo!()
    }
}
