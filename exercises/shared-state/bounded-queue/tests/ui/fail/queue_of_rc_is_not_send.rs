//! Moving a queue to another thread moves its items there too. An `Rc<i32>`
//! whose clones live on two threads would have its reference count updated by
//! both without synchronisation, so `BoundedQueue<Rc<i32>>` must not be `Send`.
use bounded_queue::BoundedQueue;
use std::rc::Rc;
use std::thread;

fn main() {
    let shared = Rc::new(5);
    let queue = BoundedQueue::new(1);
    queue.push(Rc::clone(&shared));
    let consumer = thread::spawn(move || *queue.pop() + 1); //~ ERROR E0277 `Rc<i32>` cannot be sent between threads safely
    assert_eq!(consumer.join().unwrap(), 6);
    assert_eq!(*shared, 5);
}
