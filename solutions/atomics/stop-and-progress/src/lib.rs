//! # A stop flag and a progress count
//!
//! Book: book/src/atomics.md#stop-flags-and-progress
//! Check: cargo xtask check atomics/stop-and-progress
//!
//! Reference solution: an `AtomicBool` that is only ever set, and an
//! `AtomicUsize` that every worker adds to with `fetch_add`.

use workbook_sync::atomic::{AtomicBool, AtomicUsize, Ordering};

/// What the workers of one job share with the threads that watch them.
pub struct JobControl {
    stop: AtomicBool,
    finished: AtomicUsize,
}

impl JobControl {
    /// A job that has not been asked to stop and has finished nothing.
    pub fn new() -> Self {
        JobControl {
            stop: AtomicBool::new(false),
            finished: AtomicUsize::new(0),
        }
    }

    /// Asks every worker of the job to stop before its next item.
    pub fn request_stop(&self) {
        self.stop.store(true, Ordering::SeqCst);
    }

    /// Whether a stop has been requested.
    pub fn stop_requested(&self) -> bool {
        self.stop.load(Ordering::SeqCst)
    }

    /// How many items the job's workers have finished, all together.
    pub fn progress(&self) -> usize {
        self.finished.load(Ordering::SeqCst)
    }

    /// Does `work` for each item of `items`, in order, until all are done
    /// or a stop is requested, whichever comes first, and counts each
    /// finished item in the progress. Returns how many items this call
    /// finished.
    pub fn run<T>(&self, items: &[T], mut work: impl FnMut(&T)) -> usize {
        let mut done = 0;
        for item in items {
            if self.stop_requested() {
                break;
            }
            work(item);
            // Other workers add to the same count: one step, not a store.
            self.finished.fetch_add(1, Ordering::SeqCst);
            done += 1;
        }
        done
    }
}

impl Default for JobControl {
    fn default() -> Self {
        JobControl::new()
    }
}
