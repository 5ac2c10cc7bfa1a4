//! # A reader-writer lock
//!
//! Book: book/src/locks.md#a-reader-writer-lock
//! Check: cargo xtask check locks/rwlock
//!
//! Reference solution.

use std::ops::{Deref, DerefMut};

use workbook_sync::{AtomicU32, Ordering, UnsafeCell, hint};

/// The state that means "a writer holds the lock"; any smaller number is
/// how many readers hold it.
const WRITER: u32 = u32::MAX;

/// A value that many threads may read at once, or one may write.
pub struct RwLock<T> {
    state: AtomicU32,
    value: UnsafeCell<T>,
}

// SAFETY: readers on several threads hold `&T` at once, so `T: Sync`; a
// writer gets `&mut T` on its own thread and may move the value out and drop
// it there, so `T: Send`.
unsafe impl<T: Send + Sync> Sync for RwLock<T> {}

impl<T> RwLock<T> {
    /// An unlocked lock around `value`.
    pub fn new(value: T) -> Self {
        RwLock {
            state: AtomicU32::new(0),
            value: UnsafeCell::new(value),
        }
    }

    /// Waits until no writer holds the lock, then returns a shared guard.
    pub fn read(&self) -> ReadGuard<'_, T> {
        loop {
            if let Some(guard) = self.try_read() {
                return guard;
            }
            hint::spin_loop();
        }
    }

    /// A shared guard if no writer holds the lock; `None` if one does.
    pub fn try_read(&self) -> Option<ReadGuard<'_, T>> {
        let mut state = self.state.load(Ordering::Relaxed);
        loop {
            if state == WRITER {
                return None;
            }
            // One short of WRITER is the most readers there can be: with
            // enough forgotten read guards the count must stop, not run
            // into the writer's value.
            assert!(state < WRITER - 1, "too many readers");
            // Acquire: pairs with the writer's Release unlock, so this
            // reader sees what the last writer wrote. A failure only means
            // another reader came or went: try again with the new count.
            match self.state.compare_exchange_weak(
                state,
                state + 1,
                Ordering::Acquire,
                Ordering::Relaxed,
            ) {
                Ok(_) => return Some(ReadGuard { lock: self }),
                Err(now) => state = now,
            }
        }
    }

    /// Waits until nobody holds the lock, then returns the exclusive guard.
    pub fn write(&self) -> WriteGuard<'_, T> {
        while self
            .state
            .compare_exchange_weak(0, WRITER, Ordering::Acquire, Ordering::Relaxed)
            .is_err()
        {
            hint::spin_loop();
        }
        WriteGuard { lock: self }
    }

    /// The exclusive guard if nobody holds the lock; `None` otherwise.
    pub fn try_write(&self) -> Option<WriteGuard<'_, T>> {
        // Acquire: every reader's and the last writer's accesses, released
        // when they unlocked, happen before this writer's.
        self.state
            .compare_exchange(0, WRITER, Ordering::Acquire, Ordering::Relaxed)
            .ok()
            .map(|_| WriteGuard { lock: self })
    }

    /// Gives back the value.
    pub fn into_inner(self) -> T {
        self.value.into_inner()
    }
}

/// Shared access to the value; dropping it releases this reader's share.
pub struct ReadGuard<'a, T> {
    lock: &'a RwLock<T>,
}

/// Exclusive access to the value; dropping it unlocks.
pub struct WriteGuard<'a, T> {
    lock: &'a RwLock<T>,
}

impl<T> Deref for ReadGuard<'_, T> {
    type Target = T;

    fn deref(&self) -> &T {
        // SAFETY: while a read guard lives the state is not WRITER, so
        // nobody has `&mut T`.
        self.lock.value.with(|value| unsafe { &*value })
    }
}

impl<T> Drop for ReadGuard<'_, T> {
    fn drop(&mut self) {
        // Release: this reader's reads happen before the next writer's
        // Acquire takes the lock.
        self.lock.state.fetch_sub(1, Ordering::Release);
    }
}

impl<T> Deref for WriteGuard<'_, T> {
    type Target = T;

    fn deref(&self) -> &T {
        // SAFETY: the state is WRITER: this guard is the only access.
        self.lock.value.with(|value| unsafe { &*value })
    }
}

impl<T> DerefMut for WriteGuard<'_, T> {
    fn deref_mut(&mut self) -> &mut T {
        // SAFETY: as in `deref`, and `&mut self` makes the borrow unique.
        self.lock.value.with_mut(|value| unsafe { &mut *value })
    }
}

impl<T> Drop for WriteGuard<'_, T> {
    fn drop(&mut self) {
        // Release: the writes happen before the next Acquire.
        self.lock.state.store(0, Ordering::Release);
    }
}
