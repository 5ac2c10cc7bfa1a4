//! # A reusable barrier
//!
//! Book: book/src/shared-state.md#meeting-at-a-barrier
//! Check: cargo xtask check shared-state/phase-barrier
//!
//! A barrier for a team of `n` threads, like `std::sync::Barrier`, built
//! from a `Mutex` and a `Condvar`. Each thread that calls `wait` sleeps until
//! all `n` have called it; then all of them go on, and exactly one of them
//! (any one) is told it is the round's *leader*. The barrier can be used
//! again at once for the next round, by the same threads, and a thread that
//! races ahead into the next round must not let the previous round's
//! sleepers miss their release, nor be released by it.
//!
//! Take `Mutex` and `Condvar` from `workbook_sync`: under loom they are
//! loom's, and the checker tries every order of the threads' steps. Loom's
//! `Condvar` has `wait` but no `wait_while`, so write the loop yourself.
//! (std's `Barrier` is not allowed here: the point is to build one.)

use std::marker::PhantomData;

// Take `Mutex` and `Condvar` from `workbook_sync`.

/// Makes a team of threads wait for each other, round after round.
pub struct PhaseBarrier {
    // TODO: the team size, how many have arrived in this round, and what
    // the others sleep on. This placeholder only keeps the starter
    // compiling: replace it.
    _todo: PhantomData<usize>,
}

impl PhaseBarrier {
    /// A barrier for a team of `n` threads.
    ///
    /// # Panics
    ///
    /// If `n` is 0: no round could ever be complete.
    pub fn new(n: usize) -> Self {
        todo!("a barrier for {n} threads")
    }

    /// Waits until all `n` threads of the team have called `wait` in this
    /// round, then returns: `true` in exactly one thread of the round (the
    /// leader), `false` in the others.
    pub fn wait(&self) -> bool {
        todo!()
    }
}
