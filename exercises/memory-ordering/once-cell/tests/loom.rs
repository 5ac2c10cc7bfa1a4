#![cfg(loom)]
//! The cell under loom, which runs each test once for every interleaving of
//! its two threads and every value an atomic load may return. The values
//! are [`Payload`]s whose words live in loom's `UnsafeCell` and are written
//! by the initialising thread, so a reader not ordered after the
//! initialisation is reported, however the cell keeps its value. A thread
//! that waits for another's initialisation spins; `workbook_sync`'s atomics
//! let loom explore that to the end.

use std::sync::Arc as StdArc;
use std::sync::atomic::{AtomicUsize, Ordering};

use loom::cell::UnsafeCell;
use loom::sync::Arc;
use loom::thread;

use init_once::InitOnce;
use workbook_sync::model;

/// A value several words long whose words loom watches.
struct Payload {
    words: UnsafeCell<Vec<u64>>,
}

// SAFETY: written only while it is being made, by one thread; then read.
unsafe impl Sync for Payload {}

impl Payload {
    fn new(first: u64) -> Payload {
        let payload = Payload {
            words: UnsafeCell::new(Vec::new()),
        };
        for word in first..first + 2 {
            // SAFETY: nobody else has seen the payload yet.
            payload
                .words
                .with_mut(|words| unsafe { (*words).push(word) });
        }
        payload
    }

    fn words(&self) -> Vec<u64> {
        // SAFETY: see the `Sync` impl.
        self.words.with(|words| unsafe { (*words).clone() })
    }
}

/// Two threads call `get_or_init` at once: one closure runs, and both
/// threads get all of its value.
#[test]
fn racing_initialisers_share_one_value() {
    model(|| {
        let calls = StdArc::new(AtomicUsize::new(0));
        let cell = Arc::new(InitOnce::new());
        let init = |first: u64, calls: &AtomicUsize| {
            calls.fetch_add(1, Ordering::Relaxed);
            Payload::new(first)
        };
        let (other, other_calls) = (Arc::clone(&cell), StdArc::clone(&calls));
        let racing = thread::spawn(move || other.get_or_init(|| init(20, &other_calls)).words());
        let mine = cell.get_or_init(|| init(10, &calls)).words();
        let theirs = racing.join().unwrap();
        assert_eq!(
            calls.load(Ordering::Relaxed),
            1,
            "the initialising closure ran more than once"
        );
        assert_eq!(mine, theirs, "the two threads got different values");
        assert!(
            mine == [10, 11] || mine == [20, 21],
            "a thread saw part of the value: {mine:?}"
        );
    });
}

/// `get` while another thread initialises: nothing, or all of the value.
#[test]
fn get_sees_nothing_or_the_whole_value() {
    model(|| {
        let cell = Arc::new(InitOnce::new());
        let other = Arc::clone(&cell);
        let initialising = thread::spawn(move || {
            other.get_or_init(|| Payload::new(30));
        });
        // Let the other thread run first in some executions: loom then also
        // tries every value the load in `get` may return.
        thread::yield_now();
        if let Some(payload) = cell.get() {
            assert_eq!(payload.words(), [30, 31], "get saw part of the value");
        }
        initialising.join().unwrap();
        assert_eq!(cell.get().map(Payload::words), Some(vec![30, 31]));
    });
}
