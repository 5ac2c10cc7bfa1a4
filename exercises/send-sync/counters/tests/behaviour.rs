#![cfg(not(loom))]
//! What the counters do at run time. Whether adds from two threads at once
//! are all counted is checked in tests/loom.rs, which tries every
//! interleaving; on real threads a lost update shows only now and then.

use std::thread;

use counters::{LocalCounter, SharedCounter};

/// A local counter starts at zero and adds up every `add`.
#[test]
fn local_counter_adds_up_every_add() {
    let counter = LocalCounter::new();
    assert_eq!(counter.get(), 0, "a new counter is not at zero");
    counter.add(2);
    counter.add(3);
    assert_eq!(counter.get(), 5, "the local counter lost or changed an add");
}

/// A shared counter starts at zero and adds up every `add`.
#[test]
fn shared_counter_adds_up_every_add() {
    let total = SharedCounter::new();
    assert_eq!(total.get(), 0, "a new total is not at zero");
    total.add(40);
    total.add(2);
    assert_eq!(total.get(), 42, "the shared counter lost or changed an add");
}

/// `flush_into` adds the local count to the total and resets the local
/// counter, so a second flush adds only what was counted since.
#[test]
fn flush_moves_the_count_into_the_total() {
    let total = SharedCounter::new();
    total.add(100);
    let local = LocalCounter::new();
    local.add(7);
    local.flush_into(&total);
    assert_eq!(total.get(), 107, "the flush did not add the local count");
    assert_eq!(
        local.get(),
        0,
        "the local counter was not reset by the flush"
    );
    local.add(1);
    local.flush_into(&total);
    assert_eq!(
        total.get(),
        108,
        "the second flush added more than was counted since the first"
    );
}

/// A local counter moves to the thread that counts on it; the total is
/// shared by reference. (The workers run one after another, so the total is
/// known whatever the counters do about adds at the same time.)
#[test]
fn workers_count_locally_and_flush_into_a_shared_total() {
    let total = SharedCounter::new();
    for worker in 1..=3 {
        let local = LocalCounter::new();
        let total = &total;
        thread::scope(|s| {
            s.spawn(move || {
                for _ in 0..worker {
                    local.add(10);
                }
                local.flush_into(total);
            });
        });
    }
    assert_eq!(total.get(), 60, "the workers' flushes do not add up");
}
