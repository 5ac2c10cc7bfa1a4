use std::cell::Cell;
use std::thread;

use spsc_ring::{Producer, ring};

fn assert_send<T: Send>() {}

fn main() {
    // A `Cell` may move between threads (it is `Send`, not `Sync`).
    assert_send::<Producer<Cell<i32>>>();
    let (mut producer, mut consumer) = ring(1);
    thread::spawn(move || producer.try_push(Cell::new(7)).unwrap())
        .join()
        .unwrap();
    assert_eq!(consumer.try_pop().map(Cell::into_inner), Some(7));
}
