#![cfg(not(loom))]
//! The in-flight count on real threads. Every wait has a deadline.

use std::panic;
use std::thread;
use std::time::{Duration, Instant};

use link_in_flight::InFlight;

const DEADLINE: Duration = Duration::from_secs(5);

/// How long a test waits at most for a thread to block (or return).
const SETTLE_LIMIT: Duration = Duration::from_secs(2);

fn finish(handle: &thread::ScopedJoinHandle<'_, ()>, what: &str) {
    let start = Instant::now();
    while !handle.is_finished() {
        assert!(
            start.elapsed() < DEADLINE,
            "{what} is still waiting after {DEADLINE:?}"
        );
        thread::sleep(Duration::from_millis(1));
    }
}

/// Tickets count up while out and down when dropped.
#[test]
fn tickets_count_up_and_down() {
    let in_flight = InFlight::new();
    assert_eq!(in_flight.count(), 0);
    let a = in_flight.start();
    let b = in_flight.start();
    assert_eq!(in_flight.count(), 2);
    drop(a);
    assert_eq!(in_flight.count(), 1);
    drop(b);
    assert_eq!(in_flight.count(), 0);
}

/// With nothing in flight, `wait_idle` returns at once.
#[test]
fn wait_idle_returns_when_nothing_is_in_flight() {
    let in_flight = InFlight::new();
    thread::scope(|s| {
        let waiter = s.spawn(|| in_flight.wait_idle());
        finish(&waiter, "wait_idle with nothing in flight");
    });
    drop(in_flight.start());
    in_flight.wait_idle();
}

/// `wait_idle` returns after the last of many tickets, dropped on other
/// threads, and not before.
///
/// First step by step: with all eight tickets out, and again with one left
/// after seven were dropped on other threads, the waiter is watched until it
/// is asleep in `wait_idle` (or has returned, whatever the machine's load),
/// and must not have returned; only then is the last ticket dropped. Then
/// once more with the waiter and the eight droppers all at once, so that the
/// last ticket may also be dropped while the waiter is between looking at
/// the count and going to sleep.
#[test]
fn wait_idle_waits_for_the_last_ticket() {
    let in_flight = InFlight::new();
    thread::scope(|s| {
        let mut tickets: Vec<_> = (0..8).map(|_| in_flight.start()).collect();
        let (waiter, waiter_task) = workbook_probe::spawn_scoped(s, || in_flight.wait_idle());
        // Nothing but `wait_idle` can hold the waiter up: the test holds no
        // lock, and the droppers below have ended when it is looked at.
        waiter_task.settle(SETTLE_LIMIT, Duration::from_millis(30));
        assert!(
            !waiter.is_finished(),
            "wait_idle returned with all 8 tickets out"
        );
        let last = tickets.pop().unwrap();
        let droppers: Vec<_> = tickets
            .into_iter()
            .map(|ticket| s.spawn(move || drop(ticket)))
            .collect();
        for dropper in droppers {
            dropper.join().unwrap();
        }
        waiter_task.settle(SETTLE_LIMIT, Duration::from_millis(30));
        assert!(
            !waiter.is_finished(),
            "wait_idle returned with 1 of 8 tickets still out (after 7 were dropped)"
        );
        s.spawn(move || drop(last));
        finish(&waiter, "wait_idle after the last ticket was dropped");
        assert_eq!(in_flight.count(), 0);
    });
    thread::scope(|s| {
        let tickets: Vec<_> = (0..8).map(|_| in_flight.start()).collect();
        let waiter = s.spawn(|| {
            in_flight.wait_idle();
            assert_eq!(
                in_flight.count(),
                0,
                "wait_idle returned with work in flight"
            );
        });
        for ticket in tickets {
            s.spawn(move || {
                thread::sleep(Duration::from_millis(2));
                drop(ticket);
            });
        }
        finish(&waiter, "wait_idle");
    });
}

/// A ticket dropped while its thread unwinds from a panic still counts as
/// finished.
#[test]
fn a_panicking_worker_still_finishes_its_ticket() {
    let in_flight = InFlight::new();
    thread::scope(|s| {
        let worker = s.spawn(|| {
            let _ticket = in_flight.start();
            panic!("the worker fails (this panic is expected)");
        });
        assert!(worker.join().is_err());
    });
    assert_eq!(in_flight.count(), 0);
    in_flight.wait_idle();
}
