// A queue of `Arc`s may move to another thread: an `Arc` counts its clones
// with atomic operations.
use bounded_queue::BoundedQueue;
use std::sync::Arc;
use std::thread;

fn main() {
    let shared = Arc::new(5);
    let queue = BoundedQueue::new(1);
    queue.push(Arc::clone(&shared));
    let consumer = thread::spawn(move || *queue.pop() + 1);
    assert_eq!(consumer.join().unwrap(), 6);
    assert_eq!(Arc::strong_count(&shared), 1);
}
