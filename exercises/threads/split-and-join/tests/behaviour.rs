#![cfg(not(loom))]
//! What `map_chunks`, `parallel_sum` and `parallel_min_max` do, on real threads.

use std::panic;
use std::sync::{Arc, Barrier};
use std::thread;

use split_and_join::{map_chunks, parallel_min_max, parallel_sum};

/// The chunks, put back together in the order of the results, are the input:
/// every item once, in order.
#[test]
fn chunks_come_back_in_order_and_cover_every_item() {
    for len in 0..20 {
        for threads in 1..6 {
            let items: Vec<usize> = (0..len).collect();
            let chunks = map_chunks(items.clone(), threads, |chunk| chunk);
            let joined: Vec<usize> = chunks.concat();
            assert_eq!(
                joined, items,
                "{len} items on {threads} threads: the chunks, put back together, differ from the input"
            );
        }
    }
}

/// There are never more chunks than `threads`, and no chunk is empty, for even
/// and uneven lengths.
#[test]
fn there_are_at_most_threads_chunks_and_none_is_empty() {
    for len in 0..20 {
        for threads in 1..6 {
            let chunks = map_chunks((0..len).collect::<Vec<u32>>(), threads, |chunk| chunk);
            assert!(
                chunks.len() <= threads,
                "{len} items on {threads} threads gave {} chunks",
                chunks.len()
            );
            assert!(
                chunks.iter().all(|chunk| !chunk.is_empty()),
                "{len} items on {threads} threads gave an empty chunk: {chunks:?}"
            );
        }
    }
}

/// A length that is a multiple of `threads` gives exactly `threads` chunks of
/// equal length.
#[test]
fn a_multiple_of_threads_gives_equal_chunks() {
    let lengths = map_chunks((0..12).collect::<Vec<u8>>(), 4, |chunk| chunk.len());
    assert_eq!(lengths, [3, 3, 3, 3]);
}

/// No items start no thread and give no results.
#[test]
fn no_items_gives_no_results() {
    let results = map_chunks(Vec::<i32>::new(), 3, |chunk| chunk.len());
    assert!(results.is_empty(), "got results for no items: {results:?}");
}

/// Each chunk runs on a spawned thread of its own, never on the caller's.
#[test]
fn each_chunk_runs_on_a_spawned_thread_of_its_own() {
    let caller = thread::current().id();
    let ids = map_chunks((0..8).collect::<Vec<i32>>(), 4, |_chunk| {
        thread::current().id()
    });
    assert_eq!(ids.len(), 4);
    assert!(
        ids.iter().all(|&id| id != caller),
        "a chunk ran on the calling thread"
    );
    for (i, id) in ids.iter().enumerate() {
        assert!(!ids[..i].contains(id), "two chunks ran on the same thread");
    }
}

/// All the chunks run at the same time: every thread is started before any is
/// joined.
#[test]
fn all_chunks_run_at_the_same_time() {
    // Each chunk waits until all four have started. If the threads were
    // joined one by one as they were spawned, the first would wait forever.
    let barrier = Arc::new(Barrier::new(4));
    let sums = map_chunks((1..=8).collect::<Vec<u32>>(), 4, move |chunk| {
        barrier.wait();
        chunk.iter().sum::<u32>()
    });
    assert_eq!(sums, [3, 7, 11, 15]);
}

/// `map_chunks` on 0 threads panics, as documented.
#[test]
fn zero_threads_panics() {
    // A valid call first, so that a function that always panics fails here.
    assert_eq!(map_chunks(vec![1, 2, 3], 1, |chunk| chunk.len()), [3]);
    let result = panic::catch_unwind(|| map_chunks(vec![1, 2, 3], 0, |chunk| chunk.len()));
    assert!(result.is_err(), "map_chunks on 0 threads did not panic");
}

/// A panic in `work` on one of the threads reaches the caller.
#[test]
fn a_panic_in_work_reaches_the_caller() {
    let refuse_three = |chunk: Vec<i32>| {
        assert!(!chunk.contains(&3), "the work refuses the number 3");
        chunk.len()
    };
    assert_eq!(map_chunks(vec![1, 2, 4, 5], 2, refuse_three), [2, 2]);
    let result = panic::catch_unwind(|| map_chunks((0..6).collect(), 3, refuse_three));
    assert!(
        result.is_err(),
        "a thread's work panicked, but map_chunks returned normally"
    );
}

/// `parallel_sum` adds up every number, for thread counts that divide the
/// length, that do not, and that exceed it.
#[test]
fn parallel_sum_adds_every_number() {
    let numbers: Vec<u64> = (1..=1000).collect();
    // 1000 is not a multiple of 3 or 7, and 2000 threads are more than
    // there are numbers.
    for threads in [1, 2, 3, 4, 7, 2000] {
        assert_eq!(
            parallel_sum(numbers.clone(), threads),
            500_500,
            "wrong sum on {threads} threads"
        );
    }
    assert_eq!(parallel_sum(vec![5, 6], 8), 11);
}

/// The sum of no numbers is 0.
#[test]
fn parallel_sum_of_nothing_is_zero() {
    assert_eq!(parallel_sum(Vec::new(), 4), 0);
}

/// `parallel_min_max` finds the smallest and largest of scrambled numbers, and
/// of a single one.
#[test]
fn parallel_min_max_finds_the_extremes() {
    // A scrambled list with its smallest and largest far from the ends.
    let numbers: Vec<i64> = (0..100).map(|i| (i * 37 % 101) - 50).collect();
    let expected = (
        *numbers.iter().min().unwrap(),
        *numbers.iter().max().unwrap(),
    );
    for threads in [1, 2, 3, 5, 100, 200] {
        assert_eq!(
            parallel_min_max(numbers.clone(), threads),
            Some(expected),
            "wrong extremes on {threads} threads"
        );
    }
    assert_eq!(parallel_min_max(vec![-7], 3), Some((-7, -7)));
}

/// No numbers have no extremes: `None`.
#[test]
fn parallel_min_max_of_nothing_is_none() {
    assert_eq!(parallel_min_max(Vec::new(), 2), None);
}
