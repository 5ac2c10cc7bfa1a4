use std::cell::Cell;
use std::thread;

use raw_buffer::Buffer;

fn main() {
    // A `Cell` may move to another thread (it is `Send`, though not `Sync`),
    // so a buffer of `Cell`s may move too: `Send` needs only `T: Send`.
    let mut buffer = Buffer::with_capacity(1);
    buffer.push(Cell::new(1)).unwrap();
    let buffer = thread::spawn(move || {
        buffer.get(0).unwrap().set(2);
        buffer
    })
    .join()
    .unwrap();
    assert_eq!(buffer.get(0).unwrap().get(), 2);
}
