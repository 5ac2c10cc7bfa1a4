#![cfg(not(loom))]
//! What the seat map does, one call at a time. (Loom checks racing calls in
//! `tests/loom.rs`.)

use seat_map::{SEATS, SeatMap};

/// A free seat can be reserved once; a reserved seat can be released once.
/// The first seat and the last (63) behave like any other.
#[test]
fn reserve_and_release_one_seat() {
    let room = SeatMap::new();
    for seat in [0, 17, SEATS - 1] {
        assert!(!room.is_reserved(seat));
        assert!(room.reserve(seat), "seat {seat} was free");
        assert!(room.is_reserved(seat));
        assert!(!room.reserve(seat), "seat {seat} was reserved twice");
        assert!(room.release(seat), "seat {seat} was reserved");
        assert!(!room.is_reserved(seat));
        assert!(!room.release(seat), "seat {seat} was released twice");
    }
}

/// `reserve_any` takes the lowest free seat, skipping reserved ones, until
/// the room is full; `free_seats` counts what is left.
#[test]
fn reserve_any_takes_the_lowest_free_seat_until_full() {
    let room = SeatMap::new();
    assert_eq!(room.free_seats(), SEATS);
    room.reserve(0);
    room.reserve(2);
    assert_eq!(room.free_seats(), SEATS - 2);
    assert_eq!(room.reserve_any(), Some(1));
    assert_eq!(room.reserve_any(), Some(3));
    for expected in 4..SEATS {
        assert_eq!(room.reserve_any(), Some(expected));
    }
    assert_eq!(room.free_seats(), 0);
    assert_eq!(room.reserve_any(), None, "a full room handed out a seat");
    room.release(40);
    assert_eq!(room.reserve_any(), Some(40));
}
