#![cfg(not(loom))]
//! What the key does, one call at a time. (Loom checks racing threads in
//! `tests/loom.rs`.)

use std::cell::Cell;
use std::num::NonZeroU64;

use lazy_key::LazyKey;

fn key(n: u64) -> NonZeroU64 {
    NonZeroU64::new(n).unwrap()
}

/// No key at first; `set` keeps the first key and refuses the second,
/// naming the first.
#[test]
fn set_keeps_the_first_key() {
    let lazy = LazyKey::new();
    assert_eq!(lazy.get(), None);
    assert_eq!(lazy.set(key(7)), Ok(()));
    assert_eq!(lazy.get(), Some(key(7)));
    assert_eq!(lazy.set(key(9)), Err(key(7)));
    assert_eq!(lazy.get(), Some(key(7)));
}

/// `get_or_init` chooses a key when there is none, and from then on returns
/// it without calling `choose`.
#[test]
fn get_or_init_chooses_only_once() {
    let lazy = LazyKey::new();
    let calls = Cell::new(0);
    let choose = |n| {
        calls.set(calls.get() + 1);
        key(n)
    };
    assert_eq!(lazy.get_or_init(|| choose(41)), key(41));
    assert_eq!(lazy.get_or_init(|| choose(42)), key(41));
    assert_eq!(calls.get(), 1, "choose was called although a key was kept");
    assert_eq!(lazy.get(), Some(key(41)));
    assert_eq!(lazy.set(key(43)), Err(key(41)));
}

/// A key set with `set` is the one `get_or_init` returns, and `choose` is
/// not called.
#[test]
fn get_or_init_returns_a_key_that_was_set() {
    let lazy = LazyKey::new();
    lazy.set(key(u64::MAX)).unwrap();
    let got = lazy.get_or_init(|| panic!("choose called although a key was set"));
    assert_eq!(got, key(u64::MAX));
}
