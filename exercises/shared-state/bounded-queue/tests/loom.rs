#![cfg(loom)]
//! Every interleaving of two threads using the queue, explored by loom.
//!
//! Run with `RUSTFLAGS="--cfg loom"`; the queue's `Mutex` and `Condvar` are
//! then loom's. A thread that waits for a notification nobody will send is
//! reported by loom as a deadlock, so a lost wake-up fails these tests even
//! when it would happen in one run out of a million.
//!
//! Most models have two threads: loom's running time grows very fast with
//! each thread, and two are enough to lose most wake-ups. One bug needs a
//! third: a single condition variable woken with `notify_one`, where a
//! pusher's notification can wake the other pusher instead of the popper.
//! That model stays small (three threads, one item each) and runs in about a
//! second.
//!
//! The queue is shared with std's `Arc`, not loom's: when loom finds a
//! deadlock it unwinds the blocked threads, and dropping a loom `Arc` at that
//! point aborts the whole test binary instead of failing one test.

use std::sync::Arc;

use bounded_queue::BoundedQueue;
use loom::thread;
use workbook_sync::model;

/// Two pushes through a queue of one: both arrive, in order, in every interleaving.
#[test]
fn two_pushes_through_capacity_one_arrive_in_order_without_deadlock() {
    model(|| {
        let queue = Arc::new(BoundedQueue::new(1));
        let producer = {
            let queue = Arc::clone(&queue);
            thread::spawn(move || {
                queue.push(1);
                queue.push(2);
            })
        };
        let first = queue.pop();
        let second = queue.pop();
        producer.join().unwrap();
        assert_eq!((first, second), (1, 2));
        assert_eq!(queue.try_pop(), None);
    });
}

/// A `try_pop` racing a `push` sees nothing or the value, and the value is popped exactly once.
#[test]
fn try_pop_during_push_sees_nothing_or_the_value() {
    model(|| {
        let queue = Arc::new(BoundedQueue::new(1));
        let producer = {
            let queue = Arc::clone(&queue);
            thread::spawn(move || queue.push(5))
        };
        let during = queue.try_pop();
        assert!(
            during.is_none() || during == Some(5),
            "try_pop saw {during:?}"
        );
        producer.join().unwrap();
        let after = queue.try_pop();
        // The one value pushed is popped exactly once.
        match during {
            Some(_) => assert_eq!(after, None),
            None => assert_eq!(after, Some(5)),
        }
    });
}

/// A `try_pop` that takes an item must wake a `push` waiting for room, in every interleaving.
#[test]
fn try_pop_makes_room_for_a_blocked_push() {
    model(|| {
        let queue = Arc::new(BoundedQueue::new(1));
        queue.push(1);
        let producer = {
            let queue = Arc::clone(&queue);
            thread::spawn(move || queue.push(2))
        };
        // The queue is full, so whatever the producer did so far, the front
        // item is still 1. Taking it with `try_pop` is the only thing that
        // makes room; if the producer is asleep, only `try_pop` can wake it.
        assert_eq!(queue.try_pop(), Some(1));
        assert_eq!(queue.pop(), 2);
        producer.join().unwrap();
    });
}

/// Two pushes waiting for room and one thread popping: every wake-up reaches a thread that can use it.
#[test]
fn two_blocked_pushes_and_a_popper_lose_no_wake_up() {
    model(|| {
        let queue = Arc::new(BoundedQueue::new(1));
        queue.push(0);
        let producers: Vec<_> = [1, 2]
            .into_iter()
            .map(|value| {
                let queue = Arc::clone(&queue);
                thread::spawn(move || queue.push(value))
            })
            .collect();
        // With a single condition variable and `notify_one`, this can hang:
        // both producers wait for room, the first pop wakes one of them, the
        // second pop finds the queue empty and waits, and the woken
        // producer's push then wakes the other producer (the queue is full
        // again, so it goes back to sleep) instead of this popper.
        let first = queue.pop();
        let mut rest = [queue.pop(), queue.pop()];
        rest.sort_unstable();
        for producer in producers {
            producer.join().unwrap();
        }
        assert_eq!((first, rest), (0, [1, 2]));
        assert_eq!(queue.try_pop(), None);
    });
}
