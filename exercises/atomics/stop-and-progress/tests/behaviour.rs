#![cfg(not(loom))]
//! What a job does on one thread. (Loom checks workers and watchers on
//! several threads in `tests/loom.rs`.)

use std::cell::RefCell;

use stop_and_progress::JobControl;

/// With no stop, `run` does every item in order and counts each one.
#[test]
fn run_does_every_item_in_order() {
    let control = JobControl::new();
    assert_eq!(control.progress(), 0);
    let seen = RefCell::new(Vec::new());
    let done = control.run(&['a', 'b', 'c'], |&item| seen.borrow_mut().push(item));
    assert_eq!(done, 3);
    assert_eq!(*seen.borrow(), ['a', 'b', 'c']);
    assert_eq!(control.progress(), 3);
    assert!(!control.stop_requested());
}

/// A stop requested during the second item lets that item finish and
/// starts no other: the flag is checked before each item.
#[test]
fn a_stop_during_an_item_is_obeyed_before_the_next() {
    let control = JobControl::new();
    let done = control.run(&[1, 2, 3, 4], |&item| {
        if item == 2 {
            control.request_stop();
        }
    });
    assert_eq!(done, 2, "run went on after a stop was requested");
    assert_eq!(control.progress(), 2);
}

/// A stop stays requested: a second request does not undo the first, and
/// a later `run` does nothing.
#[test]
fn a_stop_stays_requested() {
    let control = JobControl::new();
    control.request_stop();
    control.request_stop();
    assert!(control.stop_requested());
    let done = control.run(&[1, 2], |_| panic!("an item was started after a stop"));
    assert_eq!(done, 0);
    assert_eq!(control.progress(), 0);
}

/// While an item's work runs, `progress` counts only the items before it.
#[test]
fn progress_counts_only_finished_items() {
    let control = JobControl::new();
    let mut seen = Vec::new();
    control.run(&[10, 20, 30], |_| seen.push(control.progress()));
    assert_eq!(seen, [0, 1, 2]);
    assert_eq!(control.progress(), 3);
}
