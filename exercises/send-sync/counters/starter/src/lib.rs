//! # A local counter beside a shared one
//!
//! Book: book/src/send-sync.md#auto-traits-follow-the-fields
//! Check: cargo xtask check send-sync/counters
//!
//! Two counters for two jobs. A worker thread counts events in a
//! `LocalCounter` of its own, which costs no synchronisation at all, and now
//! and then flushes what it counted into a `SharedCounter`, the total that
//! every thread adds to.
//!
//! Both count through `&self`: a local counter usually lives in a
//! `thread_local!`, which only ever lends out a shared reference, and the
//! shared one is used by many threads at once. Whether each type may move to
//! another thread (`Send`) or be shared between threads (`Sync`) is decided by
//! its fields, so choose them so that:
//!
//! - a `LocalCounter` may be handed to another thread, which then counts on it
//!   alone;
//! - a `LocalCounter` must never be used by two threads at once: a program
//!   that shares one between threads, by reference or in a `static`, must not
//!   compile (a counter per thread is what `thread_local!` is for);
//! - a `SharedCounter` may be shared, in a `static` too, and no add is ever
//!   lost, however the threads' steps interleave.
//!
//! `cargo xtask check` counts on real threads, tries programs that must not
//! compile, and runs the shared counter under loom with two threads adding at
//! once. Take the atomic type from `workbook_sync` (`workbook_sync::AtomicU64`,
//! with the same methods as std's), not from `std`, so that loom can watch it.

use std::marker::PhantomData;

/// Counts on one thread, with no synchronisation: a thread's own tally.
#[derive(Default)]
pub struct LocalCounter {
    // TODO: the count. Which type lets `add(&self)` change it, costs nothing
    // to update, and makes the compiler refuse to share the counter between
    // threads? (The `PhantomData` is a placeholder so that this file
    // compiles; replace it.)
    _todo: PhantomData<u64>,
}

impl LocalCounter {
    /// A counter at zero.
    pub fn new() -> LocalCounter {
        todo!()
    }

    /// Adds `n` to the count.
    pub fn add(&self, n: u64) {
        let _ = n;
        todo!()
    }

    /// The count so far.
    pub fn get(&self) -> u64 {
        todo!()
    }

    /// Adds this counter's count to `total` and sets this counter back to
    /// zero, so that nothing is counted twice by a later flush.
    pub fn flush_into(&self, total: &SharedCounter) {
        let _ = total;
        todo!()
    }
}

/// A total that many threads add to at once.
#[derive(Default)]
pub struct SharedCounter {
    // TODO: the total. Which type may threads change at the same time,
    // through a shared reference, without losing an add? (Replace the
    // placeholder.)
    _todo: PhantomData<u64>,
}

impl SharedCounter {
    /// A total at zero.
    pub fn new() -> SharedCounter {
        todo!()
    }

    /// Adds `n` to the total.
    pub fn add(&self, n: u64) {
        let _ = n;
        todo!()
    }

    /// The total so far.
    pub fn get(&self) -> u64 {
        todo!()
    }
}
