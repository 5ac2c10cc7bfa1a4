//! Sending moves the value from the sender's thread to the receiver's. An
//! `Rc` must stay on the thread that made it, or two threads could change its
//! reference count at once: a `Sender<Rc<i32>>` must not move to another
//! thread.
use std::rc::Rc;

use oneshot::{Sender, channel};

fn assert_send<T: Send>() {}

fn main() {
    assert_send::<Sender<Rc<i32>>>(); //~ ERROR E0277 `Rc<i32>` cannot be sent between threads safely
    let (sender, receiver) = channel();
    sender.send(Rc::new(1));
    assert_eq!(*receiver.recv(), 1);
}
