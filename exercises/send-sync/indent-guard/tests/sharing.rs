//! A guard may be shared: `&Indent` only reads its level. This test is a
//! file of its own because it compiles only when `Indent` is `Sync`.

use std::thread;

use indent_guard::{depth, indent};

/// Scoped threads read a shared guard's level; the guard stays with its
/// thread and is dropped there.
#[test]
fn threads_may_read_a_shared_guard() {
    let guard = indent();
    let levels: Vec<usize> = thread::scope(|s| {
        let readers: Vec<_> = (0..2)
            .map(|_| {
                let guard = &guard;
                s.spawn(move || guard.level())
            })
            .collect();
        readers.into_iter().map(|r| r.join().unwrap()).collect()
    });
    assert_eq!(levels, [1, 1]);
    drop(guard);
    assert_eq!(depth(), 0);
}
