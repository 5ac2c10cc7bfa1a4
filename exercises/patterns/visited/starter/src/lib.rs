//! # Capstone, stage 1: a visited set that says who came first
//!
//! Book: book/src/patterns.md#stage-1-the-visited-set
//! Check: cargo xtask check patterns/visited
//!
//! The link checker's workers find links all the time, often the same ones
//! at the same moment. Each page must be fetched exactly once, so before a
//! worker fetches a URL it asks the shared [`Visited`] set: "is this new?".
//! The answer and the marking must be one step: if two workers insert the
//! same URL at once, exactly one of them must be told it was new.
//!
//! What must work:
//!
//! - [`Visited::insert`] marks a URL as visited and returns `true` if it was
//!   not visited before, `false` if it was; a URL and the same URL with a
//!   `#fragment` are one page (`https://a.test/x#top` is
//!   `https://a.test/x`);
//! - [`Visited::contains`] and [`Visited::len`] answer without changing
//!   anything;
//! - the set is shared by reference between threads (`Visited: Sync`).
//!
//! What loom checks: two threads inserting the same URL at once get one
//! `true` and one `false` between them, in every interleaving. Checking
//! with `contains` and then inserting, under two separate lock
//! acquisitions, is the check-then-act race condition of the Shared state
//! chapter, and loom finds the interleaving in which both threads are told
//! the URL was new.
//!
//! Take `Mutex` from `workbook_sync`, not `std::sync`, so that loom sees it.

use std::collections::HashSet;

/// The URLs the checker has visited, shared between its workers.
pub struct Visited {
    // TODO
}

impl Visited {
    /// An empty set.
    pub fn new() -> Visited {
        todo!()
    }

    /// Marks `url` (without its fragment) as visited; `true` if it was new.
    pub fn insert(&self, url: &str) -> bool {
        let _: Option<HashSet<String>> = None;
        todo!("insert {url}")
    }

    /// Whether `url` (without its fragment) was visited.
    pub fn contains(&self, url: &str) -> bool {
        todo!("look up {url}")
    }

    /// How many different pages were visited.
    pub fn len(&self) -> usize {
        todo!()
    }

    /// Whether nothing was visited yet.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl Default for Visited {
    fn default() -> Self {
        Self::new()
    }
}
