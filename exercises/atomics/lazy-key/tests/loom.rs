#![cfg(loom)]
//! Racing threads under loom, which runs each test once for every order of
//! the two threads' steps (up to the preemption bound).

use std::num::NonZeroU64;
use std::sync::Arc;

use lazy_key::LazyKey;
use loom::thread;
use workbook_sync::model;

fn key(n: u64) -> NonZeroU64 {
    NonZeroU64::new(n).unwrap()
}

/// Two threads call `get_or_init` at once, each choosing its own key: both
/// get the same key back, and it is the one kept.
#[test]
fn racing_get_or_init_calls_agree_on_one_key() {
    model(|| {
        let lazy = Arc::new(LazyKey::new());
        let other = {
            let lazy = Arc::clone(&lazy);
            thread::spawn(move || lazy.get_or_init(|| key(2)))
        };
        let here = lazy.get_or_init(|| key(1));
        let there = other.join().unwrap();
        assert_eq!(here, there, "the two threads got different keys");
        assert_eq!(lazy.get(), Some(here));
    });
}

/// Two threads call `set` at once: exactly one succeeds, and the other is
/// told the winner's key.
#[test]
fn racing_sets_have_one_winner() {
    model(|| {
        let lazy = Arc::new(LazyKey::new());
        let other = {
            let lazy = Arc::clone(&lazy);
            thread::spawn(move || lazy.set(key(2)))
        };
        let here = lazy.set(key(1));
        let there = other.join().unwrap();
        match (here, there) {
            (Ok(()), Err(winner)) => assert_eq!(winner, key(1)),
            (Err(winner), Ok(())) => assert_eq!(winner, key(2)),
            _ => panic!("set returned {here:?} and {there:?}: exactly one must win"),
        }
        let kept = if here.is_ok() { key(1) } else { key(2) };
        assert_eq!(lazy.get(), Some(kept));
    });
}
