//! # A key chosen once, by racing
//!
//! Book: book/src/atomics.md#lazy-initialisation-by-racing
//! Check: cargo xtask check atomics/lazy-key
//!
//! Reference solution. One `AtomicU64`, where 0 (which no `NonZeroU64` can
//! be) means "no key yet". A key is kept by a `compare_exchange` from 0, so
//! of several racing threads exactly one succeeds, and the others learn the
//! winner from the error.

use std::num::NonZeroU64;

use workbook_sync::atomic::{AtomicU64, Ordering};

/// A key that is chosen once and then never changes.
pub struct LazyKey {
    /// The key, or 0 for none yet.
    key: AtomicU64,
}

impl LazyKey {
    /// No key yet.
    pub fn new() -> Self {
        LazyKey {
            key: AtomicU64::new(0),
        }
    }

    /// The key, if one has been kept.
    pub fn get(&self) -> Option<NonZeroU64> {
        NonZeroU64::new(self.key.load(Ordering::SeqCst))
    }

    /// Makes `key` the key if there is none yet. If there already is one,
    /// changes nothing and returns it as the error.
    pub fn set(&self, key: NonZeroU64) -> Result<(), NonZeroU64> {
        // The strong exchange: a spurious failure would report a winner
        // that does not exist.
        match self
            .key
            .compare_exchange(0, key.get(), Ordering::SeqCst, Ordering::SeqCst)
        {
            Ok(_) => Ok(()),
            Err(winner) => Err(NonZeroU64::new(winner).expect("a kept key is never 0")),
        }
    }

    /// The key; if there is none yet, first calls `choose` and tries to
    /// keep what it returns. Returns the key that was kept, whichever
    /// thread's it is.
    pub fn get_or_init(&self, choose: impl FnOnce() -> NonZeroU64) -> NonZeroU64 {
        if let Some(key) = self.get() {
            return key;
        }
        let mine = choose();
        match self.set(mine) {
            Ok(()) => mine,
            // Another thread kept its key first: use that one, not ours.
            Err(winner) => winner,
        }
    }
}

impl Default for LazyKey {
    fn default() -> Self {
        LazyKey::new()
    }
}
