//! # The first match, found by several threads
//!
//! Book: book/src/patterns.md#cancellation
//! Check: cargo xtask check patterns/first-match
//!
//! Reference solution.

use std::thread;

use workbook_sync::atomic::{AtomicUsize, Ordering};

/// `usize::MAX` stands for "no match yet": no slice has that many items.
const NONE: usize = usize::MAX;

/// The lowest matching index found so far, shared by the searching threads.
pub struct Best {
    lowest: AtomicUsize,
}

impl Best {
    /// No match found yet.
    pub fn new() -> Best {
        Best {
            lowest: AtomicUsize::new(NONE),
        }
    }

    /// Records a match at `index`, keeping the lowest.
    ///
    /// One read-modify-write: a `load` followed by a `store` could overwrite
    /// a lower index another thread stored in between. Relaxed is enough:
    /// the index publishes no other data, and the threads are joined before
    /// the result is read.
    pub fn offer(&self, index: usize) {
        self.lowest.fetch_min(index, Ordering::Relaxed);
    }

    /// The lowest match offered so far.
    pub fn get(&self) -> Option<usize> {
        match self.lowest.load(Ordering::Relaxed) {
            NONE => None,
            index => Some(index),
        }
    }

    /// Whether a match at or below `index` is already known.
    pub fn beaten(&self, index: usize) -> bool {
        self.lowest.load(Ordering::Relaxed) <= index
    }
}

impl Default for Best {
    fn default() -> Self {
        Self::new()
    }
}

/// The lowest index whose item matches, searched by `threads` threads.
pub fn first_match<T, F>(items: &[T], threads: usize, matches: F) -> Option<usize>
where
    T: Sync,
    F: Fn(&T) -> bool + Sync,
{
    assert!(threads > 0, "a search needs at least one thread");
    let best = Best::new();
    let chunk = items.len().div_ceil(threads).max(1);
    thread::scope(|s| {
        for (n, part) in items.chunks(chunk).enumerate() {
            let (best, matches) = (&best, &matches);
            s.spawn(move || {
                for (i, item) in part.iter().enumerate() {
                    let index = n * chunk + i;
                    // Everything after this in the chunk is higher still.
                    if best.beaten(index) {
                        return;
                    }
                    if matches(item) {
                        best.offer(index);
                        return;
                    }
                }
            });
        }
    });
    best.get()
}
