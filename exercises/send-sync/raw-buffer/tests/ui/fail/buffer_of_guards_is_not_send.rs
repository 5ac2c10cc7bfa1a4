//! A `MutexGuard` unlocks its mutex when it is dropped, and some platforms
//! require that the thread that locked a mutex be the one to unlock it. So a
//! `MutexGuard` is not `Send`, and a buffer of guards, which drops them where
//! it is dropped, must not be `Send` either. (A guard of an `i32` is `Sync`:
//! a bound of `T: Sync` on `Send` would let this program through.)
use std::sync::Mutex;
use std::thread;

use raw_buffer::Buffer;

fn main() {
    let lock = Mutex::new(1);
    let mut buffer = Buffer::with_capacity(1);
    buffer.push(lock.lock().unwrap()).unwrap();
    thread::scope(|s| {
        s.spawn(move || drop(buffer)); //~ ERROR E0277 MutexGuard<'_, i32>` cannot be sent between threads safely
    });
    assert_eq!(*lock.lock().unwrap(), 1);
}
