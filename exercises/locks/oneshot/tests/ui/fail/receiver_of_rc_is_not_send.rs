//! The receiver takes the value out on its own thread. If a `Receiver<Rc<_>>`
//! could move to another thread, an `Rc` made on one thread would end up on
//! another while its clones stay behind.
use std::rc::Rc;

use oneshot::{Receiver, channel};

fn assert_send<T: Send>() {}

fn main() {
    assert_send::<Receiver<Rc<i32>>>(); //~ ERROR E0277 `Rc<i32>` cannot be sent between threads safely
    let (sender, receiver) = channel();
    sender.send(Rc::new(1));
    assert_eq!(*receiver.recv(), 1);
}
