#![cfg(loom)]
//! Every interleaving of two threads using the queue, explored by loom.
//!
//! Run with `RUSTFLAGS="--cfg loom"`; the queue's `Mutex` and `Condvar` are
//! then loom's. A thread that waits for a notification nobody will send is
//! reported by loom as a deadlock, so a lost wake-up fails these tests even
//! when it would happen in one run out of a million.
//!
//! Two threads per model, no more: loom's running time grows very fast with
//! each thread, and two are enough to lose a wake-up.
//!
//! The queue is shared with std's `Arc`, not loom's: when loom finds a
//! deadlock it unwinds the blocked threads, and dropping a loom `Arc` at that
//! point aborts the whole test binary instead of failing one test.

use std::sync::Arc;

use bounded_queue::BoundedQueue;
use loom::thread;
use workbook_sync::model;

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
