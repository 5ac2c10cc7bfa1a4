//! # Report the inputs whose threads panicked
//!
//! Book: book/src/threads.md#when-a-thread-panics
//! Check: cargo xtask check threads/panic-report
//!
//! Reference solution.

use std::any::Any;
use std::thread;

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
    if let Some(text) = payload.downcast_ref::<&'static str>() {
        (*text).to_owned()
    } else if let Some(text) = payload.downcast_ref::<String>() {
        text.clone()
    } else {
        NOT_A_STRING.to_owned()
    }
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
    // Start every thread before joining any, so that they run side by side.
    // A `fn` pointer is `Copy`, so each closure gets its own.
    let handles: Vec<_> = inputs
        .into_iter()
        .map(|input| thread::spawn(move || work(input)))
        .collect();
    let mut results = Vec::with_capacity(handles.len());
    let mut failures = Vec::new();
    // Join every handle, even after a failure: stopping at the first `Err`
    // would hide later failures and return while threads still run.
    for (index, handle) in handles.into_iter().enumerate() {
        match handle.join() {
            Ok(result) => results.push(result),
            Err(payload) => failures.push(Failure {
                index,
                message: panic_message(&*payload),
            }),
        }
    }
    if failures.is_empty() {
        Ok(results)
    } else {
        Err(failures)
    }
}
