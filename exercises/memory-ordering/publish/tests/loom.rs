#![cfg(loom)]
//! Loom runs each test below once for every interleaving of its threads, and
//! every value an atomic load may return under the memory model, and reports a
//! read of an `UnsafeCell` that is not ordered after the write it reads.
//!
//! The published values are [`Payload`]s: their contents live in loom's
//! `UnsafeCell` and are filled in by the publishing thread, so a reader that is
//! not ordered after the publisher is caught however the slot stores its value.
//!
//! Every test uses two threads and no spinning: loom's running time grows
//! steeply with each extra thread, and a spinning thread makes it explore
//! endlessly many schedules.

use loom::cell::UnsafeCell;
use loom::sync::Arc;
use loom::thread;

use publish::Slot;
use workbook_sync::model;

/// A value several words long whose words loom watches.
struct Payload {
    words: UnsafeCell<Vec<u64>>,
}

// SAFETY: a payload is written only by the thread that creates it, before it
// is published; from then on it is only read.
unsafe impl Sync for Payload {}

impl Payload {
    /// A payload holding `first, first + 1, first + 2`, written one word at a
    /// time after the payload was created.
    fn new(first: u64) -> Payload {
        let payload = Payload {
            words: UnsafeCell::new(Vec::new()),
        };
        for word in first..first + 3 {
            // SAFETY: nobody else has seen the payload yet.
            payload
                .words
                .with_mut(|words| unsafe { (*words).push(word) });
        }
        payload
    }

    /// The words, read through loom's cell so that loom checks the read.
    fn words(&self) -> Vec<u64> {
        // SAFETY: payloads are not written once published (see the `Sync` impl).
        self.words.with(|words| unsafe { (*words).clone() })
    }
}

/// A reader that finds the value sees every word the publisher wrote (Release in
/// `publish`, Acquire in `get`), and after the publisher is joined, `get` finds it.
#[test]
fn reader_that_sees_the_value_sees_all_of_it() {
    model(|| {
        let slot = Arc::new(Slot::new());
        let publisher = {
            let slot = Arc::clone(&slot);
            thread::spawn(move || assert!(slot.publish(Payload::new(10)).is_ok()))
        };
        if let Some(payload) = slot.get() {
            assert_eq!(
                payload.words(),
                [10, 11, 12],
                "the reader saw part of the value"
            );
        }
        publisher.join().unwrap();
        let payload = slot
            .get()
            .expect("the value was published, but get() returned None");
        assert_eq!(payload.words(), [10, 11, 12]);
    });
}

/// Two threads publish at once: exactly one wins, the loser gets its own value
/// back, and the slot holds the winner's.
#[test]
fn racing_publishers_exactly_one_wins() {
    model(|| {
        let slot = Arc::new(Slot::new());
        let other = {
            let slot = Arc::clone(&slot);
            thread::spawn(move || slot.publish(Payload::new(20)).map_err(|lost| lost.words()))
        };
        let mine = slot.publish(Payload::new(30)).map_err(|lost| lost.words());
        let other = other.join().unwrap();
        let winner = match (mine, other) {
            (Ok(()), Err(lost)) => {
                assert_eq!(
                    lost,
                    [20, 21, 22],
                    "the loser got back a value that is not its own"
                );
                [30, 31, 32]
            }
            (Err(lost), Ok(())) => {
                assert_eq!(
                    lost,
                    [30, 31, 32],
                    "the loser got back a value that is not its own"
                );
                [20, 21, 22]
            }
            (Ok(()), Ok(())) => panic!("both publishes succeeded"),
            (Err(_), Err(_)) => panic!("both publishes failed on an empty slot"),
        };
        let payload = slot
            .get()
            .expect("a publish succeeded, but get() returned None");
        assert_eq!(
            payload.words(),
            winner,
            "the slot does not hold the winner's value"
        );
    });
}

/// A publish that lost and reads at once gets `None` or the whole winning value,
/// never one the winner is still writing.
#[test]
fn loser_reading_at_once_never_sees_a_half_written_value() {
    model(|| {
        let slot = Arc::new(Slot::new());
        let other = {
            let slot = Arc::clone(&slot);
            thread::spawn(move || {
                // If this publish lost, the winner may still be writing: the
                // slot must say `None` until it has finished, never show half
                // a value.
                if slot.publish(Payload::new(40)).is_err()
                    && let Some(payload) = slot.get()
                {
                    assert_eq!(
                        payload.words(),
                        [50, 51, 52],
                        "a reader saw part of the value"
                    );
                }
            })
        };
        if slot.publish(Payload::new(50)).is_err()
            && let Some(payload) = slot.get()
        {
            assert_eq!(
                payload.words(),
                [40, 41, 42],
                "a reader saw part of the value"
            );
        }
        other.join().unwrap();
    });
}
