#![cfg(not(loom))]
//! What a bounded queue does at run time, with real threads.
//!
//! The threads of a test report back over a channel, and the test waits for
//! them with a deadline: a queue that loses a wake-up leaves a thread asleep
//! for ever, and the test fails with a message instead of hanging.
//!
//! A test that checks that a call waits does not sleep a fixed time and hope
//! the thread got there: it asks the kernel (`workbook_probe`) until the
//! thread is asleep or has ended, then looks whether the call has returned.
//! The test holds no lock of the queue meanwhile, so the thread cannot be
//! asleep waiting for the test: only for the queue.

use std::collections::HashMap;
use std::panic;
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, TryRecvError};
use std::thread;
use std::time::{Duration, Instant};

use bounded_queue::BoundedQueue;
use workbook_probe::Task;

/// Where threads cannot be seen (not Linux), how long a thread that should
/// block is given to get there instead.
const STAYS_BLOCKED: Duration = Duration::from_millis(50);
/// How long a thread is given to fall asleep in a call that should block.
const SETTLE_LIMIT: Duration = Duration::from_secs(3);
/// How long the threads of a test may take to finish their work.
const DEADLINE: Duration = Duration::from_secs(5);

/// Runs `work` on a new thread; its result arrives on the returned channel.
fn start<R: Send + 'static>(work: impl FnOnce() -> R + Send + 'static) -> Receiver<R> {
    start_watched(work).0
}

/// Like [`start`], and also returns the new thread, for `workbook_probe` to
/// watch.
fn start_watched<R: Send + 'static>(
    work: impl FnOnce() -> R + Send + 'static,
) -> (Receiver<R>, Task) {
    let (tx, rx) = mpsc::channel();
    let (_, task) = workbook_probe::spawn(move || {
        let _ = tx.send(work());
    });
    (rx, task)
}

/// Waits until the thread of `task` is asleep (in the call it makes, since
/// the test holds no lock) or has ended, at most `SETTLE_LIMIT`, and then
/// checks that its `call` has not returned: it must still wait. A call that
/// keeps running (a spin) is not caught here; it has not returned either.
fn assert_still_waiting<R>(thread: &Receiver<R>, task: &Task, call: &str, why: &str) {
    task.settle(SETTLE_LIMIT, STAYS_BLOCKED);
    match thread.try_recv() {
        Err(TryRecvError::Empty) => {}
        Ok(_) => panic!("{call} returned although {why}"),
        Err(TryRecvError::Disconnected) => {
            panic!("{call} panicked although {why}: it should have waited")
        }
    }
}

/// The results of `threads`, or a panic naming what is stuck after `DEADLINE`.
fn finish<R>(threads: Vec<Receiver<R>>, what: &str) -> Vec<R> {
    let deadline = Instant::now() + DEADLINE;
    threads
        .into_iter()
        .map(|thread| {
            let left = deadline.saturating_duration_since(Instant::now());
            match thread.recv_timeout(left) {
                Ok(result) => result,
                Err(RecvTimeoutError::Timeout) => panic!(
                    "{what} still blocked after {DEADLINE:?}: a thread waits for a wake-up that never comes"
                ),
                Err(RecvTimeoutError::Disconnected) => panic!("{what} panicked"),
            }
        })
        .collect()
}

/// `new(0)` panics, as documented: a queue with no room could never take an item. `new(1)` does not.
#[test]
fn new_with_capacity_zero_panics() {
    let smallest = BoundedQueue::new(1);
    smallest.push(1);
    assert_eq!(smallest.try_pop(), Some(1));
    let zero = panic::catch_unwind(|| BoundedQueue::<u8>::new(0));
    assert!(
        zero.is_err(),
        "new(0) returned a queue instead of panicking"
    );
}

/// Items come out in the order they went in.
#[test]
fn pops_in_fifo_order() {
    let queue = BoundedQueue::new(3);
    queue.push("first");
    queue.push("second");
    queue.push("third");
    assert_eq!(queue.pop(), "first");
    queue.push("fourth");
    assert_eq!(queue.pop(), "second");
    assert_eq!(queue.pop(), "third");
    assert_eq!(queue.pop(), "fourth");
}

/// `try_pop` returns `None` at once on an empty queue, and the front item otherwise.
#[test]
fn try_pop_on_empty_returns_none() {
    let queue = BoundedQueue::new(2);
    assert_eq!(queue.try_pop(), None);
    queue.push(7);
    queue.push(8);
    assert_eq!(queue.try_pop(), Some(7));
    assert_eq!(queue.try_pop(), Some(8));
    assert_eq!(queue.try_pop(), None);
}

/// A `push` on a full queue waits, and a `pop` that makes room wakes it.
#[test]
fn push_blocks_while_full_until_a_pop() {
    let queue = Arc::new(BoundedQueue::new(2));
    queue.push(1);
    queue.push(2);
    let (pusher, task) = {
        let queue = Arc::clone(&queue);
        start_watched(move || queue.push(3))
    };
    assert_still_waiting(&pusher, &task, "push", "the queue was full");
    assert_eq!(queue.pop(), 1);
    finish(
        vec![pusher],
        "a pop made room, but the push waiting for room is",
    );
    assert_eq!(queue.pop(), 2);
    assert_eq!(queue.pop(), 3);
    assert_eq!(queue.try_pop(), None);
}

