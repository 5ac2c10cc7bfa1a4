//! # A task that runs in the background
//!
//! Book: book/src/threads.md#the-static-bound
//! Check: cargo xtask check threads/background-task
//!
//! Reference solution.

use std::panic;
use std::thread::{self, JoinHandle};

/// A computation running on its own thread, and the one handle to its result.
pub struct Task<T> {
    handle: JoinHandle<T>,
}

// `Send`: the work and its result cross from one thread to another.
// `'static`: the thread may outlive the caller, so neither may borrow
// anything the caller owns. `Sync` is not needed: nothing is shared.
impl<T: Send + 'static> Task<T> {
    /// Starts `work` on a new thread and returns at once, without waiting
    /// for it.
    pub fn spawn<F>(work: F) -> Task<T>
    where
        F: FnOnce() -> T + Send + 'static,
    {
        Task {
            handle: thread::spawn(work),
        }
    }

    /// Whether the work has finished (returned or panicked), without waiting.
    pub fn is_finished(&self) -> bool {
        self.handle.is_finished()
    }

    /// Waits for the work to finish and returns its result. Consumes the
    /// task: a result can be collected only once.
    ///
    /// # Panics
    ///
    /// If the work panicked, `wait` panics with the same payload
    /// (`std::panic::resume_unwind`), so the caller sees the task's message.
    pub fn wait(self) -> T {
        match self.handle.join() {
            Ok(value) => value,
            Err(payload) => panic::resume_unwind(payload),
        }
    }

    /// A task that runs `next` on the result of this one, on a new thread.
    /// Returns at once: neither this task nor `next` has to have finished.
    pub fn then<U, G>(self, next: G) -> Task<U>
    where
        U: Send + 'static,
        G: FnOnce(T) -> U + Send + 'static,
    {
        // `move` hands this task (its `JoinHandle`) and `next` to the new
        // thread, which waits for the first result there, not here.
        Task::spawn(move || next(self.wait()))
    }
}

/// Counts the words of `text` (separated by whitespace) in a background task.
///
/// The caller may drop `text` as soon as this returns, while the count is
/// still running.
pub fn count_words(text: &str) -> Task<usize> {
    // The thread cannot borrow `text`, which may be gone before it runs:
    // give it its own copy.
    let text = text.to_owned();
    Task::spawn(move || text.split_whitespace().count())
}
