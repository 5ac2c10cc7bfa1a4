#![cfg(loom)]
//! Racing calls under loom, which runs the test once for every order of
//! the two threads' steps (up to the preemption bound), with
//! `compare_exchange_weak` sometimes failing spuriously as std allows.

use std::sync::Arc;

use id_allocator::IdAllocator;
use loom::thread;
use workbook_sync::model;

/// Two threads each ask for two ids when only `u32::MAX - 1` and
/// `u32::MAX` are left: between them they get both, once each, and two
/// `None`s.
#[test]
fn racing_calls_at_the_end_neither_duplicate_nor_wrap() {
    model(|| {
        let ids = Arc::new(IdAllocator::starting_at(u32::MAX - 1));
        let other = {
            let ids = Arc::clone(&ids);
            thread::spawn(move || [ids.next(), ids.next()])
        };
        let here = [ids.next(), ids.next()];
        let there = other.join().unwrap();
        let mut got: Vec<Option<u32>> = here.into_iter().chain(there).collect();
        got.sort();
        assert_eq!(
            got,
            [None, None, Some(u32::MAX - 1), Some(u32::MAX)],
            "this thread got {here:?}, the other {there:?}"
        );
    });
}
