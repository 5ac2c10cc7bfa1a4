//! A pushed value is popped on the consumer's thread. An `Rc` moved to
//! another thread while its clones stay behind would let two threads change
//! one reference count: the producer of a ring of `Rc`s must stay put.
use std::rc::Rc;

use spsc_ring::{Producer, ring};

fn assert_send<T: Send>() {}

fn main() {
    assert_send::<Producer<Rc<i32>>>(); //~ ERROR E0277 `Rc<i32>` cannot be sent between threads safely
    let (mut producer, mut consumer) = ring(1);
    producer.try_push(Rc::new(1)).unwrap();
    assert_eq!(consumer.try_pop().map(|rc| *rc), Some(1));
}
