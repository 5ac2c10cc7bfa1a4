//! Threads that share a buffer can each `get` a `&T` to the same value. For a
//! `Cell`, that lets two threads `set` it at the same time: a data race. So
//! `Buffer<Cell<i32>>` must not be `Sync`: a buffer may be shared only when
//! `T: Sync`. (A `Cell` is `Send`: a bound of `T: Send` on `Sync` would let
//! this program through.)
use std::cell::Cell;
use std::thread;

use raw_buffer::Buffer;

fn main() {
    let mut buffer = Buffer::with_capacity(1);
    buffer.push(Cell::new(0)).unwrap();
    thread::scope(|s| {
        s.spawn(|| buffer.get(0).unwrap().set(1)); //~ ERROR E0277 `Cell<i32>` cannot be shared between threads safely
        buffer.get(0).unwrap().set(2);
    });
}
