#![cfg(not(loom))]
//! The ring on one thread: order, full and empty, and drops. What the
//! indices publish between two threads is checked in tests/loom.rs.

use std::sync::atomic::{AtomicUsize, Ordering};

use spsc_ring::ring;

/// Values come out in the order they went in, also after the indices have
/// gone round the ring several times.
#[test]
fn values_come_out_in_order() {
    let (mut producer, mut consumer) = ring(3);
    for round in 0..4 {
        for n in 0..3 {
            producer
                .try_push(round * 10 + n)
                .expect("the ring was not full");
        }
        for n in 0..3 {
            assert_eq!(consumer.try_pop(), Some(round * 10 + n));
        }
    }
    assert_eq!(consumer.try_pop(), None);
}

/// A full ring hands the value back; an empty one gives `None`.
#[test]
fn full_ring_hands_the_value_back() {
    let (mut producer, mut consumer) = ring(2);
    assert_eq!(consumer.try_pop(), None);
    producer.try_push("a").unwrap();
    producer.try_push("b").unwrap();
    assert_eq!(
        producer.try_push("c"),
        Err("c"),
        "a full ring took another value"
    );
    assert_eq!(consumer.try_pop(), Some("a"));
    producer.try_push("c").expect("popping made room");
    assert_eq!(consumer.try_pop(), Some("b"));
    assert_eq!(consumer.try_pop(), Some("c"));
    assert_eq!(consumer.try_pop(), None);
    // Full again after the indices have gone round.
    producer.try_push("d").unwrap();
    producer.try_push("e").unwrap();
    assert_eq!(
        producer.try_push("f"),
        Err("f"),
        "a full ring took another value"
    );
    assert_eq!(consumer.try_pop(), Some("d"));
}

/// A value that counts its drops.
struct Counted<'a>(&'a AtomicUsize);

impl Drop for Counted<'_> {
    fn drop(&mut self) {
        self.0.fetch_add(1, Ordering::Relaxed);
    }
}

/// Popped values belong to the caller; values left in the ring are dropped
/// once, when both ends are gone.
#[test]
fn values_left_in_the_ring_are_dropped_once() {
    let drops = AtomicUsize::new(0);
    let (mut producer, mut consumer) = ring(4);
    for _ in 0..3 {
        assert!(producer.try_push(Counted(&drops)).is_ok());
    }
    let popped = consumer.try_pop().expect("a value was pushed");
    assert_eq!(
        drops.load(Ordering::Relaxed),
        0,
        "a value was dropped while in use"
    );
    drop(popped);
    drop(producer);
    assert_eq!(drops.load(Ordering::Relaxed), 1);
    drop(consumer);
    assert_eq!(
        drops.load(Ordering::Relaxed),
        3,
        "the values left in the ring were not dropped once"
    );
}
