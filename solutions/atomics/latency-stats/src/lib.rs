//! # Latency statistics
//!
//! Book: book/src/atomics.md#statistics-with-fetch_max-and-fetch_min
//! Check: cargo xtask check atomics/latency-stats
//!
//! Reference solution. Four independent atomics, each changed by one
//! read-modify-write. The minimum and maximum are kept in `u64`s, where a
//! value no `u32` sample can produce means "no sample yet": `u64::MAX` for
//! the minimum, and for the maximum 0, with every sample stored plus one.

use workbook_sync::atomic::{AtomicU64, Ordering};

/// "No sample yet" for `min`: larger than any `u32`.
const NO_MIN: u64 = u64::MAX;

/// Running statistics of request latencies, shared by reference between
/// threads.
pub struct Latencies {
    count: AtomicU64,
    sum: AtomicU64,
    /// The smallest sample, or `NO_MIN`.
    min: AtomicU64,
    /// The largest sample plus one, or 0 before the first sample.
    max_plus_one: AtomicU64,
}

impl Latencies {
    /// Statistics of no samples.
    pub fn new() -> Self {
        Latencies {
            count: AtomicU64::new(0),
            sum: AtomicU64::new(0),
            min: AtomicU64::new(NO_MIN),
            max_plus_one: AtomicU64::new(0),
        }
    }

    /// Records one sample.
    pub fn record(&self, micros: u32) {
        let sample = u64::from(micros);
        self.count.fetch_add(1, Ordering::SeqCst);
        self.sum.fetch_add(sample, Ordering::SeqCst);
        self.min.fetch_min(sample, Ordering::SeqCst);
        self.max_plus_one.fetch_max(sample + 1, Ordering::SeqCst);
    }

    /// How many samples have been recorded.
    pub fn count(&self) -> u64 {
        self.count.load(Ordering::SeqCst)
    }

    /// The sum of all samples recorded.
    pub fn sum(&self) -> u64 {
        self.sum.load(Ordering::SeqCst)
    }

    /// The smallest sample recorded, or `None` before the first.
    pub fn min(&self) -> Option<u32> {
        match self.min.load(Ordering::SeqCst) {
            NO_MIN => None,
            min => Some(min as u32),
        }
    }

    /// The largest sample recorded, or `None` before the first.
    pub fn max(&self) -> Option<u32> {
        match self.max_plus_one.load(Ordering::SeqCst) {
            0 => None,
            max_plus_one => Some((max_plus_one - 1) as u32),
        }
    }
}

impl Default for Latencies {
    fn default() -> Self {
        Latencies::new()
    }
}
