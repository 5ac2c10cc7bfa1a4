#![cfg(not(loom))]
//! What the statistics say, one sample at a time. (Loom checks samples
//! recorded by two threads at once in `tests/loom.rs`.)

use latency_stats::Latencies;

/// No samples: a count and sum of 0, and no minimum or maximum.
#[test]
fn no_samples_have_no_min_or_max() {
    let stats = Latencies::new();
    assert_eq!((stats.count(), stats.sum()), (0, 0));
    assert_eq!((stats.min(), stats.max()), (None, None));
}

/// A few samples: their count, sum, smallest and largest.
#[test]
fn figures_of_a_few_samples() {
    let stats = Latencies::new();
    for sample in [120, 45, 300, 45, 80] {
        stats.record(sample);
    }
    assert_eq!(stats.count(), 5);
    assert_eq!(stats.sum(), 590);
    assert_eq!(stats.min(), Some(45));
    assert_eq!(stats.max(), Some(300));
}

/// A sample of 0 is a sample: it is the minimum and, alone, the maximum.
#[test]
fn a_sample_of_zero_counts() {
    let stats = Latencies::new();
    stats.record(0);
    assert_eq!((stats.min(), stats.max()), (Some(0), Some(0)));
    stats.record(7);
    assert_eq!((stats.min(), stats.max()), (Some(0), Some(7)));
}

/// A sample of `u32::MAX` is a sample too, and two of them add up to more
/// than a `u32` holds.
#[test]
fn samples_of_u32_max_count_and_add_up() {
    let stats = Latencies::new();
    stats.record(u32::MAX);
    assert_eq!((stats.min(), stats.max()), (Some(u32::MAX), Some(u32::MAX)));
    stats.record(u32::MAX);
    assert_eq!(stats.count(), 2);
    assert_eq!(stats.sum(), 2 * u64::from(u32::MAX));
}
