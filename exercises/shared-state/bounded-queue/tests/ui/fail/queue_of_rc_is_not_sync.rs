//! Whatever is pushed on one thread may be popped on another. An `Rc<i32>`
//! that changes threads leaves two threads updating the same reference count
//! without synchronisation, so a queue of `Rc`s must not be shared between
//! threads: `BoundedQueue<Rc<i32>>` must not be `Sync`.
use bounded_queue::BoundedQueue;
use std::rc::Rc;

fn assert_sync<T: Sync>() {}

fn main() {
    assert_sync::<BoundedQueue<Rc<i32>>>(); //~ ERROR E0277 `Rc<i32>` cannot be sent between threads safely
}
