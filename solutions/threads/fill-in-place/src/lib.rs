//! # Fill a slice in place, a part per thread
//!
//! Book: book/src/threads.md#a-part-of-a-slice-for-each-thread
//! Check: cargo xtask check threads/fill-in-place
//!
//! Reference solution.

use std::thread;

/// How long each part is when `len` items are cut into at most `threads`
/// parts. Never 0, because `chunks_mut` refuses a chunk length of 0.
fn part_len(len: usize, threads: usize) -> usize {
    assert!(threads > 0, "at least one thread is needed");
    len.div_ceil(threads).max(1)
}

/// Sets `output[i] = f(&input[i])` for every `i`, on at most `threads`
/// scoped threads, each of which writes one contiguous part of `output`.
/// The parts are written at the same time, and `map_into` returns when all
/// of them are written. When the length is a multiple of `threads`, every
/// thread gets a part of the same length.
///
/// # Panics
///
/// If `threads` is 0 or the slices' lengths differ.
pub fn map_into<T, U, F>(input: &[T], output: &mut [U], threads: usize, f: F)
where
    T: Sync,
    U: Send,
    F: Fn(&T) -> U + Sync,
{
    assert_eq!(
        input.len(),
        output.len(),
        "input and output must have the same length"
    );
    let len = part_len(input.len(), threads);
    // Every thread borrows `f` and its own part of `input` (shared, so
    // `T: Sync`), and its own part of `output` (exclusive, so `U: Send`).
    // The scope waits for all of them before it returns.
    let f = &f;
    thread::scope(|s| {
        for (inputs, outputs) in input.chunks(len).zip(output.chunks_mut(len)) {
            s.spawn(move || {
                for (from, to) in inputs.iter().zip(outputs) {
                    *to = f(from);
                }
            });
        }
    });
}

/// Calls `f` on every item of `items`, in place, on at most `threads` scoped
/// threads, each of which changes one contiguous part of `items`, all at
/// the same time. When the length is a multiple of `threads`, every thread
/// gets a part of the same length.
///
/// # Panics
///
/// If `threads` is 0.
pub fn update_each<T, F>(items: &mut [T], threads: usize, f: F)
where
    T: Send,
    F: Fn(&mut T) + Sync,
{
    let len = part_len(items.len(), threads);
    let f = &f;
    thread::scope(|s| {
        // `chunks_mut` hands out parts that do not overlap, each a `&mut`
        // of its own, so each can move into a different thread.
        for part in items.chunks_mut(len) {
            s.spawn(move || part.iter_mut().for_each(f));
        }
    });
}
