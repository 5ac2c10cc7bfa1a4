//! A buffer owns its values, so moving the buffer to another thread moves
//! them too. Here `main` keeps a clone of the `Rc` that the buffer holds:
//! both threads could then change the same reference count at once, without
//! synchronisation. So `Buffer<Rc<i32>>` must not be `Send`: a buffer may
//! move only when `T: Send`.
use std::rc::Rc;
use std::thread;

use raw_buffer::Buffer;

fn main() {
    let shared = Rc::new(5);
    let mut buffer = Buffer::with_capacity(1);
    buffer.push(Rc::clone(&shared)).unwrap();
    let worker = thread::spawn(move || buffer.len()); //~ ERROR E0277 `Rc<i32>` cannot be sent between threads safely
    assert_eq!(worker.join().unwrap(), 1);
    assert_eq!(*shared, 5);
}
