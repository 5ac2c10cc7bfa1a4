#![cfg(not(loom))]
//! What the allocator hands out, one call at a time. (Loom checks racing
//! calls in `tests/loom.rs`.)

use id_allocator::IdAllocator;

/// Ids count up from the first one: 0 for `new`, `first` for `starting_at`.
#[test]
fn ids_count_up_from_the_first() {
    let from_zero = IdAllocator::new();
    assert_eq!(
        [from_zero.next(), from_zero.next(), from_zero.next()],
        [Some(0), Some(1), Some(2)]
    );
    let from_ten = IdAllocator::starting_at(10);
    assert_eq!([from_ten.next(), from_ten.next()], [Some(10), Some(11)]);
}

/// `u32::MAX` is handed out, once; after it, `next` returns `None`, every
/// time, and never starts again from 0.
#[test]
fn after_the_last_id_there_is_none_for_ever() {
    let ids = IdAllocator::starting_at(u32::MAX - 1);
    assert_eq!(ids.next(), Some(u32::MAX - 1));
    assert_eq!(ids.next(), Some(u32::MAX));
    for _ in 0..3 {
        assert_eq!(ids.next(), None, "an id was handed out after u32::MAX");
    }
}

/// `remaining` counts the ids left: 2³² at the start, none at the end, and
/// it stays at none.
#[test]
fn remaining_counts_the_ids_left() {
    assert_eq!(IdAllocator::new().remaining(), 1 << 32);
    let ids = IdAllocator::starting_at(u32::MAX - 2);
    assert_eq!(ids.remaining(), 3);
    ids.next();
    assert_eq!(ids.remaining(), 2);
    ids.next();
    ids.next();
    assert_eq!(ids.remaining(), 0);
    ids.next();
    assert_eq!(ids.remaining(), 0);
}