/// A `try_pop` that takes an item makes room too, and must wake a `push` waiting for it.
#[test]
fn try_pop_wakes_a_push_waiting_for_room() {
    let queue = Arc::new(BoundedQueue::new(1));
    queue.push('a');
    let (pusher, task) = {
        let queue = Arc::clone(&queue);
        start_watched(move || queue.push('b'))
    };
    assert_still_waiting(&pusher, &task, "push", "the queue was full");
    assert_eq!(queue.try_pop(), Some('a'));
    finish(
        vec![pusher],
        "a try_pop made room, but the push waiting for room is",
    );
    assert_eq!(queue.try_pop(), Some('b'));
    assert_eq!(queue.try_pop(), None);
}

/// A `pop` on an empty queue waits, and a `push` wakes it.
#[test]
fn pop_blocks_while_empty_until_a_push() {
    let queue = Arc::new(BoundedQueue::new(1));
    let (popper, task) = {
        let queue = Arc::clone(&queue);
        start_watched(move || queue.pop())
    };
    assert_still_waiting(&popper, &task, "pop", "the queue was empty");
    queue.push(42);
    let got = finish(
        vec![popper],
        "an item arrived, but the pop waiting for it is",
    );
    assert_eq!(got, [42]);
    assert_eq!(queue.try_pop(), None);
}

/// One producer pushes `0..count` while one consumer pops `count` items. The
/// consumer starts only once the producer is asleep (or done), so that the
/// producer certainly fills the queue and has to wait for room.
fn one_producer_one_consumer(capacity: usize, count: u32) {
    let queue = Arc::new(BoundedQueue::new(capacity));
    let (producer, producer_task) = {
        let queue = Arc::clone(&queue);
        start_watched(move || {
            for i in 0..count {
                queue.push(i);
            }
            Vec::new()
        })
    };
    let consumer = {
        let queue = Arc::clone(&queue);
        start(move || {
            producer_task.settle(SETTLE_LIMIT, Duration::from_millis(20));
            (0..count).map(|_| queue.pop()).collect::<Vec<u32>>()
        })
    };
    let results = finish(vec![producer, consumer], "the producer or the consumer is");
    let expected: Vec<u32> = (0..count).collect();
    assert!(
        results[1] == expected,
        "the consumer did not get 0..{count} in order"
    );
    assert_eq!(
        queue.try_pop(),
        None,
        "an item was left over after every item was popped"
    );
}

/// With room for one item, 2000 items pass from a producer to a consumer, in order.
#[test]
fn one_producer_one_consumer_in_order_with_capacity_1() {
    one_producer_one_consumer(1, 2_000);
}

/// With room for four items, 2000 items pass from a producer to a consumer, in order.
#[test]
fn one_producer_one_consumer_in_order_with_capacity_4() {
    one_producer_one_consumer(4, 2_000);
}

/// Four blocked producers and four consumers using `try_pop`: every item is popped exactly once, each producer's in order.
#[test]
fn many_producers_and_consumers_move_every_item_exactly_once() {
    const PRODUCERS: u32 = 4;
    const CONSUMERS: u32 = 4;
    const PER_PRODUCER: u32 = 500;
    let per_consumer = (PRODUCERS * PER_PRODUCER / CONSUMERS) as usize;
    let queue = Arc::new(BoundedQueue::new(3));
    let mut threads = Vec::new();
    let mut producer_tasks = Vec::new();
    for producer in 0..PRODUCERS {
        let queue = Arc::clone(&queue);
        let (thread, task) = start_watched(move || {
            for i in 0..PER_PRODUCER {
                queue.push((producer, i));
            }
            Vec::new()
        });
        threads.push(thread);
        producer_tasks.push(task);
    }
    // The consumers start only once every producer is asleep (or done), so
    // that the producers certainly fill the queue and wait for room.
    workbook_probe::settle_all(&producer_tasks, SETTLE_LIMIT, Duration::from_millis(10));
    for _ in 0..CONSUMERS {
        let queue = Arc::clone(&queue);
        threads.push(start(move || {
            // The consumers take items with `try_pop`, so only producers
            // ever wait. When pushers and poppers both wait on one condition
            // variable woken with `notify_one`, a wake-up can reach the wrong
            // kind of thread and be lost; this test would catch that only
            // now and then, so the loom test
            // `two_blocked_pushes_and_a_popper_lose_no_wake_up` checks it
            // every time instead, and this one stays deterministic.
            let mut batch = Vec::with_capacity(per_consumer);
            while batch.len() < per_consumer {
                match queue.try_pop() {
                    Some(item) => batch.push(item),
                    None => thread::yield_now(),
                }
            }
            batch
        }));
    }
    let batches = finish(threads, "a producer or a consumer is");

    let mut seen: HashMap<(u32, u32), usize> = HashMap::new();
    for batch in &batches {
        // First in, first out: a consumer sees each producer's items in the
        // order they were pushed.
        let mut last: HashMap<u32, u32> = HashMap::new();
        for &(producer, i) in batch {
            if let Some(&before) = last.get(&producer) {
                assert!(
                    before < i,
                    "a consumer popped producer {producer}'s item {i} after its item {before}"
                );
            }
            last.insert(producer, i);
            *seen.entry((producer, i)).or_default() += 1;
        }
    }
    for producer in 0..PRODUCERS {
        for i in 0..PER_PRODUCER {
            let times = seen.get(&(producer, i)).copied().unwrap_or(0);
            assert_eq!(
                times, 1,
                "producer {producer}'s item {i} was popped {times} times"
            );
        }
    }
    assert_eq!(queue.try_pop(), None);
}
