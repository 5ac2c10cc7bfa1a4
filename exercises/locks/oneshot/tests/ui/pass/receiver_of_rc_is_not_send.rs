use std::cell::Cell;
use std::thread;

use oneshot::{Receiver, channel};

fn assert_send<T: Send>() {}

fn main() {
    // A `Cell` may move to another thread, and so may the receiver of one.
    assert_send::<Receiver<Cell<i32>>>();
    let (sender, receiver) = channel::<Cell<i32>>();
    sender.send(Cell::new(7));
    let received = thread::spawn(move || receiver.recv().get());
    assert_eq!(received.join().unwrap(), 7);
}
