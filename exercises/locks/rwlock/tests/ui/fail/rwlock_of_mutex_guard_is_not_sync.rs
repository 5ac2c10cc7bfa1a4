//! A `MutexGuard` is `Sync` but not `Send`: it must be dropped (unlocking its
//! mutex) on the thread that locked it. A writer on another thread could
//! replace the guard in the lock and drop the old one there.
use std::sync::{Mutex, MutexGuard};

use rwlock::RwLock;

fn assert_sync<T: Sync>() {}

fn main() {
    assert_sync::<RwLock<MutexGuard<'static, i32>>>(); //~ ERROR E0277 cannot be sent between threads safely
    let mutex = Mutex::new(1);
    let lock = RwLock::new(mutex.lock().unwrap());
    assert_eq!(**lock.read(), 1);
}
