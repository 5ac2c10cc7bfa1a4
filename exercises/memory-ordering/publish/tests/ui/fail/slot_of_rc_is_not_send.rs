//! Moving a slot to another thread moves its value along. Two `Rc`s that
//! share a count must stay on one thread, or both threads would update the
//! count without synchronisation: a `Slot<Rc<i32>>` must not be `Send`.
//! (`Slot<T>` is `Send` only when `T: Send`.)
use std::rc::Rc;

use publish::Slot;

fn assert_send<T: Send>() {}

fn main() {
    assert_send::<Slot<Rc<i32>>>(); //~ ERROR E0277 `Rc<i32>` cannot be sent between threads safely
}
