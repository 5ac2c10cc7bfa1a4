//! # A semaphore made of a channel
//!
//! Book: book/src/channels.md#a-semaphore-made-of-a-channel
//! Check: cargo xtask check channels/semaphore
//!
//! A semaphore lets at most `n` threads into a section at once. Build one
//! from a crossbeam bounded channel, whose capacity is the number of
//! permits, and hand out each permit as a [`Permit`] value that gives it back
//! when it is dropped, on every path out of the section: a normal return, an
//! early `return`, or a panic.
//!
//! What must work: `acquire` waits while every permit is out; `try_acquire`
//! never waits; `available` says how many permits are free; dropping a
//! permit gives it back, also while its thread unwinds from a panic; a
//! semaphore of zero permits is refused (it panics in `new`).
//!
//! What must be impossible: copying a permit (`permit.clone()`): a copy
//! would give one slot back twice. That is tested by a program that must
//! not compile.
//!
//! Loom cannot check this exercise (it does not see inside crossbeam's
//! channels). Tests with real threads stand in for it, each with a deadline,
//! so a permit that is never given back fails a test instead of hanging it.
//!
//! `std::mem::forget(permit)` is safe Rust and keeps the slot taken for
//! good; that is allowed, and not tested.

/// At most `permits` holders at once.
pub struct Semaphore {
    // TODO
}

/// One permit, taken from `semaphore`; dropping it gives it back.
#[derive(Clone)]
pub struct Permit<'a> {
    semaphore: &'a Semaphore,
}

impl Semaphore {
    /// A semaphore with `permits` permits, all free.
    ///
    /// # Panics
    ///
    /// If `permits` is zero.
    pub fn new(permits: usize) -> Semaphore {
        todo!("{permits} permits")
    }

    /// Takes a permit, waiting while none is free.
    pub fn acquire(&self) -> Permit<'_> {
        todo!()
    }

    /// Takes a permit if one is free now; never waits.
    pub fn try_acquire(&self) -> Option<Permit<'_>> {
        todo!()
    }

    /// How many permits are free now.
    pub fn available(&self) -> usize {
        todo!()
    }
}

impl Permit<'_> {
    /// The semaphore this permit belongs to.
    pub fn semaphore(&self) -> &Semaphore {
        self.semaphore
    }
}
