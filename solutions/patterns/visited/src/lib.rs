//! # Capstone, stage 1: a visited set that says who came first
//!
//! Book: book/src/patterns.md#stage-1-the-visited-set
//! Check: cargo xtask check patterns/visited
//!
//! Reference solution.

use std::collections::HashSet;

use workbook_sync::Mutex;

/// The URLs the checker has visited, shared between its workers.
pub struct Visited {
    seen: Mutex<HashSet<String>>,
}

/// `url` without its `#fragment`: the page it names.
fn page(url: &str) -> &str {
    url.split_once('#').map_or(url, |(page, _)| page)
}

impl Visited {
    /// An empty set.
    pub fn new() -> Visited {
        Visited {
            seen: Mutex::new(HashSet::new()),
        }
    }

    /// Marks `url` (without its fragment) as visited; `true` if it was new.
    ///
    /// The test and the insertion are one operation under one lock:
    /// `HashSet::insert` itself says whether the value was new.
    pub fn insert(&self, url: &str) -> bool {
        self.seen.lock().unwrap().insert(page(url).to_owned())
    }

    /// Whether `url` (without its fragment) was visited.
    pub fn contains(&self, url: &str) -> bool {
        self.seen.lock().unwrap().contains(page(url))
    }

    /// How many different pages were visited.
    pub fn len(&self) -> usize {
        self.seen.lock().unwrap().len()
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
