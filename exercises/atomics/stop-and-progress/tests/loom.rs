#![cfg(loom)]
//! Workers and watchers under loom, which runs each test once for every
//! order of the threads' steps (up to the preemption bound).

use std::sync::Arc;

use loom::thread;
use stop_and_progress::JobControl;
use workbook_sync::model;

/// Two workers run two items each on one control: the progress counts all
/// four, none lost between two workers' updates.
#[test]
fn two_workers_count_every_item() {
    model(|| {
        let control = Arc::new(JobControl::new());
        let other = {
            let control = Arc::clone(&control);
            thread::spawn(move || control.run(&[1, 2], |_| {}))
        };
        let here = control.run(&[3, 4], |_| {});
        let there = other.join().unwrap();
        assert_eq!((here, there), (2, 2));
        assert_eq!(control.progress(), 4, "the progress lost a finished item");
    });
}
