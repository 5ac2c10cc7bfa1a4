//! # A task that runs in the background
//!
//! Book: book/src/threads.md#the-static-bound
//! Check: cargo xtask check threads/background-task
//!
//! A `Task<T>` is a computation running on a thread of its own, and the
//! handle through which its result is collected, once. Starting a task
//! returns at once; `wait` blocks until the result is there; `then` chains a
//! second step that runs on a new thread as soon as the first one is done,
//! without making the caller wait.
//!
//! `std::thread::spawn` decides much of the API: a spawned thread may outlive
//! the function that started it, so what it runs must not borrow anything
//! that function owns. Add the bounds the compiler asks for, and no more
//! than that. `cargo xtask check` also tries programs that must not compile:
//! a task that borrows a local variable, a task whose result may not move
//! between threads, and waiting twice for one task.

/// A computation running on its own thread, and the one handle to its result.
pub struct Task<T> {
    // TODO: what does a task need to keep, to wait for its thread and get
    // the result? (The `PhantomData` is a placeholder so that this file
    // compiles; replace it.)
    _todo: std::marker::PhantomData<T>,
}

// TODO: `std::thread::spawn` needs more from `F`, `G`, `T` and `U` than these
// signatures say. Add the bounds the compiler asks for.
impl<T> Task<T> {
    /// Starts `work` on a new thread and returns at once, without waiting
    /// for it.
    pub fn spawn<F>(work: F) -> Task<T>
    where
        F: FnOnce() -> T,
    {
        let _ = work;
        todo!()
    }

    /// Whether the work has finished (returned or panicked), without waiting.
    pub fn is_finished(&self) -> bool {
        todo!()
    }

    /// Waits for the work to finish and returns its result.
    ///
    /// A result can be collected only once: a program that waits a second
    /// time for the same task must not compile.
    ///
    /// # Panics
    ///
    /// If the work panicked, `wait` panics with the same payload
    /// (`std::panic::resume_unwind`), so the caller sees the task's message.
    pub fn wait(&self) -> T {
        todo!()
    }

    /// A task that runs `next` on the result of this one, on a new thread.
    /// Returns at once: neither this task nor `next` has to have finished.
    pub fn then<U, G>(self, next: G) -> Task<U>
    where
        G: FnOnce(T) -> U,
    {
        let _ = next;
        todo!()
    }
}

/// Counts the words of `text` (separated by whitespace) in a background task.
///
/// The caller may drop `text` as soon as this returns, while the count is
/// still running.
pub fn count_words(text: &str) -> Task<usize> {
    let _ = text;
    todo!()
}
