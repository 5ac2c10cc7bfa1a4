use std::cell::Cell;
use std::thread;

use oneshot::{Sender, channel};

fn assert_send<T: Send>() {}

fn main() {
    // A `Cell` may move to another thread (it is `Send`, not `Sync`), and so
    // may the sender of one.
    assert_send::<Sender<Cell<i32>>>();
    let (sender, receiver) = channel();
    thread::spawn(move || sender.send(Cell::new(1)))
        .join()
        .unwrap();
    assert_eq!(receiver.recv().get(), 1);
}
