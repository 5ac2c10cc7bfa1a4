use std::sync::Mutex;
use std::thread;

use raw_buffer::Buffer;

fn main() {
    // Move the mutexes, or references to them, and lock on the thread that
    // uses the value: a buffer of `&Mutex<i32>` may move.
    let locks = [Mutex::new(1), Mutex::new(2)];
    let mut buffer = Buffer::with_capacity(2);
    for lock in &locks {
        buffer.push(lock).unwrap();
    }
    thread::scope(|s| {
        s.spawn(move || {
            for i in 0..buffer.len() {
                *buffer.get(i).unwrap().lock().unwrap() += 10;
            }
        });
    });
    assert_eq!(*locks[0].lock().unwrap(), 11);
    assert_eq!(*locks[1].lock().unwrap(), 12);
}
