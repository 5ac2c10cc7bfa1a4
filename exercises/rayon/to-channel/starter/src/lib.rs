//! # Feeding a bounded channel from rayon
//!
//! Book: book/src/rayon.md#rayon-and-channels
//! Check: cargo xtask check rayon/to-channel
//!
//! [`process_into`] applies `work` to every item in parallel on `pool`, and
//! sends each result into a bounded crossbeam channel of `capacity` slots.
//! `consume` gets the channel's receiving end, reads results as they come
//! (in any order), and what it returns is what `process_into` returns. A
//! typical consumer writes results to a file as the workers make them,
//! without keeping them all in memory.
//!
//! What must work:
//!
//! - every result reaches `consume` exactly once, and `consume`'s loop over
//!   the receiver ends once the last result is in;
//! - the channel is bounded with exactly `capacity` slots (0 is a
//!   rendezvous channel), so fast workers wait for a slow consumer;
//! - nothing deadlocks, whatever the capacity and however few threads the
//!   pool has (the tests use pools of one thread);
//! - `consume` does not run on the pool's threads: it waits in `recv`, and a
//!   waiting rayon worker is a worker lost;
//! - if `consume` returns early and drops the receiver, the remaining items
//!   are skipped quietly: no panic, no hang;
//! - no thread outlives the call.
//!
//! Every test has a deadline, so a deadlock fails the test instead of
//! hanging it.

use crossbeam_channel::Receiver;
use rayon::ThreadPool;

/// Runs `work` over `items` on `pool`, feeding the results through a channel
/// of `capacity` slots to `consume`, and returns `consume`'s result.
pub fn process_into<T, R, Out, W, C>(
    pool: &ThreadPool,
    items: Vec<T>,
    capacity: usize,
    work: W,
    consume: C,
) -> Out
where
    T: Send,
    R: Send,
    Out: Send,
    W: Fn(T) -> R + Sync + Send,
    C: FnOnce(Receiver<R>) -> Out + Send,
{
    let _ = (pool, work, consume);
    todo!("process {} items through {capacity} slots", items.len())
}
