//! # Split the work, join the results
//!
//! Book: book/src/threads.md#giving-a-thread-its-data-move-closures
//! Check: cargo xtask check threads/split-and-join
//!
//! Reference solution.

use std::thread::{self, JoinHandle};

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
pub fn map_chunks<T, R, F>(mut items: Vec<T>, threads: usize, work: F) -> Vec<R>
where
    T: Send + 'static,
    R: Send + 'static,
    F: Fn(Vec<T>) -> R + Clone + Send + 'static,
{
    assert!(threads > 0, "map_chunks needs at least one thread");
    // Rounding up makes the last chunk the short one, and never gives more
    // than `threads` chunks.
    let chunk_len = items.len().div_ceil(threads).max(1);
    let mut handles: Vec<JoinHandle<R>> = Vec::with_capacity(threads);
    while !items.is_empty() {
        // `split_off` leaves the first `chunk_len` items in `items` and
        // returns the rest, so swap to hand the front to the thread.
        let rest = items.split_off(chunk_len.min(items.len()));
        let chunk = std::mem::replace(&mut items, rest);
        let work = work.clone();
        // `move`: the thread owns its chunk and its copy of `work`, so it
        // borrows nothing from this function, which may return first.
        handles.push(thread::spawn(move || work(chunk)));
    }
    // Joining in the order of spawning keeps the results in chunk order.
    handles
        .into_iter()
        .map(|handle| match handle.join() {
            Ok(result) => result,
            Err(payload) => std::panic::resume_unwind(payload),
        })
        .collect()
}

/// The sum of `numbers`, added up in chunks on at most `threads` threads.
///
/// # Panics
///
/// If `threads` is 0.
pub fn parallel_sum(numbers: Vec<u64>, threads: usize) -> u64 {
    map_chunks(numbers, threads, |chunk| chunk.iter().sum::<u64>())
        .into_iter()
        .sum()
}

/// The smallest and the largest of `numbers`, found on at most `threads`
/// threads; `None` if there are no numbers.
///
/// # Panics
///
/// If `threads` is 0.
pub fn parallel_min_max(numbers: Vec<i64>, threads: usize) -> Option<(i64, i64)> {
    // Every chunk is non-empty, so each thread finds a minimum and a maximum.
    let per_chunk = map_chunks(numbers, threads, |chunk| {
        let min = *chunk.iter().min().expect("chunks are never empty");
        let max = *chunk.iter().max().expect("chunks are never empty");
        (min, max)
    });
    per_chunk
        .into_iter()
        .reduce(|(min_a, max_a), (min_b, max_b)| (min_a.min(min_b), max_a.max(max_b)))
}
