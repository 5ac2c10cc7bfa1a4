use std::sync::Mutex;
use std::thread;

use arc::Arc;

fn assert_send<T: Send>() {}

fn main() {
    // The mutex itself is `Send + Sync`: each thread locks it for itself.
    assert_send::<Arc<Mutex<i32>>>();
    let shared = Arc::new(Mutex::new(1));
    let theirs = shared.clone();
    thread::spawn(move || *theirs.lock().unwrap() += 1)
        .join()
        .unwrap();
    assert_eq!(*shared.lock().unwrap(), 2);
}
