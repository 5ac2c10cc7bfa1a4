use std::sync::atomic::{AtomicI32, Ordering};
use std::thread;

use arc::Arc;

fn assert_send<T: Send>() {}

fn main() {
    // An atomic is `Send + Sync`, and so is an `Arc` of one.
    assert_send::<Arc<AtomicI32>>();
    let shared = Arc::new(AtomicI32::new(1));
    let theirs = shared.clone();
    thread::spawn(move || theirs.fetch_add(1, Ordering::Relaxed))
        .join()
        .unwrap();
    assert_eq!(shared.load(Ordering::Relaxed), 2);
}
