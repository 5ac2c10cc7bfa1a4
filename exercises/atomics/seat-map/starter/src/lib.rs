//! # Seats in one atomic
//!
//! Book: book/src/atomics.md#compare_exchange-and-fetch_update
//! Check: cargo xtask check atomics/seat-map
//!
//! A small room has 64 seats, numbered 0 to 63, and booking threads reserve
//! and release them at the same time. All 64 fit in the bits of one
//! `u64`, so the whole room can live in one atomic, and every booking can be
//! one atomic operation on it. Whatever the timing:
//!
//! - a seat is reserved by at most one caller: of two threads reserving
//!   the same free seat, exactly one is told it got it;
//! - `reserve_any` gives two racing callers two different seats;
//! - reserving one seat never undoes a release of another happening at the
//!   same moment, nor the other way round.
//!
//! Use atomics from `workbook_sync::atomic`; locks and `unsafe` are ruled
//! out in this chapter. `Ordering::SeqCst` is the safe choice everywhere;
//! the next chapter explains the others.

use std::marker::PhantomData;

// Take the atomic type and `Ordering` from `workbook_sync::atomic`.

/// How many seats the room has.
pub const SEATS: u32 = 64;

/// Which of the room's seats are reserved, shared by reference between
/// threads.
pub struct SeatMap {
    // TODO: the seats. This placeholder only keeps the starter compiling:
    // replace it.
    _todo: PhantomData<u64>,
}

impl SeatMap {
    /// A room with every seat free.
    pub fn new() -> Self {
        todo!()
    }

    /// Reserves `seat` if it is free, and says whether this call reserved
    /// it. Panics if `seat >= SEATS`.
    pub fn reserve(&self, seat: u32) -> bool {
        todo!("reserve {seat}")
    }

    /// Frees `seat`, and says whether it was reserved. Panics if
    /// `seat >= SEATS`.
    pub fn release(&self, seat: u32) -> bool {
        todo!("release {seat}")
    }

    /// Reserves the free seat with the lowest number and returns it, or
    /// returns `None` if every seat is reserved.
    pub fn reserve_any(&self) -> Option<u32> {
        todo!()
    }

    /// Whether `seat` is reserved. Panics if `seat >= SEATS`.
    pub fn is_reserved(&self, seat: u32) -> bool {
        todo!("is {seat} reserved?")
    }

    /// How many seats are free.
    pub fn free_seats(&self) -> u32 {
        todo!()
    }
}

impl Default for SeatMap {
    fn default() -> Self {
        SeatMap::new()
    }
}
