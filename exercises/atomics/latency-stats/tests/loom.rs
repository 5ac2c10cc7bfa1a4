#![cfg(loom)]
//! Two threads record at once, under loom, which runs the test once for
//! every order of their steps (up to the preemption bound): a figure
//! updated with a load and a store loses a sample in one of them.

use std::sync::Arc;

use latency_stats::Latencies;
use loom::thread;
use workbook_sync::model;

/// Two threads each record one sample at the same time: afterwards every
/// figure includes both.
#[test]
fn racing_samples_are_all_counted() {
    model(|| {
        let stats = Arc::new(Latencies::new());
        let other = {
            let stats = Arc::clone(&stats);
            thread::spawn(move || stats.record(90))
        };
        stats.record(30);
        other.join().unwrap();
        assert_eq!(stats.count(), 2, "a sample was lost from the count");
        assert_eq!(stats.sum(), 120, "a sample was lost from the sum");
        assert_eq!(stats.min(), Some(30), "the smaller sample was lost");
        assert_eq!(stats.max(), Some(90), "the larger sample was lost");
    });
}
