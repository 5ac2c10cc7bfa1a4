use std::sync::Mutex;
use std::thread;

use arc::Arc;

fn assert_sync<T: Sync>() {}

fn main() {
    assert_sync::<Arc<Mutex<i32>>>();
    let shared = Arc::new(Mutex::new(1));
    thread::scope(|s| {
        s.spawn(|| *shared.clone().lock().unwrap() += 1);
    });
    assert_eq!(*shared.lock().unwrap(), 2);
}
