#![cfg(not(loom))]
//! What `map_chunks`, `parallel_sum` and `parallel_min_max` do, on real threads.

use std::panic;
use std::sync::{Arc, Barrier};
use std::thread;

use split_and_join::{map_chunks, parallel_min_max, parallel_sum};

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

#[test]
fn a_multiple_of_threads_gives_equal_chunks() {
    let lengths = map_chunks((0..12).collect::<Vec<u8>>(), 4, |chunk| chunk.len());
    assert_eq!(lengths, [3, 3, 3, 3]);
}

#[test]
fn no_items_gives_no_results() {
    let results = map_chunks(Vec::<i32>::new(), 3, |chunk| chunk.len());
    assert!(results.is_empty(), "got results for no items: {results:?}");
}

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

#[test]
fn zero_threads_panics() {
    // A valid call first, so that a function that always panics fails here.
    assert_eq!(map_chunks(vec![1, 2, 3], 1, |chunk| chunk.len()), [3]);
    let result = panic::catch_unwind(|| map_chunks(vec![1, 2, 3], 0, |chunk| chunk.len()));
    assert!(result.is_err(), "map_chunks on 0 threads did not panic");
}

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

#[test]
fn parallel_sum_adds_every_number() {
    let numbers: Vec<u64> = (1..=1000).collect();
    for threads in [1, 2, 3, 4, 7] {
        assert_eq!(
            parallel_sum(numbers.clone(), threads),
            500_500,
            "wrong sum on {threads} threads"
        );
    }
}

#[test]
fn parallel_sum_with_more_threads_than_numbers() {
    assert_eq!(parallel_sum(vec![5, 6], 8), 11);
}

#[test]
fn parallel_sum_of_nothing_is_zero() {
    assert_eq!(parallel_sum(Vec::new(), 4), 0);
}

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
}

#[test]
fn parallel_min_max_of_one_number() {
    assert_eq!(parallel_min_max(vec![-7], 3), Some((-7, -7)));
}

#[test]
fn parallel_min_max_of_nothing_is_none() {
    assert_eq!(parallel_min_max(Vec::new(), 2), None);
}
