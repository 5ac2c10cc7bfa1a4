//! # Statistics: when Relaxed is enough
//!
//! Book: book/src/memory-ordering.md#when-relaxed-is-enough
//! Check: cargo xtask check memory-ordering/stats
//!
//! Many threads `record` the requests they serve: how long each took and
//! whether it failed. Any thread may take a `snapshot` at any time, also
//! while others are recording. Counting must lose nothing: after the
//! recording threads are joined, the snapshot is exact.
//!
//! A snapshot taken while others record may be a little behind, but it must
//! never show more errors than requests: every error was a request first.
//! Decide, counter by counter, which memory ordering each operation needs:
//! where `Relaxed` is enough, and where one counter must carry what happened
//! to another. `cargo xtask check` runs the statistics under loom, which
//! tries every value a load is allowed to return.
//!
//! Take the atomics from `workbook_sync`, not from `std`.

use std::marker::PhantomData;

/// Counters shared by every thread that serves requests.
pub struct Stats {
    // TODO: the counters, as `workbook_sync` atomics. (Replace the
    // placeholder.)
    _todo: PhantomData<()>,
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
        todo!()
    }

    /// Counts one request that took `latency` and failed unless `ok`.
    pub fn record(&self, latency: u64, ok: bool) {
        let _ = (latency, ok);
        todo!()
    }

    /// The counters now. `errors <= requests` in every snapshot.
    pub fn snapshot(&self) -> Snapshot {
        todo!()
    }
}

impl Default for Stats {
    fn default() -> Self {
        Self::new()
    }
}
