use std::sync::atomic::{AtomicI32, Ordering};
use std::thread;

use rwlock::RwLock;

fn assert_sync<T: Sync>() {}

fn main() {
    // An atomic may be changed through `&` from many threads.
    assert_sync::<RwLock<AtomicI32>>();
    let lock = RwLock::new(AtomicI32::new(0));
    thread::scope(|s| {
        s.spawn(|| lock.read().fetch_add(1, Ordering::Relaxed));
        s.spawn(|| lock.read().fetch_add(1, Ordering::Relaxed));
    });
    assert_eq!(lock.into_inner().into_inner(), 2);
}
