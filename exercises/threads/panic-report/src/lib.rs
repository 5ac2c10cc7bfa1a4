//! # Report the inputs whose threads panicked
//!
//! Book: book/src/threads.md#when-a-thread-panics
//! Check: cargo xtask check threads/panic-report
//!
//! Run a piece of work on every input, each on a thread of its own. Some
//! inputs make the work panic. A panic ends only the thread it happens on:
//! the other threads go on, and `JoinHandle::join` tells the waiting thread
//! what happened, with `Ok(result)` or `Err(payload)`. Collect every result,
//! or, if anything went wrong, a report that names each input that failed
//! and says why, without letting one failure hide another.

use std::any::Any;

/// What `panic_message` returns for a payload that is neither a `&str` nor a
/// `String` (for example the `42` of `std::panic::panic_any(42)`).
pub const NOT_A_STRING: &str = "the thread panicked with a payload that is not a string";

/// One input on which the work panicked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    /// The input's position in the `Vec` given to [`run_each`].
    pub index: usize,
    /// The panic's message, as [`panic_message`] reads it.
    pub message: String,
}

/// The message of a panic payload, the value that `join` returns in `Err`.
///
/// `panic!("literal")` panics with a `&'static str`, `panic!("{x}")` with a
/// `String`; each gives its text. Any other payload gives [`NOT_A_STRING`].
pub fn panic_message(payload: &(dyn Any + Send)) -> String {
    let _ = payload;
    todo!()
}

/// Runs `work` on every input, each on a newly spawned thread, all at the
/// same time.
///
/// Returns `Ok` with the results in the order of the inputs if no thread
/// panicked; otherwise `Err` with one [`Failure`] for each input whose
/// thread panicked, in the order of the inputs. Either way it returns only
/// after every thread has finished.
pub fn run_each<T, R>(inputs: Vec<T>, work: fn(T) -> R) -> Result<Vec<R>, Vec<Failure>>
where
    T: Send + 'static,
    R: Send + 'static,
{
    let _ = (inputs, work);
    todo!()
}
