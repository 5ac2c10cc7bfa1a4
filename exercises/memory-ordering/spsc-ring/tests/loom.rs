#![cfg(loom)]
//! The ring under loom, which runs each test once for every interleaving of
//! the producer's and the consumer's threads, and every value an atomic
//! load may return. The values are [`Payload`]s whose words live in loom's
//! `UnsafeCell`: a consumer that reads a value not ordered after the
//! producer's writes, or a producer that overwrites a slot the consumer may
//! still be reading, is reported as a causality violation.

use loom::cell::UnsafeCell;
use loom::thread;

use spsc_ring::ring;
use workbook_sync::model;

/// A value several words long whose words loom watches.
struct Payload {
    words: UnsafeCell<Vec<u64>>,
}

impl Payload {
    fn new(first: u64) -> Payload {
        let payload = Payload {
            words: UnsafeCell::new(Vec::new()),
        };
        for word in first..first + 2 {
            // SAFETY: the payload is still this thread's alone.
            payload
                .words
                .with_mut(|words| unsafe { (*words).push(word) });
        }
        payload
    }

    fn words(&self) -> Vec<u64> {
        // SAFETY: whoever holds the payload by value is its only user.
        self.words.with(|words| unsafe { (*words).clone() })
    }
}

/// The producer pushes two values while the consumer pops: whatever the
/// consumer gets is whole and in order (Release on the producer's index,
/// Acquire when the consumer reads it).
#[test]
fn popped_values_are_whole_and_in_order() {
    model(|| {
        let (mut producer, mut consumer) = ring(2);
        let producing = thread::spawn(move || {
            for first in [10, 20] {
                assert!(producer.try_push(Payload::new(first)).is_ok());
            }
        });
        let mut seen = Vec::new();
        if let Some(payload) = consumer.try_pop() {
            seen.push(payload.words());
        }
        producing.join().unwrap();
        while let Some(payload) = consumer.try_pop() {
            seen.push(payload.words());
        }
        assert_eq!(
            seen,
            [vec![10, 11], vec![20, 21]],
            "values lost, torn or out of order"
        );
    });
}

/// A ring of one slot: the producer may reuse the slot only after the
/// consumer has read it (Release on the consumer's index, Acquire when the
/// producer reads it).
#[test]
fn a_slot_is_reused_only_after_it_was_read() {
    model(|| {
        let (mut producer, mut consumer) = ring(1);
        let producing = thread::spawn(move || {
            assert!(producer.try_push(Payload::new(10)).is_ok());
            // Full until the consumer pops; try again until there is room.
            let mut next = Payload::new(20);
            while let Err(back) = producer.try_push(next) {
                next = back;
                thread::yield_now();
            }
        });
        let mut seen = Vec::new();
        while seen.len() < 2 {
            match consumer.try_pop() {
                Some(payload) => seen.push(payload.words()),
                None => thread::yield_now(),
            }
        }
        producing.join().unwrap();
        assert_eq!(seen, [vec![10, 11], vec![20, 21]]);
    });
}
