#![cfg(not(loom))]
//! What a barrier does on its own. (Loom checks teams of threads, round
//! after round, in `tests/loom.rs`.)

use std::panic;
use std::sync::mpsc::{self, RecvTimeoutError};
use std::thread;
use std::time::Duration;

use phase_barrier::PhaseBarrier;

/// How long a team of one may take, however busy the machine.
const DEADLINE: Duration = Duration::from_secs(5);

/// `new(0)` panics, as documented; `new(1)` does not.
#[test]
fn new_with_a_team_of_zero_panics() {
    let _one = PhaseBarrier::new(1);
    let zero = panic::catch_unwind(|| PhaseBarrier::new(0));
    assert!(
        zero.is_err(),
        "new(0) returned a barrier instead of panicking"
    );
}

/// With a team of one, every `wait` returns at once, and the lone thread is
/// the leader of every round.
#[test]
fn a_team_of_one_never_waits_and_always_leads() {
    let (tx, rx) = mpsc::channel();
    thread::spawn(move || {
        let barrier = PhaseBarrier::new(1);
        let leads: Vec<bool> = (0..3).map(|_| barrier.wait()).collect();
        let _ = tx.send(leads);
    });
    match rx.recv_timeout(DEADLINE) {
        Ok(leads) => assert_eq!(leads, [true, true, true]),
        Err(RecvTimeoutError::Timeout) => {
            panic!("a barrier for one thread made that thread wait")
        }
        Err(RecvTimeoutError::Disconnected) => panic!("wait panicked"),
    }
}
