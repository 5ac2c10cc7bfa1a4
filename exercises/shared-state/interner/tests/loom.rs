#![cfg(loom)]
//! The interner under loom, which runs each test once for every order of
//! the two threads' steps (up to the preemption bound).
//!
//! The interner is shared with std's `Arc`, not loom's: when loom finds a
//! deadlock it unwinds the blocked threads, and dropping a loom `Arc` then
//! aborts the whole test binary instead of failing one test.

use std::ptr;
use std::sync::Arc;

use interner::Interner;
use loom::thread;
use workbook_sync::model;

/// Two threads intern the same new name at the same moment: both get the
/// same copy, and only one copy is counted.
#[test]
fn racing_interns_of_one_name_share_one_copy() {
    model(|| {
        let interner = Arc::new(Interner::new());
        let other = {
            let interner = Arc::clone(&interner);
            thread::spawn(move || interner.intern("ada"))
        };
        let here = interner.intern("ada");
        let there = other.join().unwrap();
        assert!(
            ptr::eq(here, there),
            "the two threads got different copies of \"ada\""
        );
        assert_eq!(interner.len(), 1);
    });
}

/// Two threads intern different names at the same moment: both are kept.
#[test]
fn racing_interns_of_two_names_keep_both() {
    model(|| {
        let interner = Arc::new(Interner::new());
        let other = {
            let interner = Arc::clone(&interner);
            thread::spawn(move || interner.intern("grace"))
        };
        let here = interner.intern("ada");
        let there = other.join().unwrap();
        assert_eq!(interner.len(), 2);
        assert!(ptr::eq(interner.intern("ada"), here));
        assert!(ptr::eq(interner.intern("grace"), there));
    });
}
