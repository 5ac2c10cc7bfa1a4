use std::thread;

use sleep_lock::SleepLock;

fn assert_sync<T: Sync>(_: &T) {}

fn main() {
    let lock = SleepLock::new(1);
    let guard = lock.lock();
    assert_sync(&guard);
    // An `i32` is `Sync`, so threads may share the guard and read through it.
    thread::scope(|s| {
        for _ in 0..2 {
            s.spawn(|| assert_eq!(*guard, 1));
        }
    });
    drop(guard);
    assert_eq!(lock.into_inner(), 1);
}
