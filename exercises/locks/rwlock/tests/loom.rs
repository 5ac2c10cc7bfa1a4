#![cfg(loom)]
//! The lock under loom, which runs each test once for every interleaving of
//! its two threads and every value an atomic load may return, and reports
//! two accesses to the value that nothing orders.
//!
//! The protected values are loom `Cell`s, which loom checks whatever the
//! lock keeps its value in. Tests that call `read` or `write` let one thread
//! wait while the other holds the lock; `workbook_sync`'s atomics tell loom
//! when a thread only spins, so every correct waiting loop is explored to
//! the end.

use loom::cell::Cell;
use loom::sync::Arc;
use loom::thread;

use rwlock::RwLock;
use workbook_sync::model;

/// A writer changes two cells together; a reader on the other thread sees
/// both old or both new, never one of each, and never at the same time as
/// the writer writes.
#[test]
fn reader_waits_for_the_writer() {
    model(|| {
        let lock = Arc::new(RwLock::new((Cell::new(0u32), Cell::new(0u32))));
        let writer = Arc::clone(&lock);
        let writing = thread::spawn(move || {
            let guard = writer.write();
            guard.0.set(1);
            guard.1.set(1);
        });
        let (a, b) = {
            let guard = lock.read();
            (guard.0.get(), guard.1.get())
        };
        assert_eq!(a, b, "a reader saw half of a writer's update");
        writing.join().unwrap();
    });
}

/// A reader and a writer the other way round: the writer waits until the
/// reader is done, and its write is ordered after the read.
#[test]
fn writer_waits_for_the_reader() {
    model(|| {
        let lock = Arc::new(RwLock::new(Cell::new(5u32)));
        let reader = Arc::clone(&lock);
        let reading = thread::spawn(move || reader.read().get());
        lock.write().set(6);
        let seen = reading.join().unwrap();
        assert!(seen == 5 || seen == 6, "the reader saw {seen}");
        assert_eq!(lock.read().get(), 6);
    });
}

/// Two readers at the same time both get in with `try_read`: another
/// reader arriving is no reason to fail.
#[test]
fn concurrent_try_reads_both_succeed() {
    model(|| {
        let lock = Arc::new(RwLock::new(Cell::new(1u32)));
        let other = Arc::clone(&lock);
        let reading = thread::spawn(move || other.try_read().map(|guard| guard.get()));
        let mine = lock.try_read().map(|guard| guard.get());
        let theirs = reading.join().unwrap();
        assert_eq!(
            mine,
            Some(1),
            "try_read failed although no writer held the lock"
        );
        assert_eq!(
            theirs,
            Some(1),
            "try_read failed although no writer held the lock"
        );
    });
}

/// Two writers that each add one: they never overlap and no increment is
/// lost.
#[test]
fn writers_take_turns() {
    model(|| {
        let lock = Arc::new(RwLock::new(Cell::new(0u32)));
        let other = Arc::clone(&lock);
        let adding = thread::spawn(move || {
            let guard = other.write();
            guard.set(guard.get() + 1);
        });
        {
            let guard = lock.write();
            guard.set(guard.get() + 1);
        }
        adding.join().unwrap();
        assert_eq!(
            lock.read().get(),
            2,
            "an increment made under the lock was lost"
        );
    });
}
