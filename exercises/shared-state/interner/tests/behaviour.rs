#![cfg(not(loom))]
//! What the interner does, with real threads. (Loom checks two threads
//! interning at the same moment in `tests/loom.rs`.)
//!
//! The program-wide interner is shared by every test of this file, which
//! may run at the same time, so each test interns names no other test uses.

use std::ptr;
use std::sync::Barrier;
use std::thread;

use interner::{Interner, intern};

/// Equal strings give the same address; different strings do not; the
/// count is of distinct strings.
#[test]
fn equal_strings_share_one_copy() {
    let interner = Interner::new();
    assert!(interner.is_empty());
    let first = interner.intern("ada");
    let typed = String::from("ad") + "a";
    let second = interner.intern(&typed);
    assert_eq!(first, "ada");
    assert!(
        ptr::eq(first, second),
        "two interns of \"ada\" gave different copies"
    );
    let other = interner.intern("grace");
    assert_eq!(other, "grace");
    assert!(!ptr::eq(first, other));
    assert_eq!(interner.intern("grace"), "grace");
    assert_eq!(interner.len(), 2);
    assert!(!interner.is_empty());
}

/// The free function `intern` uses one interner for the whole program:
/// threads that intern the same name get the same address.
#[test]
fn program_wide_intern_is_shared_by_every_thread() {
    let start = Barrier::new(4);
    let seen: Vec<&'static str> = thread::scope(|s| {
        let handles: Vec<_> = (0..4)
            .map(|_| {
                s.spawn(|| {
                    start.wait();
                    intern("program-wide-name")
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    let here = intern("program-wide-name");
    for other in seen {
        assert!(
            ptr::eq(here, other),
            "two threads got different copies of one name from intern()"
        );
    }
    assert!(!ptr::eq(here, intern("another-program-wide-name")));
}
