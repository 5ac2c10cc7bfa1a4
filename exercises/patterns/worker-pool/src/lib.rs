//! # A worker pool that shuts down gracefully
//!
//! Book: book/src/patterns.md#a-worker-pool-that-shuts-down
//! Check: cargo xtask check patterns/worker-pool
//!
//! A fixed number of worker threads take jobs (`FnOnce() + Send + 'static`
//! closures) from a queue and run them. The interesting part is the end.
//!
//! What must work:
//!
//! - `WorkerPool::new(n)` starts `n` workers, and panics for 0;
//! - `execute` queues a job and returns at once; some worker runs it;
//! - `shutdown` is *graceful*: every job queued before it runs, then every
//!   worker thread ends, and only then does `shutdown` return;
//! - dropping the pool does the same as `shutdown`;
//! - `cancel` drops the jobs no worker has started yet, without running
//!   them and right away (not after the running jobs end: their captured
//!   resources are released at once), then waits for the jobs that are
//!   running, ends every worker, and returns how many jobs it dropped;
//! - a job that panics does not take its worker with it: the worker goes on
//!   with the next job;
//! - no thread outlives `shutdown`, `cancel` or the drop.
//!
//! The tests check that worker threads have really ended when `shutdown`
//! returns, and put a deadline on every shutdown, so a worker that never
//! notices the end fails a test instead of hanging it. Loom cannot see
//! crossbeam's channels, so there is no loom test; if you build the queue
//! yourself from `Mutex` and `Condvar` instead, that is fine too.

/// A job: any closure that may run once on another thread.
pub type Job = Box<dyn FnOnce() + Send + 'static>;

/// A fixed set of worker threads that run queued jobs.
pub struct WorkerPool {
    // TODO
}

impl WorkerPool {
    /// Starts `workers` worker threads.
    ///
    /// # Panics
    ///
    /// If `workers` is 0.
    pub fn new(workers: usize) -> WorkerPool {
        todo!("start {workers} workers")
    }

    /// Queues `job`; one of the workers will run it.
    pub fn execute<F>(&self, job: F)
    where
        F: FnOnce() + Send + 'static,
    {
        let _job: Job = Box::new(job);
        todo!()
    }

    /// Runs every queued job, ends every worker, and returns when they have
    /// all ended.
    pub fn shutdown(self) {
        todo!()
    }

    /// Drops the jobs not started yet, waits for the running ones, ends every
    /// worker, and returns how many jobs were dropped.
    pub fn cancel(self) -> usize {
        todo!()
    }
}
