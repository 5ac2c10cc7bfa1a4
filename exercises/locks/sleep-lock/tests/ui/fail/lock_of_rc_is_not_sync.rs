//! Threads that share a lock take turns with its value, so each of them may
//! end up owning it for a while: the value moves between threads. An `Rc`
//! must never do that, since two threads could then change its reference
//! count at once. So `SleepLock<Rc<i32>>` must not be `Sync`: the lock may be
//! shared only when `T: Send`.
use std::rc::Rc;

use sleep_lock::SleepLock;

fn assert_sync<T: Sync>() {}

fn main() {
    assert_sync::<SleepLock<Rc<i32>>>(); //~ ERROR E0277 `Rc<i32>` cannot be sent between threads safely
    let lock = SleepLock::new(Rc::new(1));
    assert_eq!(**lock.lock(), 1);
}
