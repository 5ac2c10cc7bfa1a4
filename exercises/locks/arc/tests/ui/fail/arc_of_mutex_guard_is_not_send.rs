//! The last handle drops the value, on whatever thread it is. A
//! `MutexGuard` must be dropped (unlocking the mutex) on the thread that
//! locked it, so `Arc<MutexGuard<'_, i32>>` must not be `Send`, although a
//! guard is `Sync`.
use std::sync::{Mutex, MutexGuard};

use arc::Arc;

fn assert_send<T: Send>() {}

fn main() {
    assert_send::<Arc<MutexGuard<'static, i32>>>(); //~ ERROR E0277 cannot be sent between threads safely
    let mutex = Mutex::new(1);
    let guard = Arc::new(mutex.lock().unwrap());
    assert_eq!(**guard, 1);
}
