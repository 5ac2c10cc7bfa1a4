#![cfg(not(loom))]
//! The cell on one thread. Two threads racing to initialise it are checked
//! in tests/loom.rs, over every interleaving.

use std::cell::Cell;
use std::sync::atomic::{AtomicUsize, Ordering};

use init_once::InitOnce;

/// The first `get_or_init` runs its closure; later ones return the same
/// value without running theirs.
#[test]
fn the_first_initialiser_wins() {
    let calls = Cell::new(0);
    let cell = InitOnce::new();
    assert_eq!(
        cell.get(),
        None,
        "get found a value before any initialisation"
    );
    let first = cell.get_or_init(|| {
        calls.set(calls.get() + 1);
        String::from("first")
    });
    assert_eq!(first, "first");
    let again = cell.get_or_init(|| {
        calls.set(calls.get() + 1);
        String::from("second")
    });
    assert_eq!(again, "first", "a later get_or_init replaced the value");
    assert_eq!(calls.get(), 1, "a closure ran although the value was ready");
    assert!(
        std::ptr::eq(first, again),
        "get_or_init returned two different values"
    );
    assert_eq!(cell.get().map(String::as_str), Some("first"));
}

/// A value that counts its drops.
struct Counted<'a>(&'a AtomicUsize);

impl Drop for Counted<'_> {
    fn drop(&mut self) {
        self.0.fetch_add(1, Ordering::Relaxed);
    }
}

/// Dropping the cell drops its value once; an empty cell drops nothing.
#[test]
fn the_value_is_dropped_once_with_the_cell() {
    let drops = AtomicUsize::new(0);
    drop(InitOnce::<Counted>::new());
    assert_eq!(drops.load(Ordering::Relaxed), 0);
    let cell = InitOnce::new();
    cell.get_or_init(|| Counted(&drops));
    cell.get_or_init(|| Counted(&drops));
    assert_eq!(
        drops.load(Ordering::Relaxed),
        0,
        "a value was dropped while the cell holds it"
    );
    drop(cell);
    assert_eq!(
        drops.load(Ordering::Relaxed),
        1,
        "the cell did not drop its value exactly once"
    );
}
