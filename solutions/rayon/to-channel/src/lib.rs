//! # Feeding a bounded channel from rayon
//!
//! Book: book/src/rayon.md#rayon-and-channels
//! Check: cargo xtask check rayon/to-channel
//!
//! Reference solution.

use std::thread;

use crossbeam_channel::{Receiver, bounded};
use rayon::ThreadPool;
use rayon::prelude::*;

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
    let (sender, receiver) = bounded(capacity);
    thread::scope(|s| {
        // The consumer gets a thread of its own, started before any worker
        // can block in `send`, and outside the pool it would otherwise starve.
        let consumer = s.spawn(move || consume(receiver));
        pool.install(|| {
            // Each piece of work gets its own clone of the sender; the last
            // clone is dropped when the work is done, which ends the
            // consumer's loop. A failed send means the consumer is gone:
            // stop, quietly.
            let _stopped = items
                .into_par_iter()
                .try_for_each_with(sender, |sender, item| sender.send(work(item)));
        });
        match consumer.join() {
            Ok(out) => out,
            Err(panic) => std::panic::resume_unwind(panic),
        }
    })
}
