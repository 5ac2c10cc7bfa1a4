#![cfg(not(loom))]
//! What the lock and its guards do, on one thread. Whether a writer really
//! keeps readers out, and hands them its writes, is checked in tests/loom.rs.

use std::sync::atomic::{AtomicUsize, Ordering};

use rwlock::RwLock;

/// Several read guards may be alive at once, and they read the same value.
#[test]
fn readers_share_the_lock() {
    let lock = RwLock::new(vec![1, 2]);
    let first = lock.read();
    let second = lock.read();
    let third = lock
        .try_read()
        .expect("try_read failed while only readers held the lock");
    assert_eq!(*first, [1, 2]);
    assert_eq!(second.len(), third.len());
}

/// A reader keeps writers out, and its drop lets them in.
#[test]
fn readers_keep_writers_out_until_they_drop() {
    let lock = RwLock::new(0);
    let reader = lock.read();
    assert!(
        lock.try_write().is_none(),
        "try_write succeeded while a reader held the lock"
    );
    drop(reader);
    *lock
        .try_write()
        .expect("the reader was dropped, but try_write failed") += 1;
    assert_eq!(*lock.read(), 1);
}

/// A writer keeps readers and other writers out, and its drop lets them in.
#[test]
fn writer_keeps_everyone_out_until_it_drops() {
    let lock = RwLock::new(String::from("a"));
    let mut writer = lock.write();
    writer.push('b');
    assert!(
        lock.try_read().is_none(),
        "try_read succeeded while a writer held the lock"
    );
    assert!(lock.try_write().is_none(), "a second writer got in");
    drop(writer);
    assert_eq!(
        *lock
            .try_read()
            .expect("the writer was dropped, but try_read failed"),
        "ab"
    );
    lock.write().push('c');
    assert_eq!(*lock.read(), "abc");
}

/// A value that counts its drops.
struct Counted<'a>(&'a AtomicUsize, u32);

impl Drop for Counted<'_> {
    fn drop(&mut self) {
        self.0.fetch_add(1, Ordering::Relaxed);
    }
}

/// `into_inner` hands over the value with the writes made under the lock,
/// and dropping the lock drops the value once.
#[test]
fn into_inner_and_drop_hand_over_the_value_once() {
    let drops = AtomicUsize::new(0);
    let lock = RwLock::new(Counted(&drops, 1));
    lock.write().1 = 2;
    let value = lock.into_inner();
    assert_eq!(
        drops.load(Ordering::Relaxed),
        0,
        "into_inner dropped the value it returns"
    );
    assert_eq!(value.1, 2);
    drop(value);
    let lock = RwLock::new(Counted(&drops, 3));
    drop(lock.read());
    drop(lock);
    assert_eq!(
        drops.load(Ordering::Relaxed),
        2,
        "the lock did not drop its value exactly once"
    );
}
