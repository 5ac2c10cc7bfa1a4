//! # Run jobs on at most k threads
//!
//! Book: book/src/threads.md#how-many-threads-to-start
//! Check: cargo xtask check threads/bounded-jobs
//!
//! A thread per job is fine for four jobs and wasteful for ten thousand.
//! Write a helper that runs any number of jobs on at most `limit` scoped
//! threads: each thread takes the next job that nobody has started, runs it,
//! and comes back for more until none are left, so one slow job holds up
//! only the thread running it. Jobs may borrow the caller's data, since the
//! threads are scoped. `cargo xtask check` counts how many jobs run at once,
//! and gives the helper a job that cannot finish until every other job has.

/// Runs every job and returns their results in the order of `jobs`.
///
/// At most `limit` jobs run at the same time, each on one of at most
/// `limit` threads; with at least `limit` jobs, `limit` of them do run at
/// the same time. Each thread takes the next job that has not been started
/// yet, so a slow job delays only the thread that runs it.
///
/// # Panics
///
/// If `limit` is 0, or if a job panics.
pub fn run_jobs<T, F>(jobs: Vec<F>, limit: usize) -> Vec<T>
where
    T: Send,
    F: FnOnce() -> T + Send,
{
    let _ = (jobs, limit);
    todo!()
}

/// How many threads to use when the caller does not say: the number that
/// `std::thread::available_parallelism` reports, or 1 if it cannot tell.
pub fn default_limit() -> usize {
    todo!()
}
