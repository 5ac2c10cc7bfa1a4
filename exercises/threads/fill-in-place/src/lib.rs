//! # Fill a slice in place, a part per thread
//!
//! Book: book/src/threads.md#a-part-of-a-slice-for-each-thread
//! Check: cargo xtask check threads/fill-in-place
//!
//! Scoped threads may borrow what lives on the caller's stack, because the
//! scope does not end until they have all finished. Use them to work on a
//! slice in place: cut it into contiguous parts with `chunks_mut`, give each
//! part to a thread of its own, and let every thread write only its part.
//! Two threads never hold the same `&mut`, so the borrow checker accepts
//! it, and no lock is needed. `cargo xtask check` checks the results, that
//! each thread wrote one contiguous part, and that the parts were written at
//! the same time.

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
    let _ = (input, output, threads, f);
    todo!()
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
    let _ = (items, threads, f);
    todo!()
}
