use std::thread;

use spsc_ring::ring;

fn main() {
    // One producer on one thread, one consumer on another.
    let (mut producer, mut consumer) = ring::<i32>(2);
    thread::spawn(move || producer.try_push(1).unwrap())
        .join()
        .unwrap();
    assert_eq!(consumer.try_pop(), Some(1));
}
