#![cfg(not(loom))]
//! What `map_into` and `update_each` do, on real scoped threads.

use std::panic;
use std::sync::Barrier;
use std::thread::{self, ThreadId};

use fill_in_place::{map_into, update_each};

/// The number of contiguous runs of equal ids, checking that no id comes
/// back after another one: each thread wrote one contiguous part.
fn contiguous_parts(ids: &[ThreadId]) -> usize {
    let mut seen: Vec<ThreadId> = Vec::new();
    for &id in ids {
        if seen.last() != Some(&id) {
            assert!(
                !seen.contains(&id),
                "one thread wrote two parts that are not next to each other"
            );
            seen.push(id);
        }
    }
    seen.len()
}

/// `map_into` writes `f(&input[i])` into every slot, for every length and
/// number of threads, even and uneven.
#[test]
fn map_into_writes_every_slot() {
    for len in 0..20 {
        for threads in 1..6 {
            let input: Vec<u32> = (0..len).collect();
            let mut output = vec![0; input.len()];
            map_into(&input, &mut output, threads, |n| n * n + 1);
            let expected: Vec<u32> = input.iter().map(|n| n * n + 1).collect();
            assert_eq!(output, expected, "{len} items on {threads} threads");
        }
    }
}

/// The function given to `map_into` may borrow the caller's local data.
#[test]
fn map_into_may_borrow_local_data() {
    // `names` lives on this thread's stack; the threads only borrow it.
    let names = ["zero", "one", "two", "three"];
    let input = [3, 1, 0, 2, 1];
    let mut output = [""; 5];
    map_into(&input, &mut output, 2, |&i| names[i]);
    assert_eq!(output, ["three", "one", "zero", "two", "one"]);
}

/// Each thread of `map_into` writes one contiguous part: equal parts for a
/// multiple of `threads`, and never more than `threads` parts.
#[test]
fn map_into_gives_each_thread_one_contiguous_part() {
    let input = [(); 12];
    let mut ids = vec![thread::current().id(); 12];
    map_into(&input, &mut ids, 4, |()| thread::current().id());
    assert_eq!(
        contiguous_parts(&ids),
        4,
        "12 items on 4 threads must be written by 4 threads, 3 items each"
    );
    let mut uneven = vec![thread::current().id(); 7];
    map_into(&[(); 7], &mut uneven, 3, |()| thread::current().id());
    assert!(
        contiguous_parts(&uneven) <= 3,
        "more than 3 threads were used"
    );
}

/// `map_into` writes its parts at the same time, on threads that all run at
/// once.
#[test]
fn map_into_writes_the_parts_at_the_same_time() {
    // Each item waits until all four have started: four parts written one
    // after another would wait forever.
    let all_started = Barrier::new(4);
    let mut output = [0; 4];
    map_into(&[1, 2, 3, 4], &mut output, 4, |n| {
        all_started.wait();
        n * 10
    });
    assert_eq!(output, [10, 20, 30, 40]);
}

/// `map_into` panics when `input` and `output` differ in length.
#[test]
fn map_into_rejects_slices_of_different_lengths() {
    let mut output = [0; 3];
    // A valid call first, so that a function that always panics fails here.
    map_into(&[1, 2, 3], &mut output, 2, |n| n + 1);
    assert_eq!(output, [2, 3, 4]);
    let result = panic::catch_unwind(move || {
        let mut output = [0; 3];
        map_into(&[1, 2], &mut output, 2, |n| n + 1);
    });
    assert!(result.is_err(), "map_into accepted 2 inputs for 3 outputs");
}

/// `map_into` panics on 0 threads, as documented.
#[test]
fn map_into_rejects_zero_threads() {
    let mut output = [0; 2];
    map_into(&[1, 2], &mut output, 1, |n| n - 1);
    assert_eq!(output, [0, 1]);
    let result = panic::catch_unwind(move || {
        let mut output = [0; 2];
        map_into(&[1, 2], &mut output, 0, |n| n - 1);
    });
    assert!(result.is_err(), "map_into on 0 threads did not panic");
}

/// `update_each` calls `f` once on every item, for every length and number of
/// threads.
#[test]
fn update_each_changes_every_item_in_place() {
    for len in 0..20 {
        for threads in 1..6 {
            let mut items: Vec<String> = (0..len).map(|n| n.to_string()).collect();
            update_each(&mut items, threads, |item| item.push('!'));
            let expected: Vec<String> = (0..len).map(|n| format!("{n}!")).collect();
            assert_eq!(items, expected, "{len} items on {threads} threads");
        }
    }
}

/// Each thread of `update_each` changes one contiguous part, of equal length
/// for a multiple of `threads`.
#[test]
fn update_each_gives_each_thread_one_contiguous_part() {
    let mut items = vec![(thread::current().id(), 0); 12];
    update_each(&mut items, 3, |(id, count)| {
        *id = thread::current().id();
        *count += 1;
    });
    assert!(
        items.iter().all(|&(_, count)| count == 1),
        "an item was updated twice"
    );
    let ids: Vec<ThreadId> = items.iter().map(|&(id, _)| id).collect();
    assert_eq!(
        contiguous_parts(&ids),
        3,
        "12 items on 3 threads must be changed by 3 threads, 4 items each"
    );
}

/// `update_each` changes its parts at the same time, on threads that all run at
/// once.
#[test]
fn update_each_changes_the_parts_at_the_same_time() {
    let all_started = Barrier::new(3);
    let mut items = [1, 2, 3];
    update_each(&mut items, 3, |n| {
        all_started.wait();
        *n *= -1;
    });
    assert_eq!(items, [-1, -2, -3]);
}

/// `update_each` panics on 0 threads, as documented.
#[test]
fn update_each_rejects_zero_threads() {
    let mut items = [1];
    update_each(&mut items, 1, |n| *n += 1);
    assert_eq!(items, [2]);
    let result = panic::catch_unwind(move || update_each(&mut [1, 2], 0, |n| *n += 1));
    assert!(result.is_err(), "update_each on 0 threads did not panic");
}
