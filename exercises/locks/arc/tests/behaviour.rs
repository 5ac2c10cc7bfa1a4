#![cfg(not(loom))]
//! What the handles do on real threads. Whether the thread that drops the
//! value sees what the other handles did with it depends on the memory
//! orderings, which tests/loom.rs checks over every interleaving.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;

use arc::Arc;

/// A value that counts its drops.
struct Counted<'a>(&'a AtomicUsize);

impl Drop for Counted<'_> {
    fn drop(&mut self) {
        self.0.fetch_add(1, Ordering::Relaxed);
    }
}

/// Clones point at the same value, and the count follows clones and drops.
#[test]
fn clones_share_one_value() {
    let first = Arc::new(String::from("shared"));
    assert_eq!(Arc::strong_count(&first), 1);
    let second = first.clone();
    let third = Arc::clone(&second);
    assert_eq!(Arc::strong_count(&first), 3);
    assert!(
        std::ptr::eq(&*first, &*third),
        "a clone points at a copy of the value, not at the same value"
    );
    assert_eq!(*second, "shared");
    drop(second);
    assert_eq!(Arc::strong_count(&first), 2);
    drop(third);
    assert_eq!(Arc::strong_count(&first), 1);
}

/// The value is dropped once, when the last handle goes, not before.
#[test]
fn value_is_dropped_once_by_the_last_handle() {
    let drops = AtomicUsize::new(0);
    let first = Arc::new(Counted(&drops));
    let second = first.clone();
    drop(first);
    assert_eq!(
        drops.load(Ordering::Relaxed),
        0,
        "the value was dropped while a handle was left"
    );
    drop(second);
    assert_eq!(
        drops.load(Ordering::Relaxed),
        1,
        "the last handle did not drop the value exactly once"
    );
}

/// Handles dropped on other threads count too: the value is dropped once.
#[test]
fn handles_on_other_threads_drop_the_value_once() {
    let drops = AtomicUsize::new(0);
    let mine = Arc::new(Counted(&drops));
    thread::scope(|s| {
        for _ in 0..4 {
            let theirs = mine.clone();
            s.spawn(move || drop(theirs));
        }
    });
    assert_eq!(Arc::strong_count(&mine), 1);
    assert_eq!(drops.load(Ordering::Relaxed), 0);
    drop(mine);
    assert_eq!(drops.load(Ordering::Relaxed), 1);
}

/// `get_mut` gives access only to the only handle.
#[test]
fn get_mut_only_for_the_only_handle() {
    let mut first = Arc::new(vec![1]);
    Arc::get_mut(&mut first)
        .expect("get_mut refused the only handle")
        .push(2);
    let second = first.clone();
    assert!(
        Arc::get_mut(&mut first).is_none(),
        "get_mut gave &mut while another handle could read"
    );
    assert_eq!(*second, [1, 2]);
    drop(second);
    Arc::get_mut(&mut first)
        .expect("get_mut refused the only handle left")
        .push(3);
    assert_eq!(*first, [1, 2, 3]);
}
