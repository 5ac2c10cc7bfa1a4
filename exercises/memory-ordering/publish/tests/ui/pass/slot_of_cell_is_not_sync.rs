use std::sync::atomic::{AtomicI32, Ordering};

use publish::Slot;

fn assert_sync<T: Sync>() {}

fn main() {
    // An atomic is the thread-safe counterpart of a `Cell`.
    assert_sync::<Slot<AtomicI32>>();
    let slot = Slot::new();
    assert!(slot.publish(AtomicI32::new(0)).is_ok());
    std::thread::scope(|s| {
        for _ in 0..2 {
            s.spawn(|| slot.get().unwrap().fetch_add(1, Ordering::Relaxed));
        }
    });
    assert_eq!(slot.get().unwrap().load(Ordering::Relaxed), 2);
}
