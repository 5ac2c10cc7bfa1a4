#![cfg(loom)]
//! The barrier under loom, which runs each test once for every order of
//! the threads' steps (up to the preemption bound), and, through
//! `workbook_sync`, lets some waits return early as std allows. A thread
//! that sleeps with nobody left to wake it is reported as a deadlock.
//!
//! The barrier is shared with std's `Arc`, not loom's: when loom finds a
//! deadlock it unwinds the blocked threads, and dropping a loom `Arc` then
//! aborts the whole test binary instead of failing one test.

use std::sync::Arc;

use loom::thread;
use phase_barrier::PhaseBarrier;
use workbook_sync::atomic::{AtomicBool, Ordering};
use workbook_sync::model;

/// Two threads pass a barrier for two, twice in a row: neither is left
/// asleep when the other races ahead into the second round, and each round
/// has exactly one leader.
#[test]
fn two_rounds_release_both_threads_with_one_leader_each() {
    model(|| {
        let barrier = Arc::new(PhaseBarrier::new(2));
        let other = {
            let barrier = Arc::clone(&barrier);
            thread::spawn(move || [barrier.wait(), barrier.wait()])
        };
        let here = [barrier.wait(), barrier.wait()];
        let there = other.join().unwrap();
        for round in 0..2 {
            assert!(
                here[round] != there[round],
                "round {}: leaders were {} and {}",
                round + 1,
                here[round],
                there[round]
            );
        }
    });
}

/// No thread leaves `wait` before the other has arrived.
#[test]
fn nobody_leaves_before_everyone_has_arrived() {
    model(|| {
        let barrier = Arc::new(PhaseBarrier::new(2));
        let arrived = Arc::new([AtomicBool::new(false), AtomicBool::new(false)]);
        let other = {
            let (barrier, arrived) = (Arc::clone(&barrier), Arc::clone(&arrived));
            thread::spawn(move || {
                arrived[1].store(true, Ordering::SeqCst);
                barrier.wait();
                assert!(
                    arrived[0].load(Ordering::SeqCst),
                    "left the barrier before the other thread arrived"
                );
            })
        };
        arrived[0].store(true, Ordering::SeqCst);
        barrier.wait();
        assert!(
            arrived[1].load(Ordering::SeqCst),
            "left the barrier before the other thread arrived"
        );
        other.join().unwrap();
    });
}

/// A team of three, one round: the last to arrive releases both sleepers,
/// not just one of them.
#[test]
fn the_last_arrival_releases_every_sleeper() {
    model(|| {
        let barrier = Arc::new(PhaseBarrier::new(3));
        let sleepers: Vec<_> = (0..2)
            .map(|_| {
                let barrier = Arc::clone(&barrier);
                thread::spawn(move || barrier.wait())
            })
            .collect();
        let mut leaders = usize::from(barrier.wait());
        for sleeper in sleepers {
            leaders += usize::from(sleeper.join().unwrap());
        }
        assert_eq!(leaders, 1, "a round had {leaders} leaders");
    });
}
