//! A thread that can reach `&Arc<T>` can clone it and so get a handle of its
//! own, which may turn out to be the last one and drop the value there. So
//! sharing an `Arc<MutexGuard<'_, i32>>` is as wrong as sending one.
use std::sync::{Mutex, MutexGuard};

use arc::Arc;

fn assert_sync<T: Sync>() {}

fn main() {
    assert_sync::<Arc<MutexGuard<'static, i32>>>(); //~ ERROR E0277 cannot be sent between threads safely
    let mutex = Mutex::new(1);
    let guard = Arc::new(mutex.lock().unwrap());
    assert_eq!(**guard, 1);
}
