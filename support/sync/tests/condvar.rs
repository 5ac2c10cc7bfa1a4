//! `Condvar::wait_while` of the shim: std's contract, spurious wake-ups included.

use std::sync::Arc;
use workbook_sync::{Condvar, Mutex};

#[test]
fn wait_while_returns_once_the_condition_is_false_and_not_before() {
    let state = Arc::new((Mutex::new(0u32), Condvar::new()));
    let worker = {
        let state = Arc::clone(&state);
        std::thread::spawn(move || {
            for _ in 0..5 {
                let (count, changed) = &*state;
                *count.lock().unwrap() += 1;
                changed.notify_all();
            }
        })
    };
    let (count, changed) = &*state;
    // Checking mode makes the first wait return at once: the loop must hold.
    let guard = changed
        .wait_while(count.lock().unwrap(), |count| *count < 5)
        .unwrap();
    assert_eq!(*guard, 5);
    drop(guard);
    worker.join().unwrap();
}
