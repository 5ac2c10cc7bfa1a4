//! # A lock that puts waiters to sleep
//!
//! Book: book/src/locks.md#a-lock-that-parks
//! Check: cargo xtask check locks/sleep-lock
//!
//! Reference solution.

use std::ops::{Deref, DerefMut};

use workbook_sync::thread::{self, Thread};
use workbook_sync::{AtomicBool, Ordering, UnsafeCell, hint};

/// A value that one thread at a time may use; waiters sleep.
pub struct SleepLock<T> {
    locked: AtomicBool,
    /// Guards `waiters`: held only for a push or a drain.
    waiters_locked: AtomicBool,
    /// Threads that may be asleep in `lock`.
    waiters: UnsafeCell<Vec<Thread>>,
    value: UnsafeCell<T>,
}

// SAFETY: the value is used by one guard at a time, so it moves between
// threads (`T: Send`); the waiter list is only touched under
// `waiters_locked`, and `Thread` handles are `Send + Sync`.
unsafe impl<T: Send> Sync for SleepLock<T> {}

impl<T> SleepLock<T> {
    /// An unlocked lock around `value`.
    pub fn new(value: T) -> Self {
        SleepLock {
            locked: AtomicBool::new(false),
            waiters_locked: AtomicBool::new(false),
            waiters: UnsafeCell::new(Vec::new()),
            value: UnsafeCell::new(value),
        }
    }

    /// Runs `f` on the waiter list, under its little spin lock.
    fn with_waiters<R>(&self, f: impl FnOnce(&mut Vec<Thread>) -> R) -> R {
        while self
            .waiters_locked
            .compare_exchange_weak(false, true, Ordering::Acquire, Ordering::Relaxed)
            .is_err()
        {
            hint::spin_loop();
        }
        // SAFETY: `waiters_locked` is ours.
        let result = self.waiters.with_mut(|waiters| f(unsafe { &mut *waiters }));
        self.waiters_locked.store(false, Ordering::Release);
        result
    }

    /// Waits, asleep, until the lock is free, takes it, and returns the
    /// guard.
    pub fn lock(&self) -> SleepGuard<'_, T> {
        loop {
            if let Some(guard) = self.try_lock() {
                return guard;
            }
            // Put this thread on the list first, and only then look at the
            // lock once more. An unlock that came before the push is seen by
            // the second try (its store of `false` comes before its drain,
            // which comes before our push); an unlock that comes after the
            // push finds us in the list and unparks us. Either way we do not
            // sleep beside a free lock.
            self.with_waiters(|waiters| waiters.push(thread::current()));
            if let Some(guard) = self.try_lock() {
                // Our entry may stay in the list: the next unlock wakes us
                // for nothing, and `park` returning early is harmless.
                return guard;
            }
            // `park` may return without an unpark: the loop checks again.
            thread::park();
        }
    }

    /// Takes the lock if it is free right now; `None`, without waiting, if
    /// someone holds it.
    pub fn try_lock(&self) -> Option<SleepGuard<'_, T>> {
        self.locked
            .compare_exchange(false, true, Ordering::Acquire, Ordering::Relaxed)
            .ok()
            .map(|_| SleepGuard { lock: self })
    }

    /// Gives back the value.
    pub fn into_inner(self) -> T {
        self.value.into_inner()
    }
}

/// Access to the value of a locked [`SleepLock`]; dropping it unlocks and
/// wakes the threads waiting for the lock.
pub struct SleepGuard<'a, T> {
    lock: &'a SleepLock<T>,
}

// SAFETY: sharing a guard shares `&T`.
unsafe impl<T: Sync> Sync for SleepGuard<'_, T> {}

impl<T> Deref for SleepGuard<'_, T> {
    type Target = T;

    fn deref(&self) -> &T {
        // SAFETY: this guard holds the lock.
        self.lock.value.with(|value| unsafe { &*value })
    }
}

impl<T> DerefMut for SleepGuard<'_, T> {
    fn deref_mut(&mut self) -> &mut T {
        // SAFETY: this guard holds the lock, and `&mut self` is unique.
        self.lock.value.with_mut(|value| unsafe { &mut *value })
    }
}

impl<T> Drop for SleepGuard<'_, T> {
    fn drop(&mut self) {
        // Release: the holder's writes happen before the next Acquire.
        self.lock.locked.store(false, Ordering::Release);
        // Wake everyone who may be asleep; they race for the lock, and the
        // losers put themselves on the list again. Waking only one could
        // wake a stale entry (a thread that got the lock after its push)
        // and leave a sleeper in the list.
        let sleepers = self.lock.with_waiters(std::mem::take);
        for sleeper in sleepers {
            sleeper.unpark();
        }
    }
}
