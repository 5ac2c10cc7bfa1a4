//! # Split the work, join the results
//!
//! Book: book/src/threads.md#giving-a-thread-its-data-move-closures
//! Check: cargo xtask check threads/split-and-join
//!
//! Cut a vector into contiguous chunks, give each chunk to a thread of its
//! own, and collect what the threads return, in the order of the chunks.
//! A thread started with `std::thread::spawn` may outlive the function that
//! started it, so it must own everything it uses: each thread gets its chunk
//! by value, and its result comes back through `JoinHandle::join`. Then use
//! that to add up numbers and to find the smallest and largest of them.
//! `cargo xtask check` checks the results and that the chunks really run on
//! threads of their own, all at the same time.

/// Splits `items` into at most `threads` contiguous chunks, none of them
/// empty, runs `work` on each chunk on a newly spawned thread, and returns
/// the threads' results in the order of the chunks.
///
/// All the threads are started before any is joined, so the chunks are
/// worked on at the same time. When `items.len()` is a multiple of
/// `threads`, there are exactly `threads` chunks of equal length; an empty
/// `items` starts no thread and gives an empty `Vec`.
///
/// # Panics
///
/// If `threads` is 0, or if `work` panics on one of the threads.
pub fn map_chunks<T, R, F>(items: Vec<T>, threads: usize, work: F) -> Vec<R>
where
    T: Send + 'static,
    R: Send + 'static,
    F: Fn(Vec<T>) -> R + Clone + Send + 'static,
{
    // Keep the handles in a `Vec<JoinHandle<R>>` until every thread has
    // been started; only then join them.
    let _ = (items, threads, work);
    todo!()
}

/// The sum of `numbers`, added up in chunks on at most `threads` threads.
///
/// # Panics
///
/// If `threads` is 0.
pub fn parallel_sum(numbers: Vec<u64>, threads: usize) -> u64 {
    let _ = (numbers, threads);
    todo!()
}

/// The smallest and the largest of `numbers`, found on at most `threads`
/// threads; `None` if there are no numbers.
///
/// # Panics
///
/// If `threads` is 0.
pub fn parallel_min_max(numbers: Vec<i64>, threads: usize) -> Option<(i64, i64)> {
    let _ = (numbers, threads);
    todo!()
}
