#![cfg(loom)]
//! The shared counter under loom, which runs each test once for every way the
//! two threads' steps can interleave (up to the preemption bound). An add that
//! reads the total and writes it back in two steps loses an update in one of
//! those interleavings, and a counter that lets two threads write plain memory
//! at once is reported as a data race, even if neither ever shows up on real
//! threads.
//!
//! The counter is shared with std's `Arc`: loom needs to see only the
//! counter's own atomics (taken from `workbook_sync`).

use std::sync::Arc;

use counters::{LocalCounter, SharedCounter};
use loom::thread;
use workbook_sync::model;

/// Two threads add to one total at the same time: both adds are counted.
#[test]
fn adds_from_two_threads_are_all_counted() {
    model(|| {
        let total = Arc::new(SharedCounter::new());
        let other = Arc::clone(&total);
        let spawned = thread::spawn(move || other.add(1));
        total.add(2);
        spawned.join().unwrap();
        assert_eq!(total.get(), 3, "an add made by one thread was lost");
    });
}

/// Two threads each count on a local counter of their own and flush it into
/// the shared total at the same time: the total is the sum of both.
#[test]
fn flushes_from_two_threads_add_up() {
    model(|| {
        let total = Arc::new(SharedCounter::new());
        let other = Arc::clone(&total);
        let spawned = thread::spawn(move || {
            let local = LocalCounter::new();
            local.add(4);
            local.flush_into(&other);
        });
        let local = LocalCounter::new();
        local.add(5);
        local.flush_into(&total);
        spawned.join().unwrap();
        assert_eq!(total.get(), 9, "a flush made by one thread was lost");
        assert_eq!(local.get(), 0, "the flush did not reset the local counter");
    });
}
