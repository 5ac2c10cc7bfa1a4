//! # A configuration behind an `RwLock`
//!
//! Book: book/src/shared-state.md#rwlock-and-what-it-does-not-make-sync
//! Check: cargo xtask check shared-state/config
//!
//! Reference solution. The lock holds an `Arc<T>`, so a reader holds the
//! read lock only while it clones a pointer, and a writer swaps in a new
//! `Arc`. No `unsafe impl`: `RwLock<Arc<T>>` is `Sync` exactly when `T` is
//! `Send + Sync`, because every reader's snapshot shares the same `T`.

use std::sync::{Arc, RwLock};

/// A value that threads read as snapshots and replace as a whole.
pub struct Config<T> {
    current: RwLock<Arc<T>>,
}

impl<T> Config<T> {
    /// A configuration whose current value is `value`.
    pub fn new(value: T) -> Self {
        Config {
            current: RwLock::new(Arc::new(value)),
        }
    }

    /// A snapshot of the current value.
    pub fn get(&self) -> Arc<T> {
        // The read guard is a temporary: it is dropped at the end of this
        // statement, before the caller does anything with the snapshot.
        Arc::clone(&self.current.read().unwrap())
    }

    /// Makes `value` the current value, and returns the one it replaced.
    pub fn replace(&self, value: T) -> Arc<T> {
        let new = Arc::new(value);
        std::mem::replace(&mut *self.current.write().unwrap(), new)
    }

    /// Makes `change(&current)` the current value, with no other `replace`
    /// or `update` between reading the current value and storing the new
    /// one, and returns the new value. `change` must not use this
    /// configuration itself.
    pub fn update(&self, change: impl FnOnce(&T) -> T) -> Arc<T> {
        // Read and write under one write guard: a read guard released
        // before the write would let another update slip in between.
        let mut current = self.current.write().unwrap();
        let new = Arc::new(change(&current));
        *current = Arc::clone(&new);
        new
    }
}
