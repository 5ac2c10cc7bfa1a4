//! # A worker pool that joins its workers
//!
//! Book: book/src/channels.md#several-consumers-crossbeams-channels
//! Check: cargo xtask check channels/worker-pool
//!
//! Reference solution.

use std::panic::{self, AssertUnwindSafe};
use std::thread::{self, JoinHandle};

use crossbeam_channel::{Sender, unbounded};

/// A job: any closure that can be sent to a worker thread and run once.
pub type Job = Box<dyn FnOnce() + Send + 'static>;

/// A fixed number of worker threads and the queue they take jobs from.
///
/// A job that panics does not take the pool down: its worker catches the
/// panic (the panic hook has already printed the message) and goes on with
/// the next job, so the pool keeps all its workers, and `drop` never panics
/// because of a job.
pub struct Pool {
    /// The only sender of the queue. `None` once `drop` has closed it.
    queue: Option<Sender<Job>>,
    workers: Vec<JoinHandle<()>>,
}

impl Pool {
    /// A pool of `workers` threads, all waiting for jobs.
    ///
    /// # Panics
    ///
    /// If `workers` is zero.
    pub fn new(workers: usize) -> Pool {
        assert!(workers > 0, "a pool needs at least one worker");
        let (queue, jobs) = unbounded::<Job>();
        let workers = (0..workers)
            .map(|_| {
                let jobs = jobs.clone();
                thread::spawn(move || {
                    // Ends once the queue is closed and empty.
                    for job in jobs {
                        // The job is moved into the closure and dropped
                        // with it; nothing it touched is used after a panic.
                        let _ = panic::catch_unwind(AssertUnwindSafe(job));
                    }
                })
            })
            .collect();
        // `jobs` is dropped here: only the workers hold receivers.
        Pool {
            queue: Some(queue),
            workers,
        }
    }

    /// How many worker threads the pool has.
    pub fn workers(&self) -> usize {
        self.workers.len()
    }

    /// Queues `job` to run on one of the workers, whichever is free first.
    /// Never waits.
    pub fn execute<F>(&self, job: F)
    where
        F: FnOnce() + Send + 'static,
    {
        let job: Job = Box::new(job);
        self.queue
            .as_ref()
            .expect("the queue is open until the pool is dropped")
            .send(job)
            .expect("the workers never stop before the pool is dropped");
    }
}

impl Drop for Pool {
    /// Closes the queue, lets the workers run every job already queued, and
    /// joins every worker thread.
    fn drop(&mut self) {
        // First close the queue: the workers' loops end once it is empty.
        // Joining first would wait for loops that this very sender keeps
        // going.
        drop(self.queue.take());
        for worker in self.workers.drain(..) {
            // A worker catches its jobs' panics, so it cannot have panicked.
            worker.join().expect("a worker thread panicked");
        }
    }
}
