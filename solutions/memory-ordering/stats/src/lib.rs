//! # Statistics: when Relaxed is enough
//!
//! Book: book/src/memory-ordering.md#when-relaxed-is-enough
//! Check: cargo xtask check memory-ordering/stats
//!
//! Reference solution.

use workbook_sync::{AtomicU64, Ordering};

/// Counters shared by every thread that serves requests.
pub struct Stats {
    requests: AtomicU64,
    errors: AtomicU64,
    slowest: AtomicU64,
}

/// What the counters said at one moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Snapshot {
    /// Requests recorded, failed or not.
    pub requests: u64,
    /// Requests recorded as failed; never more than `requests`.
    pub errors: u64,
    /// The longest latency recorded; 0 before the first request.
    pub slowest: u64,
}

impl Stats {
    /// All counters at zero.
    pub fn new() -> Self {
        Stats {
            requests: AtomicU64::new(0),
            errors: AtomicU64::new(0),
            slowest: AtomicU64::new(0),
        }
    }

    /// Counts one request that took `latency` and failed unless `ok`.
    pub fn record(&self, latency: u64, ok: bool) {
        // Relaxed: a count needs only that no increment is lost, which
        // every read-modify-write guarantees whatever its ordering.
        self.requests.fetch_add(1, Ordering::Relaxed);
        self.slowest.fetch_max(latency, Ordering::Relaxed);
        if !ok {
            // Release: whoever reads this increment (with Acquire) also
            // sees the request it belongs to, counted just above.
            self.errors.fetch_add(1, Ordering::Release);
        }
    }

    /// The counters now. `errors <= requests` in every snapshot.
    pub fn snapshot(&self) -> Snapshot {
        // Errors first, with Acquire: every request behind an error we see
        // happens before the load of `requests` below, which therefore
        // sees at least that many.
        let errors = self.errors.load(Ordering::Acquire);
        let requests = self.requests.load(Ordering::Relaxed);
        let slowest = self.slowest.load(Ordering::Relaxed);
        Snapshot {
            requests,
            errors,
            slowest,
        }
    }
}

impl Default for Stats {
    fn default() -> Self {
        Self::new()
    }
}
