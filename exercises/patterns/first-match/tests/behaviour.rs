#![cfg(not(loom))]
//! The search on real threads, against `position`, with deadlines.

use std::thread;
use std::time::{Duration, Instant};

use first_match::{Best, first_match};

const DEADLINE: Duration = Duration::from_secs(3);

/// The numbers below `len` in a scrambled order: each occurs exactly once.
fn scrambled(len: u64) -> Vec<u64> {
    (0..len).map(|i| (i * 7_919) % len).collect()
}

/// The answer is `position`'s, for many inputs and thread counts.
#[test]
fn finds_what_position_finds() {
    let items = scrambled(20_000);
    for threads in [1, 2, 3, 8] {
        for target in [0u64, 17, 9_999, 19_999, 20_000] {
            let expected = items.iter().position(|&n| n == target);
            assert_eq!(
                first_match(&items, threads, |&n| n == target),
                expected,
                "looking for {target} with {threads} threads"
            );
        }
    }
}

/// Of several matches the lowest wins, every run: whether the lower match
/// is found first or last.
#[test]
fn the_lowest_match_wins() {
    let mut items = vec![0u32; 4_000];
    items[3_500] = 1;
    items[3_001] = 1;
    items[1_900] = 1;
    for slow in [1_900, 3_001] {
        // The match at `slow` takes 30 ms to recognise, so the other one is
        // found well before it.
        let found = first_match(&items, 4, |n| {
            if *n == 1 && std::ptr::eq(n, &items[slow]) {
                thread::sleep(Duration::from_millis(30));
            }
            *n == 1
        });
        assert_eq!(found, Some(1_900), "with the match at {slow} found last");
    }
}

/// No match, an empty slice, more threads than items.
#[test]
fn edge_cases() {
    assert_eq!(first_match(&[1, 2, 3], 2, |&n| n > 5), None);
    assert_eq!(first_match(&[] as &[u8], 4, |_| true), None);
    assert_eq!(first_match(&[5, 6], 8, |&n| n == 6), Some(1));
    assert_eq!(first_match(&[5], 1, |&n| n == 5), Some(0));
}

/// A match near the start ends the search early: every non-matching item
/// takes 20 ms, and checking them all would take five seconds.
#[test]
fn an_early_match_cancels_the_rest() {
    let items: Vec<u32> = (0..1_000).collect();
    let start = Instant::now();
    let found = thread::scope(|s| {
        let search = s.spawn(|| {
            first_match(&items, 4, |&n| {
                if n == 3 {
                    true
                } else {
                    thread::sleep(Duration::from_millis(20));
                    false
                }
            })
        });
        while !search.is_finished() {
            assert!(
                start.elapsed() < DEADLINE,
                "the search went on after the match at 3 was found"
            );
            thread::sleep(Duration::from_millis(2));
        }
        search.join().unwrap()
    });
    assert_eq!(found, Some(3));
}

/// `Best` on one thread: the lowest offer is kept.
#[test]
fn best_keeps_the_lowest() {
    let best = Best::new();
    assert_eq!(best.get(), None);
    assert!(!best.beaten(0));
    best.offer(40);
    best.offer(70);
    assert_eq!(best.get(), Some(40));
    best.offer(12);
    assert_eq!(best.get(), Some(12));
    assert!(best.beaten(12));
    assert!(best.beaten(13));
    assert!(!best.beaten(11));
}
