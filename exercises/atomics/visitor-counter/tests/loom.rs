#![cfg(loom)]
//! The counter under loom, which runs each test once for every order of
//! the two threads' steps (up to the preemption bound): an update lost
//! between a read and a write is found even if real threads lose one in a
//! million.

use std::sync::Arc;

use loom::thread;
use visitor_counter::VisitCounter;
use workbook_sync::model;

/// Two threads record a visit at the same time: they get the numbers 1
/// and 2, one each, and the total is 2.
#[test]
fn racing_visits_get_different_numbers() {
    model(|| {
        let counter = Arc::new(VisitCounter::new());
        let other = {
            let counter = Arc::clone(&counter);
            thread::spawn(move || counter.record())
        };
        let here = counter.record();
        let there = other.join().unwrap();
        let mut numbers = [here, there];
        numbers.sort();
        assert_eq!(
            numbers,
            [1, 2],
            "two visits were numbered {here} and {there}"
        );
        assert_eq!(counter.total(), 2, "a visit was lost");
    });
}

/// One thread records two visits while another takes the count: every
/// visit is either taken or still counted, exactly once.
#[test]
fn take_during_visits_loses_and_doubles_nothing() {
    model(|| {
        let counter = Arc::new(VisitCounter::new());
        let visitor = {
            let counter = Arc::clone(&counter);
            thread::spawn(move || {
                counter.record();
                counter.record();
            })
        };
        let taken = counter.take();
        visitor.join().unwrap();
        let left = counter.total();
        assert_eq!(
            taken + left,
            2,
            "take returned {taken} and {left} were left: two visits were made"
        );
    });
}
