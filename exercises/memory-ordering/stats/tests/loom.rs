#![cfg(loom)]
//! The counters under loom, which tries every interleaving of two threads
//! and every value each atomic load may return under the memory model: also
//! an old value, wherever no happens-before edge forbids it.

use loom::sync::Arc;
use loom::thread;

use request_stats::{Snapshot, Stats};
use workbook_sync::model;

/// A snapshot taken while another thread records a failed request never
/// shows the error without its request.
#[test]
fn a_snapshot_never_shows_more_errors_than_requests() {
    model(|| {
        let stats = Arc::new(Stats::new());
        let recorder = Arc::clone(&stats);
        let recording = thread::spawn(move || recorder.record(3, false));
        let seen = stats.snapshot();
        assert!(
            seen.errors <= seen.requests,
            "a snapshot showed {} errors but {} requests",
            seen.errors,
            seen.requests
        );
        recording.join().unwrap();
    });
}

/// Two threads record at the same time: after joining, nothing is lost.
#[test]
fn concurrent_records_are_all_counted() {
    model(|| {
        let stats = Arc::new(Stats::new());
        let recorder = Arc::clone(&stats);
        let recording = thread::spawn(move || recorder.record(4, false));
        stats.record(6, false);
        recording.join().unwrap();
        assert_eq!(
            stats.snapshot(),
            Snapshot {
                requests: 2,
                errors: 2,
                slowest: 6
            },
            "a concurrent update was lost"
        );
    });
}
