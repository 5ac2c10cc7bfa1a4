#![cfg(loom)]
//! The slots under loom, which runs each test once for every interleaving
//! of a worker and a collector and every value each `Relaxed` load may
//! return. The results are [`Payload`]s written by the worker, so a
//! collector whose reads are not ordered after the worker's writes is
//! reported, however the slots keep their values.

use loom::cell::UnsafeCell;
use loom::sync::Arc;
use loom::thread;

use finished_results::Results;
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

/// A worker finishes two slots while the collector collects: every result
/// collected is whole, and after the worker is joined both are there.
#[test]
fn collected_results_are_whole() {
    model(|| {
        let results = Arc::new(Results::new(2));
        let worker = Arc::clone(&results);
        let working = thread::spawn(move || {
            worker.finish(1, Payload::new(10));
            worker.finish(0, Payload::new(20));
        });
        // Let the worker run first in some executions, so that loom tries
        // every value the loads in `collect_ready` may return.
        thread::yield_now();
        for (index, payload) in results.collect_ready() {
            let expected = if index == 1 { [10, 11] } else { [20, 21] };
            assert_eq!(payload.words(), expected, "a collected result was torn");
        }
        working.join().unwrap();
        let all: Vec<(usize, Vec<u64>)> = results
            .collect_ready()
            .into_iter()
            .map(|(i, p)| (i, p.words()))
            .collect();
        assert_eq!(all, [(0, vec![20, 21]), (1, vec![10, 11])]);
    });
}
