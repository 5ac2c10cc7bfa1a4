//! # A lock that puts waiters to sleep
//!
//! Book: book/src/locks.md#a-lock-that-parks
//! Check: cargo xtask check locks/sleep-lock
//!
//! The same API as the spin lock, but a thread that finds the lock taken
//! does not burn its core: it goes to sleep with
//! `workbook_sync::thread::park()`, and whoever unlocks wakes it with
//! `Thread::unpark`. The lock keeps a list of the threads that may be
//! asleep (their `workbook_sync::thread::current()` handles).
//!
//! What must never happen: a *lost wake-up*, where a thread decides to
//! sleep, the holder unlocks and looks for sleepers before the thread is in
//! the list, and the thread then sleeps for ever beside a free lock. And,
//! as for every lock, two holders at once, or a holder that does not see
//! the previous one's writes. `park` may also return without an `unpark`,
//! so a woken thread must check again.
//!
//! The lock may be shared when `T: Send`; a guard, which shares `&T`, only
//! when `T: Sync`. `cargo xtask check` runs the lock under loom, which
//! reports a thread that sleeps for ever as a deadlock. Take the atomics,
//! `UnsafeCell` and `thread` from `workbook_sync`, not from `std`.

use std::marker::PhantomData;
use std::ops::{Deref, DerefMut};

/// A value that one thread at a time may use; waiters sleep.
pub struct SleepLock<T> {
    // TODO: a flag for the lock, a list of waiting threads (which needs its
    // own protection: a small spin lock of its own is fine, it is held for a
    // push or a drain), and the value. (Replace the placeholder.)
    _todo: PhantomData<T>,
}

impl<T> SleepLock<T> {
    /// An unlocked lock around `value`.
    pub fn new(value: T) -> Self {
        let _ = value;
        todo!()
    }

    /// Waits, asleep, until the lock is free, takes it, and returns the
    /// guard.
    pub fn lock(&self) -> SleepGuard<'_, T> {
        todo!()
    }

    /// Takes the lock if it is free right now; `None`, without waiting, if
    /// someone holds it.
    pub fn try_lock(&self) -> Option<SleepGuard<'_, T>> {
        todo!()
    }

    /// Gives back the value.
    pub fn into_inner(self) -> T {
        todo!()
    }
}

/// Access to the value of a locked [`SleepLock`]; dropping it unlocks and
/// wakes the threads waiting for the lock.
pub struct SleepGuard<'a, T> {
    // TODO (replace the placeholder).
    _todo: PhantomData<&'a mut T>,
}

impl<T> Deref for SleepGuard<'_, T> {
    type Target = T;

    fn deref(&self) -> &T {
        todo!()
    }
}

impl<T> DerefMut for SleepGuard<'_, T> {
    fn deref_mut(&mut self) -> &mut T {
        todo!()
    }
}

impl<T> Drop for SleepGuard<'_, T> {
    fn drop(&mut self) {
        todo!("unlock, then wake whoever may be asleep")
    }
}
