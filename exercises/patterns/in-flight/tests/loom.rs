#![cfg(loom)]
//! The in-flight count under loom: every interleaving of the threads' steps,
//! up to the preemption bound. A waiter that sleeps while nobody is left to
//! wake it is reported as a deadlock.

use std::sync::Arc;

use link_in_flight::InFlight;
use loom::thread;
use workbook_sync::model;

/// The last ticket, dropped on another thread, wakes the thread in
/// `wait_idle`, whenever it is dropped.
#[test]
fn last_ticket_wakes_the_waiter() {
    model(|| {
        let in_flight = Arc::new(InFlight::new());
        // The ticket borrows the tracker, so the worker takes a ticket of its
        // own after the main thread has counted the work for it.
        let counted = in_flight.start();
        let worker = {
            let in_flight = Arc::clone(&in_flight);
            thread::spawn(move || {
                let mine = in_flight.start();
                drop(mine);
            })
        };
        drop(counted);
        in_flight.wait_idle();
        worker.join().unwrap();
        assert_eq!(in_flight.count(), 0);
    });
}

/// With two tickets out, `wait_idle` returns only after both are dropped,
/// not when the first one is.
#[test]
fn wait_idle_returns_only_when_all_are_done() {
    model(|| {
        let in_flight = Arc::new(InFlight::new());
        let first = in_flight.start();
        let second = in_flight.start();
        let waiter = {
            let in_flight = Arc::clone(&in_flight);
            thread::spawn(move || {
                in_flight.wait_idle();
                in_flight.count()
            })
        };
        drop(first);
        drop(second);
        assert_eq!(
            waiter.join().unwrap(),
            0,
            "wait_idle returned while a ticket was still out"
        );
    });
}

/// Two threads wait; the last ticket wakes both of them. (Three threads: the
/// slowest model of this exercise, still a few seconds.)
#[test]
fn every_waiter_is_woken() {
    model(|| {
        let in_flight = Arc::new(InFlight::new());
        let ticket = in_flight.start();
        let waiters: Vec<_> = (0..2)
            .map(|_| {
                let in_flight = Arc::clone(&in_flight);
                thread::spawn(move || in_flight.wait_idle())
            })
            .collect();
        drop(ticket);
        for waiter in waiters {
            waiter.join().unwrap();
        }
    });
}
