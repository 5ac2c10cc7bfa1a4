//! Sharing a guard between threads shares `&T`: each thread could then call
//! `set` on the same `Cell` at the same time, with no lock between them. So a
//! guard may be `Sync` only when `T: Sync`, even though the lock of a `Cell`
//! is `Sync`.
use std::cell::Cell;

use sleep_lock::SleepLock;

fn assert_sync<T: Sync>(_: &T) {}

fn main() {
    let lock: SleepLock<Cell<i32>> = SleepLock::new(Cell::new(0));
    let guard = lock.lock();
    assert_sync(&guard); //~ ERROR E0277 `Cell<i32>` cannot be shared between threads safely
    guard.set(1);
}
