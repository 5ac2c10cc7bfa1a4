#![cfg(loom)]
//! `Best` under loom: every interleaving of two racing offers.

use std::sync::Arc;

use first_match::Best;
use loom::thread;
use workbook_sync::model;

/// Two threads offer at once; the lower index is kept whichever goes first.
#[test]
fn racing_offers_keep_the_lower() {
    model(|| {
        let best = Arc::new(Best::new());
        let other = {
            let best = Arc::clone(&best);
            thread::spawn(move || best.offer(900))
        };
        best.offer(10);
        other.join().unwrap();
        assert_eq!(best.get(), Some(10), "the lower offer was lost");
    });
}

/// Once a thread has offered an index and been joined, every index at or
/// above it is beaten.
#[test]
fn a_joined_offer_beats_what_is_above_it() {
    model(|| {
        let best = Arc::new(Best::new());
        let other = {
            let best = Arc::clone(&best);
            thread::spawn(move || best.offer(5))
        };
        best.offer(8);
        other.join().unwrap();
        assert!(best.beaten(5) && best.beaten(6) && !best.beaten(4));
    });
}
