//! # A spin lock with a guard
//!
//! Book: book/src/locks.md#a-spin-lock-with-a-guard
//! Check: cargo xtask check locks/spinlock
//!
//! A spin lock keeps a value and a flag that says whether someone holds it.
//! `lock` spins until it is the one to set the flag and returns a guard; the
//! holder reads and writes the value through the guard, and dropping the guard
//! clears the flag. Choose the memory orderings so that each holder sees what
//! the one before it wrote, and tell the compiler when the lock and its guard
//! may be shared between threads, and when the lock may move to another one.
//! `cargo xtask check` runs the lock on real threads, tries programs that must
//! not compile, and runs it under loom, which explores the interleavings of
//! two threads, one of them spinning in `lock` while the other holds the lock.
//! Take the atomics, the spin-loop hint and `UnsafeCell` from `workbook_sync`,
//! not from `std`, so that loom can watch them.

use std::marker::PhantomData;
use std::ops::{Deref, DerefMut};

/// A value that one thread at a time may use, guarded by a busy-waiting lock.
pub struct SpinLock<T> {
    // TODO: a flag (`workbook_sync::AtomicBool`) and the value, in a
    // `workbook_sync::UnsafeCell` so that the holder can change it through a
    // shared `&SpinLock`. Then say, with an `unsafe impl`, for which `T` the
    // lock may be shared between threads. (The `PhantomData` is a placeholder
    // so that this file compiles; replace it.)
    _todo: PhantomData<T>,
}

impl<T> SpinLock<T> {
    /// An unlocked lock around `value`.
    pub fn new(value: T) -> Self {
        let _ = value;
        todo!("store the value, unlocked")
    }

    /// Waits, spinning, until the lock is free, takes it, and returns the
    /// guard that gives access to the value until it is dropped.
    pub fn lock(&self) -> SpinGuard<'_, T> {
        // Spin until the lock is yours; `workbook_sync::hint::spin_loop()`
        // tells the processor (and loom) that this thread is waiting.
        todo!()
    }

    /// Takes the lock if it is free right now; `None`, without waiting, if
    /// someone holds it.
    pub fn try_lock(&self) -> Option<SpinGuard<'_, T>> {
        todo!()
    }

    /// Gives back the value. Taking the lock by value proves that no guard
    /// is alive, so there is nothing to wait for.
    pub fn into_inner(self) -> T {
        todo!()
    }
}

/// Access to the value of a locked [`SpinLock`]; dropping it unlocks.
pub struct SpinGuard<'a, T> {
    // TODO: what does the guard need to reach the value and the flag? Should a
    // guard be shared between threads when its lock may be? (Replace the
    // placeholder.)
    _todo: PhantomData<&'a mut T>,
}

impl<T> Deref for SpinGuard<'_, T> {
    type Target = T;

    /// The value, for reading.
    fn deref(&self) -> &T {
        todo!()
    }
}

impl<T> DerefMut for SpinGuard<'_, T> {
    /// The value, for writing.
    fn deref_mut(&mut self) -> &mut T {
        todo!()
    }
}

impl<T> Drop for SpinGuard<'_, T> {
    /// Unlocks, handing the value (and everything written to it) to the next
    /// holder.
    fn drop(&mut self) {
        todo!("release the lock")
    }
}
