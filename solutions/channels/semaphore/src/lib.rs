//! # A semaphore made of a channel
//!
//! Book: book/src/channels.md#a-semaphore-made-of-a-channel
//! Check: cargo xtask check channels/semaphore
//!
//! Reference solution.

use crossbeam_channel::{Receiver, Sender, bounded};

/// At most `permits` holders at once.
///
/// Every `()` in the channel is a permit that is out, so the channel is
/// full exactly when no permit is free, and `send` waits for one.
pub struct Semaphore {
    taken: Sender<()>,
    returned: Receiver<()>,
    permits: usize,
}

/// One permit, taken from `semaphore`; dropping it gives it back.
///
/// Not `Clone`: a copy would give one slot back twice.
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
        assert!(permits > 0, "a semaphore needs at least one permit");
        let (taken, returned) = bounded(permits);
        Semaphore {
            taken,
            returned,
            permits,
        }
    }

    /// Takes a permit, waiting while none is free.
    pub fn acquire(&self) -> Permit<'_> {
        // The semaphore owns the receiver, so the channel cannot be
        // disconnected while `self` is borrowed.
        self.taken
            .send(())
            .expect("the semaphore owns its receiver");
        Permit { semaphore: self }
    }

    /// Takes a permit if one is free now; never waits.
    pub fn try_acquire(&self) -> Option<Permit<'_>> {
        self.taken
            .try_send(())
            .ok()
            .map(|()| Permit { semaphore: self })
    }

    /// How many permits are free now.
    pub fn available(&self) -> usize {
        self.permits - self.taken.len()
    }
}

impl Permit<'_> {
    /// The semaphore this permit belongs to.
    pub fn semaphore(&self) -> &Semaphore {
        self.semaphore
    }
}

impl Drop for Permit<'_> {
    /// Gives the permit back, also while the holder unwinds from a panic.
    fn drop(&mut self) {
        // This permit's `()` is in the channel, so this never waits.
        self.semaphore
            .returned
            .recv()
            .expect("the semaphore owns its sender");
    }
}
