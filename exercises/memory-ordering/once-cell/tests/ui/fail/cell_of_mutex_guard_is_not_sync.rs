//! A `MutexGuard` is `Sync` but not `Send`: it must be dropped on the thread
//! that locked. A shared cell's value may be made on one thread and dropped
//! with the cell on another.
use std::sync::{Mutex, MutexGuard};

use init_once::InitOnce;

fn assert_sync<T: Sync>() {}

static MUTEX: Mutex<i32> = Mutex::new(1);

fn main() {
    assert_sync::<InitOnce<MutexGuard<'static, i32>>>(); //~ ERROR E0277 cannot be sent between threads safely
    let cell = InitOnce::new();
    assert_eq!(**cell.get_or_init(|| MUTEX.lock().unwrap()), 1);
}
