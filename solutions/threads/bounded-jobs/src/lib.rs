//! # Run jobs on at most k threads
//!
//! Book: book/src/threads.md#how-many-threads-to-start
//! Check: cargo xtask check threads/bounded-jobs
//!
//! Reference solution.

use std::sync::Mutex;
use std::thread;

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
    assert!(limit > 0, "run_jobs needs at least one thread");
    let count = jobs.len();
    // The jobs not yet started, numbered so that results can be put back in
    // order. The mutex lets the threads take them one at a time.
    let queue = Mutex::new(jobs.into_iter().enumerate());
    let mut results: Vec<Option<T>> = (0..count).map(|_| None).collect();
    thread::scope(|s| {
        let handles: Vec<_> = (0..limit.min(count))
            .map(|_| {
                s.spawn(|| {
                    let mut done = Vec::new();
                    loop {
                        // A statement of its own: the guard is dropped at the
                        // `;`, so the job below runs without the lock.
                        let next = queue.lock().unwrap().next();
                        let Some((index, job)) = next else { break };
                        done.push((index, job()));
                    }
                    done
                })
            })
            .collect();
        for handle in handles {
            // A job's panic ends its thread; pass it on to the caller.
            let done = handle
                .join()
                .unwrap_or_else(|payload| std::panic::resume_unwind(payload));
            for (index, result) in done {
                results[index] = Some(result);
            }
        }
    });
    results
        .into_iter()
        .map(|result| result.expect("every job was run"))
        .collect()
}

/// How many threads to use when the caller does not say: the number that
/// `std::thread::available_parallelism` reports, or 1 if it cannot tell.
pub fn default_limit() -> usize {
    thread::available_parallelism().map_or(1, |n| n.get())
}
