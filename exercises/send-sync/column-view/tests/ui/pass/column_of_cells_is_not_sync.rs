use std::sync::Mutex;
use std::sync::atomic::{AtomicI32, Ordering};
use std::thread;

use column_view::Matrix;

fn main() {
    // Atomics may be changed by two threads at once, so a column of them may
    // be shared; so may a column of `MutexGuard<'_, i32>`s, which threads
    // only read through. Sharing needs `T: Sync`, and nothing more.
    let matrix = Matrix::from_rows(vec![vec![AtomicI32::new(1)]]);
    let column = matrix.column(0).unwrap();
    thread::scope(|s| {
        s.spawn(|| column.get(0).unwrap().fetch_add(10, Ordering::Relaxed));
        column.get(0).unwrap().fetch_add(20, Ordering::Relaxed);
    });
    assert_eq!(matrix.get(0, 0).unwrap().load(Ordering::Relaxed), 31);

    let lock = Mutex::new(5);
    let guards = Matrix::from_rows(vec![vec![lock.lock().unwrap()]]);
    let column = guards.column(0).unwrap();
    thread::scope(|s| {
        s.spawn(|| assert_eq!(**column.get(0).unwrap(), 5));
        assert_eq!(**column.get(0).unwrap(), 5);
    });
}
