#![cfg(not(loom))]
//! What a slot does at run time, with ordinary threads. The orderings are
//! checked in `tests/loom.rs`.

use std::sync::Barrier;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;
use std::time::{Duration, Instant};

use publish::Slot;

/// Counts its own drops in the counter it borrows.
struct DropCounter<'a>(&'a AtomicUsize);

impl Drop for DropCounter<'_> {
    fn drop(&mut self) {
        self.0.fetch_add(1, Ordering::SeqCst);
    }
}

/// A new slot has no value: `get` returns `None`.
#[test]
fn empty_slot_gets_none() {
    let slot: Slot<i32> = Slot::new();
    assert!(
        slot.get().is_none(),
        "a slot nobody published to returned a value"
    );
}

/// The first publish on an empty slot succeeds, and `get` returns its value, every time.
#[test]
fn get_returns_the_published_value() {
    let slot = Slot::new();
    assert!(slot.publish(42).is_ok(), "the first publish was refused");
    assert_eq!(slot.get(), Some(&42));
    assert_eq!(
        slot.get(),
        Some(&42),
        "a second get returned something else"
    );
}

/// Only the first publish wins: later ones get their own value back and change nothing.
#[test]
fn second_publish_returns_its_value() {
    let slot = Slot::new();
    assert!(slot.publish(1).is_ok());
    assert_eq!(
        slot.publish(2),
        Err(2),
        "the second publish must hand its own value back"
    );
    assert_eq!(slot.publish(3), Err(3));
    assert_eq!(
        slot.get(),
        Some(&1),
        "a later publish replaced the first value"
    );
}

/// A value that owns heap memory is kept whole, and a rejected one comes back whole.
#[test]
fn slot_holds_heap_data() {
    let slot = Slot::new();
    let names = vec![
        String::from("Ada"),
        String::from("Grace"),
        String::from("Barbara"),
    ];
    assert!(slot.publish(names.clone()).is_ok());
    assert_eq!(slot.get(), Some(&names));
    let rejected = vec![String::from("Edsger")];
    assert_eq!(slot.publish(rejected.clone()), Err(rejected));
    assert_eq!(slot.get(), Some(&names));
}

/// The slot owns the published value: it drops it when the slot drops, once.
#[test]
fn published_value_is_dropped_exactly_once() {
    let drops = AtomicUsize::new(0);
    let slot = Slot::new();
    assert!(slot.publish(DropCounter(&drops)).is_ok());
    assert!(slot.get().is_some());
    assert_eq!(
        drops.load(Ordering::SeqCst),
        0,
        "the value was dropped while the slot still held it"
    );
    drop(slot);
    assert_eq!(
        drops.load(Ordering::SeqCst),
        1,
        "dropping the slot must drop its value exactly once"
    );
}

/// A rejected value belongs to the caller: the slot neither keeps nor drops it.
#[test]
fn rejected_value_is_handed_back_not_dropped() {
    let kept = AtomicUsize::new(0);
    let rejected = AtomicUsize::new(0);
    let slot = Slot::new();
    assert!(slot.publish(DropCounter(&kept)).is_ok());
    let handed_back = slot.publish(DropCounter(&rejected));
    assert_eq!(
        rejected.load(Ordering::SeqCst),
        0,
        "the slot dropped a value it should have handed back"
    );
    assert!(handed_back.is_err(), "a second publish succeeded");
    drop(handed_back);
    assert_eq!(rejected.load(Ordering::SeqCst), 1);
    drop(slot);
    assert_eq!(
        kept.load(Ordering::SeqCst),
        1,
        "dropping the slot must drop its value exactly once"
    );
    assert_eq!(
        rejected.load(Ordering::SeqCst),
        1,
        "the slot dropped the rejected value a second time"
    );
}

/// Drops of [`Unpublished`] values; only `nothing_is_dropped_if_nothing_was_published`
/// uses the type, so no other test disturbs the count.
static UNPUBLISHED_DROPS: AtomicUsize = AtomicUsize::new(0);

/// A zero-sized value that counts its drops: dropping one that was never
/// there costs no memory access, so only the count can tell.
struct Unpublished;

impl Drop for Unpublished {
    fn drop(&mut self) {
        UNPUBLISHED_DROPS.fetch_add(1, Ordering::SeqCst);
    }
}

/// Dropping an empty slot drops nothing.
#[test]
fn nothing_is_dropped_if_nothing_was_published() {
    let slot: Slot<Unpublished> = Slot::new();
    assert!(slot.get().is_none());
    drop(slot);
    assert_eq!(
        UNPUBLISHED_DROPS.load(Ordering::SeqCst),
        0,
        "dropping an empty slot dropped a value that was never published"
    );
}

/// Of several threads publishing at once, exactly one wins; each loser gets its own value back.
#[test]
fn racing_publishers_exactly_one_wins() {
    const THREADS: usize = 8;
    let slot = Slot::new();
    let start = Barrier::new(THREADS);
    let results: Vec<Result<(), String>> = thread::scope(|s| {
        let handles: Vec<_> = (0..THREADS)
            .map(|i| {
                let (slot, start) = (&slot, &start);
                s.spawn(move || {
                    start.wait();
                    slot.publish(format!("publisher {i}"))
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    let winners: Vec<usize> = (0..THREADS).filter(|&i| results[i].is_ok()).collect();
    assert_eq!(
        winners.len(),
        1,
        "exactly one publish must win, but these did: {winners:?}"
    );
    let winner = format!("publisher {}", winners[0]);
    for (i, result) in results.iter().enumerate() {
        if let Err(value) = result {
            assert_eq!(
                value,
                &format!("publisher {i}"),
                "a loser got someone else's value back"
            );
        }
    }
    assert_eq!(
        slot.get(),
        Some(&winner),
        "the slot does not hold the winner's value"
    );
}

/// Threads waiting with `get` all see the whole published value once it is there.
#[test]
fn readers_on_other_threads_agree_on_the_value() {
    const READERS: usize = 4;
    let slot: Slot<Vec<u64>> = Slot::new();
    let seen: Vec<Vec<u64>> = thread::scope(|s| {
        let readers: Vec<_> = (0..READERS)
            .map(|_| {
                let slot = &slot;
                s.spawn(move || {
                    // Wait for the publisher below, by the clock rather than
                    // by a count of tries: on a loaded machine the publisher
                    // may not run for a while, and that is no fault of the
                    // slot. Yielding lets it run sooner.
                    let deadline = Instant::now() + Duration::from_secs(5);
                    while Instant::now() < deadline {
                        if let Some(value) = slot.get() {
                            return value.clone();
                        }
                        thread::yield_now();
                    }
                    panic!("the published value never became visible to a reader");
                })
            })
            .collect();
        let values: Vec<u64> = (1..=64).collect();
        assert!(slot.publish(values).is_ok());
        readers.into_iter().map(|h| h.join().unwrap()).collect()
    });
    let expected: Vec<u64> = (1..=64).collect();
    for value in seen {
        assert_eq!(value, expected, "a reader saw a different value");
    }
}
