//! # A reusable barrier
//!
//! Book: book/src/shared-state.md#meeting-at-a-barrier
//! Check: cargo xtask check shared-state/phase-barrier
//!
//! Reference solution. The count alone cannot tell a sleeper whether its
//! round is over: by the time it wakes, the leader may already have started
//! the next round and counted itself again. So each round has a number, the
//! *generation*; a sleeper waits until the generation it arrived in has
//! ended.

use workbook_sync::{Condvar, Mutex};

struct Round {
    /// How many threads have arrived in the current round.
    arrived: usize,
    /// Counts completed rounds; wrapping is harmless, since a sleeper only
    /// asks whether it changed.
    generation: u64,
}

/// Makes a team of threads wait for each other, round after round.
pub struct PhaseBarrier {
    team: usize,
    round: Mutex<Round>,
    released: Condvar,
}

impl PhaseBarrier {
    /// A barrier for a team of `n` threads.
    ///
    /// # Panics
    ///
    /// If `n` is 0: no round could ever be complete.
    pub fn new(n: usize) -> Self {
        assert!(n > 0, "a barrier needs a team of at least one thread");
        PhaseBarrier {
            team: n,
            round: Mutex::new(Round {
                arrived: 0,
                generation: 0,
            }),
            released: Condvar::new(),
        }
    }

    /// Waits until all `n` threads of the team have called `wait` in this
    /// round, then returns: `true` in exactly one thread of the round (the
    /// leader), `false` in the others.
    pub fn wait(&self) -> bool {
        let mut round = self.round.lock().unwrap();
        round.arrived += 1;
        if round.arrived == self.team {
            // The last to arrive ends the round, starts the next one, and
            // wakes every sleeper: all of them may go on.
            round.arrived = 0;
            round.generation = round.generation.wrapping_add(1);
            self.released.notify_all();
            return true;
        }
        let mine = round.generation;
        // A loop, for spurious wake-ups; the generation, not the count, for
        // a leader that has already come back for the next round.
        while round.generation == mine {
            round = self.released.wait(round).unwrap();
        }
        false
    }
}
