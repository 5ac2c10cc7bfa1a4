//! # A worker pool that shuts down gracefully
//!
//! Book: book/src/patterns.md#a-worker-pool-that-shuts-down
//! Check: cargo xtask check patterns/worker-pool
//!
//! Reference solution.

use std::panic::{self, AssertUnwindSafe};
use std::thread::{self, JoinHandle};

use crossbeam_channel::{Receiver, Sender, unbounded};

/// A job: any closure that may run once on another thread.
pub type Job = Box<dyn FnOnce() + Send + 'static>;

/// A fixed set of worker threads that run queued jobs.
///
/// The queue is a crossbeam channel. Dropping the only sender is the signal
/// to stop: a worker's `for job in receiver` loop runs what is still queued
/// and then ends.
pub struct WorkerPool {
    sender: Option<Sender<Job>>,
    /// The pool's own receiver, used by `cancel` to take jobs out.
    receiver: Receiver<Job>,
    workers: Vec<JoinHandle<()>>,
}

impl WorkerPool {
    /// Starts `workers` worker threads.
    ///
    /// # Panics
    ///
    /// If `workers` is 0.
    pub fn new(workers: usize) -> WorkerPool {
        assert!(workers > 0, "a worker pool needs at least one worker");
        let (sender, receiver) = unbounded::<Job>();
        let workers = (0..workers)
            .map(|i| {
                let jobs = receiver.clone();
                thread::Builder::new()
                    .name(format!("worker-{i}"))
                    .spawn(move || {
                        for job in jobs {
                            // A panicking job ends, its worker does not.
                            let _ = panic::catch_unwind(AssertUnwindSafe(job));
                        }
                    })
                    .expect("cannot start a worker thread")
            })
            .collect();
        WorkerPool {
            sender: Some(sender),
            receiver,
            workers,
        }
    }

    /// Queues `job`; one of the workers will run it.
    pub fn execute<F>(&self, job: F)
    where
        F: FnOnce() + Send + 'static,
    {
        let sender = self.sender.as_ref().expect("the pool is running");
        // The workers hold receivers until the sender is gone, so this send
        // cannot fail.
        sender.send(Box::new(job)).expect("the workers are gone");
    }

    /// Runs every queued job, ends every worker, and returns when they have
    /// all ended.
    pub fn shutdown(self) {
        // `Drop` does it.
    }

    /// Drops the jobs not started yet, waits for the running ones, ends every
    /// worker, and returns how many jobs were dropped.
    pub fn cancel(self) -> usize {
        let mut dropped = 0;
        while let Ok(job) = self.receiver.try_recv() {
            drop(job);
            dropped += 1;
        }
        dropped
        // `self` is dropped here: the sender goes, the workers end and are joined.
    }
}

impl Drop for WorkerPool {
    fn drop(&mut self) {
        drop(self.sender.take());
        for worker in self.workers.drain(..) {
            // A worker never panics (jobs are caught), so join cannot fail;
            // ignore it anyway rather than panic inside drop.
            let _ = worker.join();
        }
    }
}
