use std::thread;

use rwlock::RwLock;

fn assert_sync<T: Sync>() {}

fn main() {
    // A `String` is `Send + Sync`: a writer on another thread may replace it.
    assert_sync::<RwLock<String>>();
    let lock = RwLock::new(String::from("old"));
    thread::scope(|s| {
        s.spawn(|| *lock.write() = String::from("new"));
    });
    assert_eq!(*lock.read(), "new");
}
