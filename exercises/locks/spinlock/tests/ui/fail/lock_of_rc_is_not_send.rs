//! A lock owns its value, so moving the lock to another thread moves the
//! value there too. An `Rc` must stay on the thread that made it, or two
//! threads could change its reference count at once: `SpinLock<Rc<i32>>`
//! must not be `Send`. The lock may move between threads only when `T: Send`.
use std::rc::Rc;

use spinlock::SpinLock;

fn assert_send<T: Send>() {}

fn main() {
    assert_send::<SpinLock<Rc<i32>>>(); //~ ERROR E0277 `Rc<i32>` cannot be sent between threads safely
    let lock = SpinLock::new(Rc::new(1));
    assert_eq!(**lock.lock(), 1);
}
