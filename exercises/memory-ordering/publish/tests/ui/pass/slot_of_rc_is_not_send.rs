use std::sync::Arc;

use publish::Slot;

fn assert_send<T: Send>() {}

fn main() {
    // An `Arc` counts its owners atomically, so it may move between threads.
    assert_send::<Slot<Arc<i32>>>();
    let shared = Arc::new(7);
    let slot = Slot::new();
    assert!(slot.publish(Arc::clone(&shared)).is_ok());
    let seen = std::thread::spawn(move || **slot.get().unwrap())
        .join()
        .unwrap();
    assert_eq!(seen, 7);
    assert_eq!(
        Arc::strong_count(&shared),
        1,
        "the slot's clone was not dropped with the slot"
    );
}
