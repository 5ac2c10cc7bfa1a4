//! Two readers on two threads both hold `&Cell<i32>` at the same time, and a
//! `Cell` may be written through `&`: that would be a data race. A mutex
//! makes a `Cell` shareable (one thread at a time), a reader-writer lock
//! must not.
use std::cell::Cell;

use rwlock::RwLock;

fn assert_sync<T: Sync>() {}

fn main() {
    assert_sync::<RwLock<Cell<i32>>>(); //~ ERROR E0277 `Cell<i32>` cannot be shared between threads safely
    let lock = RwLock::new(Cell::new(1));
    lock.read().set(2);
    assert_eq!(lock.read().get(), 2);
}
