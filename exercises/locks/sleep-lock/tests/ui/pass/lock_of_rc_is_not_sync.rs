use std::cell::Cell;
use std::thread;

use sleep_lock::SleepLock;

fn assert_sync<T: Sync>() {}

fn main() {
    // A `Cell` is `Send` but not `Sync`: the lock, not the value, keeps
    // threads from using it at once, so the lock is `Sync`.
    assert_sync::<SleepLock<Cell<i32>>>();
    let lock = SleepLock::new(Cell::new(0));
    thread::scope(|s| {
        for _ in 0..2 {
            s.spawn(|| {
                let guard = lock.lock();
                guard.set(guard.get() + 1);
            });
        }
    });
    assert_eq!(lock.into_inner().get(), 2);
}
