//! # `Arc` from scratch
//!
//! Book: book/src/locks.md#arc-from-scratch
//! Check: cargo xtask check locks/arc
//!
//! An `Arc<T>` is a pointer to a heap allocation that holds the value and a
//! count of the handles pointing at it. Cloning a handle adds one; dropping
//! one takes one away, and the handle that takes the count to zero drops the
//! value and frees the allocation, exactly once. `get_mut` gives `&mut T`
//! only while there is no other handle, and `strong_count` says how many
//! there are.
//!
//! What must be impossible: an `Arc<T>` may move to another thread, or be
//! shared with one, only when `T: Send + Sync`, since every handle gives
//! `&T` to its thread and the last one, on whichever thread, drops the
//! value. So `Arc<Cell<i32>>` (not `Sync`) and `Arc<MutexGuard<'_, i32>>`
//! (not `Send`) must not be `Send`. The memory orderings of the count decide
//! whether the thread that drops the value sees everything the other handles
//! did with it: `cargo xtask check` runs your `Arc` under loom to find out.
//!
//! Take the atomics and `fence` from `workbook_sync`, not from `std`, so that
//! loom can watch them.

use std::marker::PhantomData;
use std::ops::Deref;

/// A thread-safe reference-counted pointer to a `T` on the heap.
pub struct Arc<T> {
    // TODO: a pointer to a heap allocation holding the count and the value
    // (`std::ptr::NonNull`, from `Box::leak` or `Box::into_raw`). A raw
    // pointer makes the type neither `Send` nor `Sync`: say with `unsafe
    // impl`s when it may be. (This placeholder only keeps `T` in use;
    // replace it.)
    _todo: PhantomData<T>,
}

impl<T> Arc<T> {
    /// Moves `value` to the heap, with a count of one handle.
    pub fn new(value: T) -> Self {
        todo!("put a {} on the heap", std::any::type_name_of_val(&value))
    }

    /// `&mut` access to the value, if `this` is the only handle; `None` if
    /// there are others.
    pub fn get_mut(this: &mut Self) -> Option<&mut T> {
        let _ = this;
        todo!()
    }

    /// How many handles point at the value.
    pub fn strong_count(this: &Self) -> usize {
        let _ = this;
        todo!()
    }
}

impl<T> Clone for Arc<T> {
    /// Another handle to the same value.
    fn clone(&self) -> Self {
        todo!()
    }
}

impl<T> Deref for Arc<T> {
    type Target = T;

    /// The value, shared.
    fn deref(&self) -> &T {
        todo!()
    }
}

impl<T> Drop for Arc<T> {
    /// One handle fewer; the last one drops the value and frees the memory.
    fn drop(&mut self) {
        todo!()
    }
}
