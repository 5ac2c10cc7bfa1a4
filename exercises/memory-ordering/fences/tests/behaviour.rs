#![cfg(not(loom))]
//! The slots on one thread. What a collector sees while workers finish
//! slots is checked in tests/loom.rs.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::atomic::{AtomicUsize, Ordering};

use finished_results::Results;

/// `collect_ready` returns the finished slots, by index, and nothing else.
#[test]
fn collects_the_finished_slots_in_index_order() {
    let results = Results::new(4);
    assert!(results.collect_ready().is_empty());
    results.finish(2, String::from("two"));
    results.finish(0, String::from("zero"));
    let ready: Vec<(usize, &str)> = results
        .collect_ready()
        .into_iter()
        .map(|(i, s)| (i, s.as_str()))
        .collect();
    assert_eq!(ready, [(0, "zero"), (2, "two")]);
}

/// Finishing a slot twice panics and keeps the first result.
#[test]
fn finishing_a_slot_twice_panics() {
    let results = Results::new(1);
    results.finish(0, 1);
    let second = catch_unwind(AssertUnwindSafe(|| results.finish(0, 2)));
    assert!(second.is_err(), "a slot was finished twice without a panic");
    assert_eq!(results.collect_ready(), [(0, &1)]);
}

/// A value that counts its drops.
struct Counted<'a>(&'a AtomicUsize);

impl Drop for Counted<'_> {
    fn drop(&mut self) {
        self.0.fetch_add(1, Ordering::Relaxed);
    }
}

/// Dropping the results drops every finished value once.
#[test]
fn finished_values_are_dropped_once() {
    let drops = AtomicUsize::new(0);
    let results = Results::new(3);
    results.finish(0, Counted(&drops));
    results.finish(2, Counted(&drops));
    assert_eq!(results.collect_ready().len(), 2);
    assert_eq!(drops.load(Ordering::Relaxed), 0);
    drop(results);
    assert_eq!(drops.load(Ordering::Relaxed), 2);
}
