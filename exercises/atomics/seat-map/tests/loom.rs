#![cfg(loom)]
//! Racing bookings under loom, which runs each test once for every order of
//! the two threads' steps (up to the preemption bound), with
//! `compare_exchange_weak` sometimes failing spuriously as std allows.

use std::sync::Arc;

use loom::thread;
use seat_map::SeatMap;
use workbook_sync::model;

/// Two threads reserve the same free seat at once: exactly one gets it.
#[test]
fn racing_reserves_of_one_seat_have_one_winner() {
    model(|| {
        let room = Arc::new(SeatMap::new());
        let other = {
            let room = Arc::clone(&room);
            thread::spawn(move || room.reserve(5))
        };
        let here = room.reserve(5);
        let there = other.join().unwrap();
        assert!(here != there, "reserve(5) returned {here} on both threads");
        assert!(room.is_reserved(5));
    });
}

/// Two threads call `reserve_any` on an empty room at once: they get seats
/// 0 and 1, one each.
#[test]
fn racing_reserve_any_calls_get_different_seats() {
    model(|| {
        let room = Arc::new(SeatMap::new());
        let other = {
            let room = Arc::clone(&room);
            thread::spawn(move || room.reserve_any())
        };
        let here = room.reserve_any();
        let there = other.join().unwrap();
        let mut seats = [here, there];
        seats.sort();
        assert_eq!(seats, [Some(0), Some(1)], "got {here:?} and {there:?}");
        assert_eq!(room.free_seats(), 62);
    });
}

/// One thread releases seat 3 while another reserves seat 4: both changes
/// are kept.
#[test]
fn a_release_and_a_reserve_of_different_seats_both_stick() {
    model(|| {
        let room = Arc::new(SeatMap::new());
        room.reserve(3);
        let other = {
            let room = Arc::clone(&room);
            thread::spawn(move || room.release(3))
        };
        assert!(room.reserve(4));
        assert!(other.join().unwrap());
        assert!(!room.is_reserved(3), "the release of seat 3 was undone");
        assert!(room.is_reserved(4), "the reservation of seat 4 was undone");
    });
}
