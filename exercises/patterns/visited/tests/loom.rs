#![cfg(loom)]
//! The visited set under loom, which runs each test once for every way the
//! threads' steps can interleave (up to the preemption bound).

use std::sync::Arc;

use link_visited::Visited;
use loom::thread;
use workbook_sync::model;

/// Two threads insert the same URL at once: exactly one is told it is new.
#[test]
fn one_of_two_racing_inserts_is_new() {
    model(|| {
        let visited = Arc::new(Visited::new());
        let other = {
            let visited = Arc::clone(&visited);
            thread::spawn(move || visited.insert("https://a.test/x"))
        };
        let mine = visited.insert("https://a.test/x#top");
        let theirs = other.join().unwrap();
        assert!(
            mine != theirs,
            "both threads were told the URL was {} (mine: {mine}, theirs: {theirs})",
            if mine { "new" } else { "old" }
        );
        assert_eq!(visited.len(), 1);
    });
}

/// Two threads insert different URLs at once: both are new, and both are kept.
#[test]
fn racing_inserts_of_different_urls_are_both_kept() {
    model(|| {
        let visited = Arc::new(Visited::new());
        let other = {
            let visited = Arc::clone(&visited);
            thread::spawn(move || visited.insert("https://a.test/1"))
        };
        assert!(visited.insert("https://a.test/2"));
        assert!(other.join().unwrap());
        assert_eq!(visited.len(), 2);
        assert!(visited.contains("https://a.test/1"));
    });
}
