#![cfg(not(loom))]
//! The counters on one thread and on threads read after they are joined:
//! then every increment happened before the snapshot, whatever the
//! orderings. Threads recording at the same time are checked in
//! tests/loom.rs.

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

/// Four threads, one after another, record a thousand requests each, the
/// slowest first; after each is joined its records are all counted. (Lost
/// updates between threads running at the same time are loom's to find:
/// on real threads they show only by luck of timing.)
#[test]
fn records_from_other_threads_are_all_counted() {
    let stats = Stats::new();
    for id in 0..4u64 {
        thread::scope(|s| {
            s.spawn(|| {
                for n in (0..1000u64).rev() {
                    stats.record(id * 1000 + n, n % 10 != 0);
                }
            });
        });
        assert_eq!(stats.snapshot().requests, (id + 1) * 1000);
    }
    assert_eq!(
        stats.snapshot(),
        Snapshot {
            requests: 4000,
            errors: 400,
            slowest: 3999
        }
    );
}
