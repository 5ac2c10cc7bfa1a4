//! # A pool with at most k threads
//!
//! Book: book/src/rayon.md#a-pool-of-your-own
//! Check: cargo xtask check rayon/bounded-pool
//!
//! Reference solution.

use rayon::prelude::*;
use rayon::{ThreadPool, ThreadPoolBuilder};

/// A rayon thread pool with a fixed number of threads.
pub struct Pool {
    pool: ThreadPool,
}

impl Pool {
    /// A pool of `threads` threads; `None` for 0 threads.
    pub fn new(threads: usize) -> Option<Pool> {
        if threads == 0 {
            // The builder would read 0 as "one thread per CPU".
            return None;
        }
        let pool = ThreadPoolBuilder::new()
            .num_threads(threads)
            .thread_name(|i| format!("bounded-pool-{i}"))
            .build()
            .ok()?;
        Some(Pool { pool })
    }

    /// How many threads the pool has.
    pub fn threads(&self) -> usize {
        self.pool.current_num_threads()
    }

    /// `f` applied to every item, in parallel on this pool's threads; the
    /// results in the order of `items`.
    pub fn map<T, R, F>(&self, items: &[T], f: F) -> Vec<R>
    where
        T: Sync,
        R: Send,
        F: Fn(&T) -> R + Sync + Send,
    {
        // Inside `install`, parallel iterators use this pool, not the global one.
        self.pool.install(|| items.par_iter().map(f).collect())
    }

    /// Runs `op` inside this pool and returns what it returns.
    pub fn run<R, OP>(&self, op: OP) -> R
    where
        R: Send,
        OP: FnOnce() -> R + Send,
    {
        self.pool.install(op)
    }
}
