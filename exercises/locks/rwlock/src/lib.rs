//! # A reader-writer lock
//!
//! Book: book/src/locks.md#a-reader-writer-lock
//! Check: cargo xtask check locks/rwlock
//!
//! Many readers at once, or one writer alone. `read` waits while a writer
//! holds the lock and then returns a guard that gives `&T`; any number of
//! read guards may be alive together. `write` waits until there is no reader
//! and no writer and returns a guard that gives `&mut T`. `try_read` and
//! `try_write` never wait: `None` means the lock is held in a way that
//! excludes them right now, never that another reader happened to arrive at
//! the same moment. Dropping a guard releases its share.
//!
//! What must be impossible: readers on different threads share `&T` at the
//! same time, and a writer may replace the value on any thread, so the lock
//! may be shared only when `T: Send + Sync`. Unlike a mutex, an `RwLock`
//! does not make a `Cell` shareable.
//!
//! `cargo xtask check` runs the lock under loom, with a reader and a writer
//! waiting for each other in `read` and `write`. Take the atomics, the
//! spin-loop hint and `UnsafeCell` from `workbook_sync`, not from `std`.

use std::marker::PhantomData;
use std::ops::{Deref, DerefMut};

/// A value that many threads may read at once, or one may write.
pub struct RwLock<T> {
    // TODO: a state (how many readers, or a writer) in one atomic, and the
    // value in a `workbook_sync::UnsafeCell`; then the `unsafe impl Sync`.
    // (This placeholder only keeps `T` in use; replace it.)
    _todo: PhantomData<T>,
}

impl<T> RwLock<T> {
    /// An unlocked lock around `value`.
    pub fn new(value: T) -> Self {
        let _ = value;
        todo!()
    }

    /// Waits until no writer holds the lock, then returns a shared guard.
    pub fn read(&self) -> ReadGuard<'_, T> {
        todo!()
    }

    /// A shared guard if no writer holds the lock; `None` if one does.
    pub fn try_read(&self) -> Option<ReadGuard<'_, T>> {
        todo!()
    }

    /// Waits until nobody holds the lock, then returns the exclusive guard.
    pub fn write(&self) -> WriteGuard<'_, T> {
        todo!()
    }

    /// The exclusive guard if nobody holds the lock; `None` otherwise.
    pub fn try_write(&self) -> Option<WriteGuard<'_, T>> {
        todo!()
    }

    /// Gives back the value.
    pub fn into_inner(self) -> T {
        todo!()
    }
}

/// Shared access to the value; dropping it releases this reader's share.
pub struct ReadGuard<'a, T> {
    // TODO (replace the placeholder).
    _todo: PhantomData<&'a T>,
}

/// Exclusive access to the value; dropping it unlocks.
pub struct WriteGuard<'a, T> {
    // TODO (replace the placeholder).
    _todo: PhantomData<&'a mut T>,
}

impl<T> Deref for ReadGuard<'_, T> {
    type Target = T;

    fn deref(&self) -> &T {
        todo!()
    }
}

impl<T> Drop for ReadGuard<'_, T> {
    fn drop(&mut self) {
        todo!()
    }
}

impl<T> Deref for WriteGuard<'_, T> {
    type Target = T;

    fn deref(&self) -> &T {
        todo!()
    }
}

impl<T> DerefMut for WriteGuard<'_, T> {
    fn deref_mut(&mut self) -> &mut T {
        todo!()
    }
}

impl<T> Drop for WriteGuard<'_, T> {
    fn drop(&mut self) {
        todo!()
    }
}
