#![cfg(not(loom))]
//! The counters on real threads, read after the threads are joined: then
//! every increment happened before the snapshot, whatever the orderings.

use std::thread;

use request_stats::{Snapshot, Stats};

/// A fresh `Stats` is all zeros.
#[test]
fn fresh_stats_are_zero() {
    assert_eq!(
        Stats::new().snapshot(),
        Snapshot {
            requests: 0,
            errors: 0,
            slowest: 0
        }
    );
}

/// Requests, errors and the slowest latency from one thread.
#[test]
fn one_thread_counts_everything() {
    let stats = Stats::new();
    stats.record(5, true);
    stats.record(9, false);
    stats.record(7, true);
    assert_eq!(
        stats.snapshot(),
        Snapshot {
            requests: 3,
            errors: 1,
            slowest: 9
        }
    );
}

/// Four threads record a thousand requests each; after they are joined the
/// snapshot is exact.
#[test]
fn threads_lose_no_count() {
    let stats = Stats::new();
    thread::scope(|s| {
        for id in 0..4u64 {
            let stats = &stats;
            s.spawn(move || {
                for n in 0..1000u64 {
                    stats.record(id * 1000 + n, n % 10 != 0);
                }
            });
        }
    });
    assert_eq!(
        stats.snapshot(),
        Snapshot {
            requests: 4000,
            errors: 400,
            slowest: 3999
        }
    );
}
