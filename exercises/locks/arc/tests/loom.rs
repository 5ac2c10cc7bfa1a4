#![cfg(loom)]
//! The handles under loom, which runs each test once for every interleaving
//! of its two threads and every value an atomic load may return, and reports
//! an access to data that is not ordered after an access on another thread.
//!
//! The shared value is a [`Payload`]: a word in loom's `UnsafeCell`, which
//! every handle's thread reads and the value's `Drop` overwrites. If the
//! thread that drops the value is not ordered after the other thread's read
//! (a Relaxed decrement, or no Acquire before the drop), loom reports a
//! causality violation, however the `Arc` keeps its count.

use loom::cell::UnsafeCell;
use loom::sync::atomic::{AtomicUsize, Ordering};
use loom::thread;

use arc::Arc;
use workbook_sync::model;

/// A word that handles read and the drop overwrites, and a drop counter.
struct Payload {
    word: UnsafeCell<u64>,
    drops: std::sync::Arc<AtomicUsize>,
}

// SAFETY: shared payloads are only read; the one write is in `drop`, which
// has the payload to itself.
unsafe impl Sync for Payload {}

impl Payload {
    fn new(drops: &std::sync::Arc<AtomicUsize>) -> Payload {
        Payload {
            word: UnsafeCell::new(7),
            drops: drops.clone(),
        }
    }

    /// Reads the word through loom's cell, so that loom checks the read.
    fn read(&self) -> u64 {
        // SAFETY: see the `Sync` impl.
        self.word.with(|word| unsafe { *word })
    }

    /// Overwrites the word: only for whoever has the payload to itself.
    fn write(&mut self, value: u64) {
        // SAFETY: `&mut self`.
        self.word.with_mut(|word| unsafe { *word = value });
    }
}

impl Drop for Payload {
    fn drop(&mut self) {
        self.write(0);
        self.drops.fetch_add(1, Ordering::Relaxed);
    }
}

/// Both threads read the value and drop their handle; whichever drops last
/// drops the value, after the other thread's read (Release when a handle
/// drops, Acquire before the value does), and only once.
#[test]
fn last_handle_drops_the_value_after_every_use() {
    model(|| {
        let drops = std::sync::Arc::new(AtomicUsize::new(0));
        let mine = Arc::new(Payload::new(&drops));
        let theirs = mine.clone();
        let other = thread::spawn(move || {
            assert_eq!(theirs.read(), 7);
            drop(theirs);
        });
        assert_eq!(mine.read(), 7);
        drop(mine);
        other.join().unwrap();
        assert_eq!(
            drops.load(Ordering::Relaxed),
            1,
            "the value was not dropped exactly once"
        );
    });
}

/// `get_mut` succeeds only after the other thread's handle is gone, and its
/// `&mut` is ordered after that thread's read: the owner waits for it and
/// then writes.
#[test]
fn get_mut_comes_after_the_other_handles_uses() {
    model(|| {
        let drops = std::sync::Arc::new(AtomicUsize::new(0));
        let mut mine = Arc::new(Payload::new(&drops));
        let theirs = mine.clone();
        let other = thread::spawn(move || {
            assert_eq!(theirs.read(), 7);
            drop(theirs);
        });
        loop {
            if let Some(payload) = Arc::get_mut(&mut mine) {
                payload.write(8);
                break;
            }
            thread::yield_now();
        }
        assert_eq!(mine.read(), 8);
        other.join().unwrap();
        drop(mine);
        assert_eq!(drops.load(Ordering::Relaxed), 1);
    });
}

/// Two threads clone and drop handles at the same time: no update to the
/// count is lost, so it ends at one and the value is dropped once, at the end.
#[test]
fn concurrent_clones_and_drops_keep_the_count() {
    model(|| {
        let drops = std::sync::Arc::new(AtomicUsize::new(0));
        let mine = Arc::new(Payload::new(&drops));
        let theirs = mine.clone();
        let other = thread::spawn(move || {
            let again = theirs.clone();
            drop(theirs);
            assert_eq!(again.read(), 7);
        });
        let extra = mine.clone();
        drop(extra);
        other.join().unwrap();
        assert_eq!(
            Arc::strong_count(&mine),
            1,
            "an update of the count was lost"
        );
        assert_eq!(
            drops.load(Ordering::Relaxed),
            0,
            "the value was dropped too early"
        );
        drop(mine);
        assert_eq!(drops.load(Ordering::Relaxed), 1);
    });
}
