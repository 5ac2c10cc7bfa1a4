#![cfg(not(loom))]
//! What the registry does, one call at a time. (Loom checks what happens
//! when threads race, in `tests/loom.rs`.)
//!
//! Each test runs on a thread of its own with a deadline: a method that
//! locks the registry while it already holds the lock waits for itself for
//! ever, and the test fails with a message instead of hanging.

use std::cell::Cell;
use std::sync::mpsc::{self, RecvTimeoutError};
use std::thread;
use std::time::Duration;

use registry::Registry;

/// How long one test's calls may take, however busy the machine.
const DEADLINE: Duration = Duration::from_secs(5);

/// Runs `test` on a new thread and waits for it, or panics if it is still
/// running after the deadline.
fn within_deadline(test: impl FnOnce() + Send + 'static) {
    let (tx, rx) = mpsc::channel();
    thread::spawn(move || {
        test();
        let _ = tx.send(());
    });
    match rx.recv_timeout(DEADLINE) {
        Ok(()) => {}
        Err(RecvTimeoutError::Timeout) => panic!(
            "still running after {DEADLINE:?}: a thread is waiting for a lock it holds itself"
        ),
        Err(RecvTimeoutError::Disconnected) => panic!("the test's thread panicked (see above)"),
    }
}

/// The first `insert_if_absent` of a name returns `true` and the value is
/// kept; a second returns `false` and does not replace it. `get` finds
/// registered names only.
#[test]
fn insert_if_absent_keeps_the_first_value() {
    within_deadline(|| {
        let registry = Registry::new();
        assert_eq!(registry.len(), 0);
        assert!(registry.is_empty());
        assert_eq!(registry.get("ada"), None);
        assert!(registry.insert_if_absent("ada", 1));
        assert!(!registry.is_empty());
        assert!(
            !registry.insert_if_absent("ada", 2),
            "a second insert of ada returned true"
        );
        assert_eq!(
            registry.get("ada"),
            Some(1),
            "the second insert replaced the value"
        );
        assert_eq!(registry.get("ad"), None);
        assert!(registry.insert_if_absent("grace", 3));
        assert_eq!(registry.get("grace"), Some(3));
        assert_eq!(registry.len(), 2);
    });
}

/// `get_or_insert_with` calls `make` once for a new name and keeps its
/// value, and does not call it at all for a registered name.
#[test]
fn get_or_insert_with_makes_only_for_a_new_name() {
    within_deadline(|| {
        let registry = Registry::new();
        let calls = Cell::new(0);
        let make = |value| {
            calls.set(calls.get() + 1);
            value
        };
        assert_eq!(registry.get_or_insert_with("ada", || make(1)), 1);
        assert_eq!(calls.get(), 1);
        assert_eq!(registry.get_or_insert_with("ada", || make(2)), 1);
        assert_eq!(
            calls.get(),
            1,
            "make was called for a name already registered"
        );
        assert_eq!(registry.get("ada"), Some(1));
        assert_eq!(registry.len(), 1);
    });
}

/// The closure given to `get_or_insert_with` may look up and register
/// other names: it runs while the registry is not locked.
#[test]
fn make_may_use_the_registry() {
    within_deadline(|| {
        let registry = Registry::new();
        registry.insert_if_absent("base", 10);
        let value = registry.get_or_insert_with("derived", || {
            let base = registry.get("base").unwrap();
            registry.insert_if_absent("seen-by-make", base);
            base + 1
        });
        assert_eq!(value, 11);
        assert_eq!(registry.get("derived"), Some(11));
        assert_eq!(registry.get("seen-by-make"), Some(10));
        assert_eq!(registry.len(), 3);
    });
}
