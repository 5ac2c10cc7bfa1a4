//! # A pool with at most k threads
//!
//! Book: book/src/rayon.md#a-pool-of-your-own
//! Check: cargo xtask check rayon/bounded-pool
//!
//! rayon's global pool has a thread per CPU. A service that shares the
//! machine with other work may want its parallel jobs to use at most `k`
//! threads. Wrap a rayon `ThreadPool` of exactly `k` threads in [`Pool`],
//! and make every job given to the pool run inside it, including the
//! parallel iterators such a job uses.
//!
//! What must work:
//!
//! - [`Pool::new`] makes a pool of `threads` threads, and refuses 0 with
//!   `None` (rayon's builder reads 0 as "choose for me", which would be a
//!   thread per CPU);
//! - [`Pool::threads`] says how many threads the pool has;
//! - [`Pool::map`] applies `f` to every item in parallel on the pool's
//!   threads, and returns the results in the order of the items;
//! - [`Pool::run`] runs `op` inside the pool, so that the parallel
//!   iterators `op` uses run on the pool's threads and not on the global
//!   pool's, and returns its result.
//!
//! The tests record which threads ran your closures: never more than `k`,
//! all of them the pool's.

/// A rayon thread pool with a fixed number of threads.
pub struct Pool {
    // TODO
}

impl Pool {
    /// A pool of `threads` threads; `None` for 0 threads.
    pub fn new(threads: usize) -> Option<Pool> {
        todo!("a pool of {threads} threads")
    }

    /// How many threads the pool has.
    pub fn threads(&self) -> usize {
        todo!()
    }

    /// `f` applied to every item, in parallel on this pool's threads; the
    /// results in the order of `items`.
    pub fn map<T, R, F>(&self, items: &[T], f: F) -> Vec<R>
    where
        T: Sync,
        R: Send,
        F: Fn(&T) -> R + Sync + Send,
    {
        let _ = f;
        todo!("map {} items", items.len())
    }

    /// Runs `op` inside this pool and returns what it returns.
    pub fn run<R, OP>(&self, op: OP) -> R
    where
        R: Send,
        OP: FnOnce() -> R + Send,
    {
        let _ = op;
        todo!()
    }
}
