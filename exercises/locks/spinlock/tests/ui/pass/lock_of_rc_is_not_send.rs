use std::cell::Cell;
use std::thread;

use spinlock::SpinLock;

fn assert_send<T: Send>() {}

fn main() {
    // A `Cell` may move to another thread, and so may a lock of one.
    assert_send::<SpinLock<Cell<i32>>>();
    let lock = SpinLock::new(Cell::new(1));
    let lock = thread::spawn(move || {
        lock.lock().set(2);
        lock
    })
    .join()
    .unwrap();
    assert_eq!(lock.into_inner().get(), 2);
}
