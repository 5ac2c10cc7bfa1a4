//! # A stop flag and a progress count
//!
//! Book: book/src/atomics.md#stop-flags-and-progress
//! Check: cargo xtask check atomics/stop-and-progress
//!
//! A job is a list of items that one or more worker threads go through with
//! `run`, each its own part of the list, sharing one `JobControl`. Any
//! thread may ask the job to stop, and any thread may ask how far it has
//! got. Whatever the timing:
//!
//! - a worker looks at the stop flag before *each* item, and starts no item
//!   after it has seen a stop request; once requested, a stop stays
//!   requested;
//! - `progress` counts finished items, from every worker together: an item
//!   counts once its work has returned, never before, and never twice.
//!
//! Use atomics from `workbook_sync::atomic`; locks and `unsafe` are ruled
//! out in this chapter. `Ordering::SeqCst` is the safe choice everywhere;
//! the next chapter explains the others.

use std::marker::PhantomData;

// Take the atomic types and `Ordering` from `workbook_sync::atomic`.

/// What the workers of one job share with the threads that watch them.
pub struct JobControl {
    // TODO: the stop flag and the count of finished items. This placeholder
    // only keeps the starter compiling: replace it.
    _todo: PhantomData<usize>,
}

impl JobControl {
    /// A job that has not been asked to stop and has finished nothing.
    pub fn new() -> Self {
        todo!()
    }

    /// Asks every worker of the job to stop before its next item.
    pub fn request_stop(&self) {
        todo!()
    }

    /// Whether a stop has been requested.
    pub fn stop_requested(&self) -> bool {
        todo!()
    }

    /// How many items the job's workers have finished, all together.
    pub fn progress(&self) -> usize {
        todo!()
    }

    /// Does `work` for each item of `items`, in order, until all are done
    /// or a stop is requested, whichever comes first, and counts each
    /// finished item in the progress. Returns how many items this call
    /// finished.
    pub fn run<T>(&self, items: &[T], work: impl FnMut(&T)) -> usize {
        let _ = (items, work); // Only here to keep the starter free of warnings.
        todo!()
    }
}

impl Default for JobControl {
    fn default() -> Self {
        JobControl::new()
    }
}
