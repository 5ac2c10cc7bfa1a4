#![cfg(not(loom))]
//! What the counter does, one call at a time. (Loom checks what happens
//! when threads race, in `tests/loom.rs`.)

use visitor_counter::VisitCounter;

/// Visits are numbered from 1, and `total` counts them.
#[test]
fn visits_are_numbered_from_one() {
    let counter = VisitCounter::new();
    assert_eq!(counter.total(), 0);
    assert_eq!(counter.record(), 1);
    assert_eq!(counter.record(), 2);
    assert_eq!(counter.record(), 3);
    assert_eq!(counter.total(), 3);
}

/// `take` returns the visits counted so far and starts again from 0.
#[test]
fn take_collects_and_starts_again() {
    let counter = VisitCounter::new();
    counter.record();
    counter.record();
    assert_eq!(counter.take(), 2);
    assert_eq!(counter.total(), 0);
    assert_eq!(counter.take(), 0);
    assert_eq!(counter.record(), 1);
    assert_eq!(counter.take(), 1);
}
