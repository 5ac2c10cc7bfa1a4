use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};
use std::thread;

use event_bus::Bus;

fn main() {
    // Share the sum with an `Arc` and keep it in an atomic: the handler is
    // then `Send` and `Sync`, and may run on any thread.
    let bus = Bus::new();
    let sum = Arc::new(AtomicU32::new(0));
    let adder = Arc::clone(&sum);
    bus.subscribe(move |n: &u32| {
        adder.fetch_add(*n, Ordering::Relaxed);
    });
    let other = bus.clone();
    thread::spawn(move || other.publish(&2)).join().unwrap();
    bus.publish(&3);
    assert_eq!(sum.load(Ordering::Relaxed), 5);
}
