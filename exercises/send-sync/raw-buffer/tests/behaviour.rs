//! What the buffer does at run time: its values, their drops, and buffers
//! moved to and shared between threads.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;

use raw_buffer::Buffer;

/// A value that counts its drops in the counter it points to.
struct Counted<'a>(&'a AtomicUsize);

impl Drop for Counted<'_> {
    fn drop(&mut self) {
        self.0.fetch_add(1, Ordering::Relaxed);
    }
}

/// Values pushed are there to `get`, in the order they were pushed.
#[test]
fn pushed_values_can_be_read_in_order() {
    let mut buffer = Buffer::with_capacity(3);
    assert!(buffer.is_empty(), "a new buffer is not empty");
    for word in ["raw", "pointer", "buffer"] {
        assert!(
            buffer.push(word.to_string()).is_ok(),
            "a push with room failed"
        );
    }
    assert_eq!(buffer.len(), 3);
    assert!(!buffer.is_empty(), "a buffer with values says it is empty");
    let read: Vec<&str> = (0..3).map(|i| buffer.get(i).unwrap().as_str()).collect();
    assert_eq!(read, ["raw", "pointer", "buffer"]);
}

/// A full buffer gives the pushed value back, unchanged, and keeps the others.
#[test]
fn a_full_buffer_gives_the_value_back() {
    let mut buffer = Buffer::with_capacity(2);
    assert_eq!(buffer.capacity(), 2);
    buffer.push(1).unwrap();
    buffer.push(2).unwrap();
    assert_eq!(
        buffer.push(3),
        Err(3),
        "a full buffer did not give the value back"
    );
    assert_eq!(buffer.len(), 2);
    assert_eq!(buffer.get(1), Some(&2));
}

/// `get` gives `None` past the last value, even where there is room.
#[test]
fn get_past_the_last_value_is_none() {
    let mut buffer = Buffer::with_capacity(4);
    buffer.push(10).unwrap();
    buffer.push(20).unwrap();
    assert_eq!(buffer.get(1), Some(&20));
    assert_eq!(buffer.get(2), None, "get read a slot that holds no value");
    assert_eq!(buffer.get(3), None, "get read a slot that holds no value");
    assert_eq!(buffer.get(100), None);
}

/// `pop` takes out the last value pushed, then the one before it, and gives
/// `None` once the buffer is empty.
#[test]
fn pop_takes_the_last_value_first() {
    let mut buffer = Buffer::with_capacity(3);
    buffer.push(1).unwrap();
    buffer.push(2).unwrap();
    assert_eq!(buffer.pop(), Some(2));
    assert_eq!(buffer.len(), 1);
    assert_eq!(buffer.pop(), Some(1));
    assert_eq!(buffer.pop(), None);
    assert!(buffer.is_empty());
    buffer.push(3).unwrap();
    assert_eq!(
        buffer.get(0),
        Some(&3),
        "a push after pops went to the wrong slot"
    );
}

/// Dropping the buffer drops every value in it, each exactly once.
#[test]
fn dropping_the_buffer_drops_each_value_once() {
    let drops = AtomicUsize::new(0);
    let mut buffer = Buffer::with_capacity(4);
    for _ in 0..3 {
        assert!(buffer.push(Counted(&drops)).is_ok());
    }
    assert_eq!(
        drops.load(Ordering::Relaxed),
        0,
        "a value was dropped while the buffer held it"
    );
    drop(buffer);
    assert_eq!(
        drops.load(Ordering::Relaxed),
        3,
        "dropping the buffer did not drop each value once"
    );
}

/// A value popped belongs to the caller: it is dropped when the caller drops
/// it, and the buffer does not drop it again.
#[test]
fn a_popped_value_is_dropped_by_its_new_owner_only() {
    let drops = AtomicUsize::new(0);
    let mut buffer = Buffer::with_capacity(3);
    for _ in 0..3 {
        assert!(buffer.push(Counted(&drops)).is_ok());
    }
    let popped = buffer.pop();
    assert!(popped.is_some());
    assert_eq!(
        drops.load(Ordering::Relaxed),
        0,
        "pop dropped the value it returns"
    );
    drop(popped);
    assert_eq!(drops.load(Ordering::Relaxed), 1);
    drop(buffer);
    assert_eq!(
        drops.load(Ordering::Relaxed),
        3,
        "every value must be dropped exactly once"
    );
}

/// A buffer of `String`s moves to another thread, which adds to it, and
/// comes back.
#[test]
fn a_buffer_moves_to_another_thread_and_back() {
    let mut buffer = Buffer::with_capacity(2);
    buffer.push("from main".to_string()).unwrap();
    let buffer = thread::spawn(move || {
        buffer.push("from the worker".to_string()).unwrap();
        buffer
    })
    .join()
    .unwrap();
    assert_eq!(buffer.get(0).unwrap(), "from main");
    assert_eq!(buffer.get(1).unwrap(), "from the worker");
}

/// Threads share one buffer of `String`s by reference and read it at once.
#[test]
fn threads_share_a_buffer_and_read_it() {
    let mut buffer = Buffer::with_capacity(4);
    for word in ["a", "bb", "ccc", "dddd"] {
        buffer.push(word.to_string()).unwrap();
    }
    let lengths: Vec<usize> = thread::scope(|s| {
        let readers: Vec<_> = (0..4)
            .map(|i| {
                let buffer = &buffer;
                s.spawn(move || buffer.get(i).unwrap().len())
            })
            .collect();
        readers.into_iter().map(|r| r.join().unwrap()).collect()
    });
    assert_eq!(lengths, [1, 2, 3, 4]);
}
