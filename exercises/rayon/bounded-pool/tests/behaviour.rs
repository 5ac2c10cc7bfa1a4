#![cfg(not(loom))]
//! Which threads ran the closures given to the pool. Every test first sizes
//! rayon's *global* pool at 7 threads, a number no pool in these tests has,
//! so work that escapes to the global pool is told apart from work in the
//! learner's pool whatever the machine's CPU count.

use std::collections::HashSet;
use std::sync::Mutex;
use std::thread::{self, ThreadId};

use rayon::prelude::*;
use rayon_bounded_pool::Pool;

const GLOBAL_THREADS: usize = 7;

fn size_global_pool() {
    // Fails harmlessly if an earlier test in this process already did it.
    let _ = rayon::ThreadPoolBuilder::new()
        .num_threads(GLOBAL_THREADS)
        .build_global();
    assert_eq!(rayon::current_num_threads(), GLOBAL_THREADS);
}

/// Where one call of a closure ran.
fn note(seen: &Mutex<HashSet<ThreadId>>, bound: usize) {
    seen.lock().unwrap().insert(thread::current().id());
    let index = rayon::current_thread_index();
    assert!(
        index.is_some_and(|i| i < bound),
        "a closure ran on thread {index:?}, which is not one of the pool's {bound}"
    );
    assert_eq!(
        rayon::current_num_threads(),
        bound,
        "a closure ran in a pool of another size"
    );
}

/// `map` gives what a sequential map gives, in order.
#[test]
fn map_matches_sequential_map() {
    size_global_pool();
    let pool = Pool::new(3).unwrap();
    let items: Vec<u64> = (0..10_000).collect();
    let squares = pool.map(&items, |n| n * n);
    let expected: Vec<u64> = items.iter().map(|n| n * n).collect();
    assert_eq!(squares, expected);
    assert!(pool.map(&[] as &[u64], |n| n + 1).is_empty());
}

/// Every call of `f` runs on one of the pool's threads, and no more than
/// `k` different threads ever run it.
#[test]
fn map_uses_at_most_k_threads() {
    size_global_pool();
    for k in [1, 2, 3] {
        let pool = Pool::new(k).unwrap();
        let seen = Mutex::new(HashSet::new());
        let items: Vec<u32> = (0..5_000).collect();
        let out = pool.map(&items, |n| {
            note(&seen, k);
            n + 1
        });
        assert_eq!(out.len(), 5_000);
        let threads = seen.into_inner().unwrap().len();
        assert!(
            (1..=k).contains(&threads),
            "{threads} threads ran f in a pool of {k}"
        );
    }
}

/// Parallel iterators inside `run` use the pool's threads.
#[test]
fn run_puts_nested_parallel_work_in_the_pool() {
    size_global_pool();
    let pool = Pool::new(2).unwrap();
    let seen = Mutex::new(HashSet::new());
    let sum: u64 = pool.run(|| {
        (0..20_000u64)
            .into_par_iter()
            .map(|n| {
                note(&seen, 2);
                n
            })
            .sum()
    });
    assert_eq!(sum, 20_000 * 19_999 / 2);
    assert!(seen.into_inner().unwrap().len() <= 2);
}

/// A pool of 0 threads is refused, not turned into a pool per CPU.
#[test]
fn zero_threads_is_refused() {
    size_global_pool();
    assert!(Pool::new(0).is_none());
}

/// `threads` says how many threads the pool has, not the global pool.
#[test]
fn threads_reports_the_bound() {
    size_global_pool();
    for k in [1, 2, 4] {
        assert_eq!(Pool::new(k).unwrap().threads(), k);
    }
}
