//! # A worker pool that joins its workers
//!
//! Book: book/src/channels.md#several-consumers-crossbeams-channels
//! Check: cargo xtask check channels/worker-pool
//!
//! A fixed number of worker threads take jobs from one shared queue, a
//! crossbeam channel: several threads may receive from it, and each job
//! goes to exactly one of them, whichever is free first. Dropping the
//! [`Pool`] shuts it down in order: the queue is closed, the workers run
//! every job that is already queued, their loops end, and `drop` joins
//! every one of them before it returns. No worker thread outlives its pool.
//!
//! What must work:
//!
//! - every job given to [`Pool::execute`] runs exactly once, on one of the
//!   pool's threads; `execute` never waits (the queue has no limit);
//! - a slow job keeps only its own worker busy: the other workers go on
//!   taking jobs from the queue, and `workers` jobs can run at once;
//! - `drop` returns only once every queued job has run and every worker
//!   thread has ended;
//! - a job that panics does not take the pool down. Decide how (the worker
//!   can catch the panic and go on, or be replaced by a new one), and say so
//!   in your documentation: after a panic, the pool still runs every job it
//!   is given, and `drop` does not panic;
//! - a pool of zero workers is refused: `new(0)` panics, because its jobs
//!   would never run.
//!
//! Loom cannot check this exercise: it does not see inside crossbeam's
//! channels. Tests with real threads stand in for it, each with a deadline,
//! so a `drop` that waits for ever (a worker whose loop never ends) fails a
//! test instead of hanging it.

/// A job: any closure that can be sent to a worker thread and run once.
pub type Job = Box<dyn FnOnce() + Send + 'static>;

/// A fixed number of worker threads and the queue they take jobs from.
pub struct Pool {
    // TODO
}

impl Pool {
    /// A pool of `workers` threads, all waiting for jobs.
    ///
    /// # Panics
    ///
    /// If `workers` is zero.
    pub fn new(workers: usize) -> Pool {
        todo!("a pool of {workers} workers")
    }

    /// How many worker threads the pool has.
    pub fn workers(&self) -> usize {
        todo!()
    }

    /// Queues `job` to run on one of the workers, whichever is free first.
    /// Never waits.
    pub fn execute<F>(&self, job: F)
    where
        F: FnOnce() + Send + 'static,
    {
        let job: Job = Box::new(job);
        todo!("queue a job of {} bytes", size_of_val(&job))
    }
}

impl Drop for Pool {
    /// Closes the queue, lets the workers run every job already queued, and
    /// joins every worker thread.
    fn drop(&mut self) {
        todo!()
    }
}
