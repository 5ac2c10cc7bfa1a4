use std::sync::Mutex;
use std::thread;

use raw_buffer::Buffer;

fn main() {
    // A guard of an `i32` may be shared (it is `Sync`, though not `Send`):
    // threads that share the buffer only read through it. `Sync` needs only
    // `T: Sync`.
    let lock = Mutex::new(7);
    let mut buffer = Buffer::with_capacity(1);
    buffer.push(lock.lock().unwrap()).unwrap();
    thread::scope(|s| {
        for _ in 0..2 {
            s.spawn(|| assert_eq!(**buffer.get(0).unwrap(), 7));
        }
    });
    drop(buffer);
    assert_eq!(*lock.lock().unwrap(), 7);
}
