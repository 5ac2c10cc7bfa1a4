//! # A key chosen once, by racing
//!
//! Book: book/src/atomics.md#lazy-initialisation-by-racing
//! Check: cargo xtask check atomics/lazy-key
//!
//! A program signs its messages with a key that it chooses the first time
//! one is needed. Any thread may be first, several may be first at the same
//! moment, and choosing a key is cheap, so nobody should wait for anybody:
//! a thread that finds no key chooses one and tries to make it *the* key.
//! Whatever the timing:
//!
//! - exactly one key is ever kept, and every call of `get_or_init`, on
//!   every thread, returns that one, even when several threads chose a key
//!   of their own at the same moment;
//! - `choose` is not called when a key has already been kept;
//! - `set` succeeds for exactly one of several racing callers, and the
//!   others are told which key won.
//!
//! Keys are `NonZeroU64`s. Use atomics from `workbook_sync::atomic`; locks,
//! once-cells and `unsafe` are ruled out in this chapter.
//! `Ordering::SeqCst` is the safe choice everywhere; the next chapter
//! explains the others.

use std::marker::PhantomData;
use std::num::NonZeroU64;

// Take the atomic types and `Ordering` from `workbook_sync::atomic`.

/// A key that is chosen once and then never changes.
pub struct LazyKey {
    // TODO: the key, or a sign that there is none yet. This placeholder
    // only keeps the starter compiling: replace it.
    _todo: PhantomData<NonZeroU64>,
}

impl LazyKey {
    /// No key yet.
    pub fn new() -> Self {
        todo!()
    }

    /// The key, if one has been kept.
    pub fn get(&self) -> Option<NonZeroU64> {
        todo!()
    }

    /// Makes `key` the key if there is none yet. If there already is one,
    /// changes nothing and returns it as the error.
    pub fn set(&self, key: NonZeroU64) -> Result<(), NonZeroU64> {
        todo!("set {key}")
    }

    /// The key; if there is none yet, first calls `choose` and tries to
    /// keep what it returns. Returns the key that was kept, whichever
    /// thread's it is.
    pub fn get_or_init(&self, choose: impl FnOnce() -> NonZeroU64) -> NonZeroU64 {
        let _ = choose; // Only here to keep the starter free of warnings.
        todo!()
    }
}

impl Default for LazyKey {
    fn default() -> Self {
        LazyKey::new()
    }
}
