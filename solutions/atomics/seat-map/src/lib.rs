//! # Seats in one atomic
//!
//! Book: book/src/atomics.md#compare_exchange-and-fetch_update
//! Check: cargo xtask check atomics/seat-map
//!
//! Reference solution. Bit `n` of one `AtomicU64` is set while seat `n` is
//! reserved. `fetch_or` and `fetch_and` set and clear one bit and return
//! the bits as they were, which says whether this call changed the seat;
//! `reserve_any` must choose a bit from the value it sees, so it is a
//! `fetch_update` loop that chooses again if the value changed meanwhile.

use workbook_sync::atomic::{AtomicU64, Ordering};

/// How many seats the room has.
pub const SEATS: u32 = 64;

/// The bit of `seat`, after checking that there is such a seat.
fn bit(seat: u32) -> u64 {
    assert!(seat < SEATS, "there is no seat {seat}");
    1 << seat
}

/// Which of the room's seats are reserved, shared by reference between
/// threads.
pub struct SeatMap {
    /// Bit `n` is set while seat `n` is reserved.
    taken: AtomicU64,
}

impl SeatMap {
    /// A room with every seat free.
    pub fn new() -> Self {
        SeatMap {
            taken: AtomicU64::new(0),
        }
    }

    /// Reserves `seat` if it is free, and says whether this call reserved
    /// it. Panics if `seat >= SEATS`.
    pub fn reserve(&self, seat: u32) -> bool {
        let bit = bit(seat);
        // The old bits: if ours was clear, this call is the one that set it.
        self.taken.fetch_or(bit, Ordering::SeqCst) & bit == 0
    }

    /// Frees `seat`, and says whether it was reserved. Panics if
    /// `seat >= SEATS`.
    pub fn release(&self, seat: u32) -> bool {
        let bit = bit(seat);
        self.taken.fetch_and(!bit, Ordering::SeqCst) & bit != 0
    }

    /// Reserves the free seat with the lowest number and returns it, or
    /// returns `None` if every seat is reserved.
    pub fn reserve_any(&self) -> Option<u32> {
        self.taken
            .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |taken| {
                // The lowest clear bit; none when all 64 are set.
                (taken != u64::MAX).then(|| taken | 1 << taken.trailing_ones())
            })
            .ok()
            .map(|before| before.trailing_ones())
    }

    /// Whether `seat` is reserved. Panics if `seat >= SEATS`.
    pub fn is_reserved(&self, seat: u32) -> bool {
        self.taken.load(Ordering::SeqCst) & bit(seat) != 0
    }

    /// How many seats are free.
    pub fn free_seats(&self) -> u32 {
        self.taken.load(Ordering::SeqCst).count_zeros()
    }
}

impl Default for SeatMap {
    fn default() -> Self {
        SeatMap::new()
    }
}
