use std::sync::atomic::{AtomicI32, Ordering};
use std::sync::{Arc, Mutex};

use event_bus::Bus;

fn main() {
    // An atomic, or a `Mutex`, may be used by two threads at once: handlers
    // that own one are `Sync`, and may run on two threads at the same time.
    let bus = Bus::new();
    let calls = Arc::new(AtomicI32::new(0));
    let counter = Arc::clone(&calls);
    bus.subscribe(move |_: &u32| {
        counter.fetch_add(1, Ordering::Relaxed);
    });
    let events = Arc::new(Mutex::new(Vec::new()));
    let recorder = Arc::clone(&events);
    bus.subscribe(move |event: &u32| recorder.lock().unwrap().push(*event));
    std::thread::scope(|s| {
        s.spawn(|| bus.publish(&1));
        bus.publish(&2);
    });
    assert_eq!(calls.load(Ordering::Relaxed), 2);
    let mut events = events.lock().unwrap().clone();
    events.sort();
    assert_eq!(events, [1, 2]);
}
