//! # Latency statistics
//!
//! Book: book/src/atomics.md#statistics-with-fetch_max-and-fetch_min
//! Check: cargo xtask check atomics/latency-stats
//!
//! A server's request threads each `record` how long their request took,
//! in microseconds, into one shared `Latencies`; a monitoring thread reads
//! the figures. Whatever the timing, no sample is lost: once the recording
//! threads are done, `count`, `sum`, `min` and `max` are exactly those of
//! all the samples recorded.
//!
//! Each figure only has to be right by itself: while threads are still
//! recording, a reader may see a sample in `count` that is not in `sum`
//! yet. That is allowed here, and the book explains why.
//!
//! Every `u32` is a valid sample, `0` and `u32::MAX` included, and the sum
//! of many samples does not fit in a `u32`.
//!
//! Use atomics from `workbook_sync::atomic`; locks and `unsafe` are ruled
//! out in this chapter. `Ordering::SeqCst` is the safe choice everywhere;
//! the next chapter explains the others.

use std::marker::PhantomData;

// Take the atomic types and `Ordering` from `workbook_sync::atomic`.

/// Running statistics of request latencies, shared by reference between
/// threads.
pub struct Latencies {
    // TODO: the figures. This placeholder only keeps the starter compiling:
    // replace it.
    _todo: PhantomData<u64>,
}

impl Latencies {
    /// Statistics of no samples.
    pub fn new() -> Self {
        todo!()
    }

    /// Records one sample.
    pub fn record(&self, micros: u32) {
        todo!("record {micros}")
    }

    /// How many samples have been recorded.
    pub fn count(&self) -> u64 {
        todo!()
    }

    /// The sum of all samples recorded.
    pub fn sum(&self) -> u64 {
        todo!()
    }

    /// The smallest sample recorded, or `None` before the first.
    pub fn min(&self) -> Option<u32> {
        todo!()
    }

    /// The largest sample recorded, or `None` before the first.
    pub fn max(&self) -> Option<u32> {
        todo!()
    }
}

impl Default for Latencies {
    fn default() -> Self {
        Latencies::new()
    }
}
