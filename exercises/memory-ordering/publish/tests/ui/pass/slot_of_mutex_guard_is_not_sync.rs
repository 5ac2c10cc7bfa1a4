use std::sync::{Arc, Mutex};

use publish::Slot;

fn assert_sync<T: Sync>() {}

fn main() {
    // Share the mutex, not a guard: each thread locks it for itself.
    assert_sync::<Slot<Arc<Mutex<i32>>>>();
    let slot = Slot::new();
    std::thread::scope(|s| {
        s.spawn(|| assert!(slot.publish(Arc::new(Mutex::new(1))).is_ok()));
    });
    std::thread::scope(|s| {
        for _ in 0..2 {
            s.spawn(|| *slot.get().unwrap().lock().unwrap() += 1);
        }
    });
    assert_eq!(*slot.get().unwrap().lock().unwrap(), 3);
}
