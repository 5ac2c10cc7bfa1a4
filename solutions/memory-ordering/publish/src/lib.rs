//! # Publish a value once
//!
//! Book: book/src/memory-ordering.md#publishing-with-release-and-acquire
//! Check: cargo xtask check memory-ordering/publish
//!
//! Reference solution.

use workbook_sync::{AtomicU8, Ordering, UnsafeCell};

/// Nobody has claimed the slot yet.
const EMPTY: u8 = 0;
/// One `publish` has claimed the slot and is writing the value.
const WRITING: u8 = 1;
/// The value is written and may be read.
const READY: u8 = 2;

/// A write-once slot: empty at first, then, for good, holding the value of
/// the first `publish`.
///
/// A `&Slot<T>` may be shared between threads exactly when `T: Send + Sync`.
/// Dropping the slot drops the published value, if there is one.
pub struct Slot<T> {
    /// `EMPTY`, then `WRITING`, then `READY`; it never goes back.
    state: AtomicU8,
    /// Written once, by the `publish` that moved `state` from `EMPTY` to
    /// `WRITING`; read only once `state` is `READY`. Being an `Option`, it
    /// drops the value (if any) when the slot is dropped.
    value: UnsafeCell<Option<T>>,
}

// SAFETY: shared access to the cell is ordered by `state`: exactly one thread
// writes it, before `READY` is stored with `Release`, and readers touch it only
// after loading `READY` with `Acquire`. `T: Sync` because `get` hands out `&T`
// to every thread that shares the slot; `T: Send` because `publish` on one
// thread moves a `T` into the slot, which another thread may then drop.
unsafe impl<T: Send + Sync> Sync for Slot<T> {}

impl<T> Slot<T> {
    /// An empty slot.
    pub fn new() -> Self {
        Slot {
            state: AtomicU8::new(EMPTY),
            value: UnsafeCell::new(None),
        }
    }

    /// Stores `value` if the slot is still empty and makes it visible to
    /// every thread that calls `get`.
    ///
    /// Only the first call wins. Every later call, and every call that
    /// loses a race with another `publish`, leaves the slot alone and hands
    /// its value back in `Err`.
    pub fn publish(&self, value: T) -> Result<(), T> {
        // Relaxed on both outcomes: the claim only decides who may write. The
        // winner reads nothing another thread wrote, and a loser touches
        // nothing at all, so neither needs to synchronise with anyone here.
        if self
            .state
            .compare_exchange(EMPTY, WRITING, Ordering::Relaxed, Ordering::Relaxed)
            .is_err()
        {
            return Err(value);
        }
        // SAFETY: only the one call that moved `state` from `EMPTY` to
        // `WRITING` gets here, and no reader touches the cell before `READY`.
        self.value.with_mut(|cell| unsafe { *cell = Some(value) });
        // Release: a thread that loads `READY` with `Acquire` also sees the
        // write just above, so it never reads a half-written value.
        self.state.store(READY, Ordering::Release);
        Ok(())
    }

    /// The published value; `None` until a `publish` has completed.
    pub fn get(&self) -> Option<&T> {
        // Acquire: pairs with the `Release` store of `READY` in `publish`, so
        // the value written before that store is visible from here on.
        if self.state.load(Ordering::Acquire) != READY {
            return None;
        }
        // SAFETY: the value was written before `READY` and is never written
        // again, so shared references to it stay valid for as long as `self`.
        self.value.with(|cell| unsafe { (*cell).as_ref() })
    }
}

impl<T> Default for Slot<T> {
    fn default() -> Self {
        Self::new()
    }
}
