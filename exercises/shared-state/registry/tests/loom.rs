#![cfg(loom)]
//! The registry under loom, which runs each test once for every order of the
//! two threads' steps (up to the preemption bound), so a gap between a
//! check and the action that depends on it is found even when real threads
//! would fall into it once in a million runs.
//!
//! The registry is shared with std's `Arc`, not loom's: when loom finds a
//! deadlock it unwinds the blocked threads, and dropping a loom `Arc` then
//! aborts the whole test binary instead of failing one test.

use std::sync::Arc;

use loom::thread;
use registry::Registry;
use workbook_sync::model;

/// Two threads register the same name at once: exactly one is told it
/// did, and the value kept is that one's.
#[test]
fn racing_inserts_of_one_name_have_one_winner() {
    model(|| {
        let registry = Arc::new(Registry::new());
        let other = {
            let registry = Arc::clone(&registry);
            thread::spawn(move || registry.insert_if_absent("ada", 2))
        };
        let here = registry.insert_if_absent("ada", 1);
        let there = other.join().unwrap();
        assert!(
            here != there,
            "insert_if_absent returned {here} on both threads"
        );
        let winner = if here { 1 } else { 2 };
        assert_eq!(registry.get("ada"), Some(winner));
        assert_eq!(registry.len(), 1);
    });
}

/// Two threads register different names at once: both are kept.
#[test]
fn racing_inserts_of_two_names_keep_both() {
    model(|| {
        let registry = Arc::new(Registry::new());
        let other = {
            let registry = Arc::clone(&registry);
            thread::spawn(move || registry.insert_if_absent("grace", 2))
        };
        assert!(registry.insert_if_absent("ada", 1));
        assert!(other.join().unwrap());
        assert_eq!(registry.len(), 2);
        assert_eq!(registry.get("ada"), Some(1));
        assert_eq!(registry.get("grace"), Some(2));
    });
}

/// Two threads call `get_or_insert_with` for one new name with different
/// values: both get the same value back, and it is the one kept.
#[test]
fn racing_get_or_insert_with_agree_on_one_value() {
    model(|| {
        let registry = Arc::new(Registry::new());
        let other = {
            let registry = Arc::clone(&registry);
            thread::spawn(move || registry.get_or_insert_with("ada", || 2))
        };
        let here = registry.get_or_insert_with("ada", || 1);
        let there = other.join().unwrap();
        assert_eq!(here, there, "the two callers got different values");
        assert_eq!(registry.get("ada"), Some(here));
    });
}
