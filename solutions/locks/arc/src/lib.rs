//! # `Arc` from scratch
//!
//! Book: book/src/locks.md#arc-from-scratch
//! Check: cargo xtask check locks/arc
//!
//! Reference solution.

use std::ops::Deref;
use std::ptr::NonNull;

use workbook_sync::{AtomicUsize, Ordering, fence};

/// What every handle points at.
struct Inner<T> {
    count: AtomicUsize,
    value: T,
}

/// A thread-safe reference-counted pointer to a `T` on the heap.
pub struct Arc<T> {
    inner: NonNull<Inner<T>>,
}

// SAFETY: a handle on another thread gives that thread `&T` (so `T: Sync`),
// and whichever thread drops the last handle drops the `T` (so `T: Send`).
unsafe impl<T: Send + Sync> Send for Arc<T> {}
// SAFETY: sharing `&Arc<T>` lets another thread clone it, which is sending a
// handle, so the same bounds.
unsafe impl<T: Send + Sync> Sync for Arc<T> {}

impl<T> Arc<T> {
    /// Moves `value` to the heap, with a count of one handle.
    pub fn new(value: T) -> Self {
        let inner = Box::new(Inner {
            count: AtomicUsize::new(1),
            value,
        });
        Arc {
            inner: NonNull::from(Box::leak(inner)),
        }
    }

    fn inner(&self) -> &Inner<T> {
        // SAFETY: the allocation lives as long as any handle, this one too.
        unsafe { self.inner.as_ref() }
    }

    /// `&mut` access to the value, if `this` is the only handle; `None` if
    /// there are others.
    pub fn get_mut(this: &mut Self) -> Option<&mut T> {
        // Acquire: pairs with the Release decrement of every handle that
        // was dropped, so whatever they did with the value happens before
        // the writes the caller is about to make.
        if this.inner().count.load(Ordering::Acquire) == 1 {
            // SAFETY: no other handle exists, and none can appear: making
            // one takes `&this`, which the `&mut` borrow rules out.
            Some(unsafe { &mut this.inner.as_mut().value })
        } else {
            None
        }
    }

    /// How many handles point at the value.
    pub fn strong_count(this: &Self) -> usize {
        this.inner().count.load(Ordering::Relaxed)
    }
}

impl<T> Clone for Arc<T> {
    /// Another handle to the same value.
    fn clone(&self) -> Self {
        // Relaxed: a new handle publishes nothing; this one keeps the value
        // alive while the count goes up.
        if self.inner().count.fetch_add(1, Ordering::Relaxed) > usize::MAX / 2 {
            // Leaked clones (`mem::forget`) could wrap the count round to
            // zero and free the value under live handles.
            std::process::abort();
        }
        Arc { inner: self.inner }
    }
}

impl<T> Deref for Arc<T> {
    type Target = T;

    /// The value, shared.
    fn deref(&self) -> &T {
        &self.inner().value
    }
}

impl<T> Drop for Arc<T> {
    /// One handle fewer; the last one drops the value and frees the memory.
    fn drop(&mut self) {
        // Release: everything this handle's thread did with the value
        // happens before the last decrement reads this one.
        if self.inner().count.fetch_sub(1, Ordering::Release) == 1 {
            // Acquire: the other handles' uses of the value happen before
            // it is dropped here.
            fence(Ordering::Acquire);
            // SAFETY: the count was 1, so this was the last handle, and
            // the allocation came from `Box::leak`.
            drop(unsafe { Box::from_raw(self.inner.as_ptr()) });
        }
    }
}
