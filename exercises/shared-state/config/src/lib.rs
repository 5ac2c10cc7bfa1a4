//! # A configuration behind an `RwLock`
//!
//! Book: book/src/shared-state.md#rwlock-and-what-it-does-not-make-sync
//! Check: cargo xtask check shared-state/config
//!
//! A configuration that many threads read all the time and an administrator
//! replaces now and then. Readers take a *snapshot*, an `Arc<T>`, and work
//! with it for as long as they like: a later `replace` or `update` does not
//! change a snapshot already taken, and a reader holding one does not keep
//! writers waiting. Use `std::sync::RwLock` (this exercise has no loom
//! tests, because `workbook_sync` offers no `RwLock`).
//!
//! What must work:
//!
//! - `update` computes the new value from the current one with no other
//!   `replace` or `update` in between, so two threads that update at once
//!   never lose either change;
//! - a configuration of a type that threads may share (`u32`, `String`, an
//!   `AtomicU32`) can be shared between threads.
//!
//! What must be impossible: sharing a `Config<Cell<u32>>` between threads.
//! Every reader of it would hold the same `Cell` through its snapshot and
//! could `set` it while another reads it. Let the compiler work out where a
//! `Config<T>` may go; you will not need `unsafe`.

use std::marker::PhantomData;
use std::sync::Arc;

/// A value that threads read as snapshots and replace as a whole.
pub struct Config<T> {
    // TODO: the current value and its lock. This placeholder only keeps the
    // starter compiling: replace it.
    _todo: PhantomData<T>,
}

impl<T> Config<T> {
    /// A configuration whose current value is `value`.
    pub fn new(value: T) -> Self {
        let _ = value; // Only here to keep the starter free of warnings.
        todo!()
    }

    /// A snapshot of the current value.
    pub fn get(&self) -> Arc<T> {
        todo!()
    }

    /// Makes `value` the current value, and returns the one it replaced.
    pub fn replace(&self, value: T) -> Arc<T> {
        let _ = value; // Only here to keep the starter free of warnings.
        todo!()
    }

    /// Makes `change(&current)` the current value, with no other `replace`
    /// or `update` between reading the current value and storing the new
    /// one, and returns the new value. `change` must not use this
    /// configuration itself.
    pub fn update(&self, change: impl FnOnce(&T) -> T) -> Arc<T> {
        let _ = change; // Only here to keep the starter free of warnings.
        todo!()
    }
}
