//! # Initialise once
//!
//! Book: book/src/memory-ordering.md#initialise-once
//! Check: cargo xtask check memory-ordering/once-cell
//!
//! An `InitOnce<T>` starts empty. The first call to `get_or_init` runs its
//! closure and stores the result; every call, on every thread, returns a
//! reference to that one value. The closure runs **once in all**: a thread
//! that arrives while another is running it waits for that value rather
//! than computing its own. `get` returns the value if it is ready, without
//! waiting.
//!
//! Every thread that gets the value must see all of it, as the initialising
//! thread wrote it: choose the orderings that make the end of the
//! initialisation happen before every read. `cargo xtask check` runs the
//! cell under loom, with two threads racing to initialise it.
//!
//! What must be impossible: sharing a cell whose value is not `Sync` (many
//! threads read it at once) or not `Send` (it is made on one thread and may
//! be dropped on another). Take the atomics, `hint` and `UnsafeCell` from
//! `workbook_sync`. (If the closure panics, leaving the cell stuck is
//! acceptable here; the tests do not panic in it.)
//! Under loom these atomics have no `get_mut`: in a `Drop`, read them with
//! `load`.

use std::marker::PhantomData;

/// A value computed at most once, on first use, and then shared.
pub struct InitOnce<T> {
    // TODO: a state in an atomic (empty, running, ready) and the value in a
    // `workbook_sync::UnsafeCell`. (Replace the placeholder.)
    _todo: PhantomData<T>,
}

impl<T> InitOnce<T> {
    /// An empty cell.
    pub fn new() -> Self {
        todo!()
    }

    /// The value, if it is ready; `None` otherwise, without waiting.
    pub fn get(&self) -> Option<&T> {
        todo!()
    }

    /// The value, computing it with `init` if nobody has; waits while
    /// another thread is computing it.
    pub fn get_or_init(&self, init: impl FnOnce() -> T) -> &T {
        let _ = init;
        todo!()
    }
}

impl<T> Default for InitOnce<T> {
    fn default() -> Self {
        Self::new()
    }
}
