#![cfg(loom)]
//! The semaphore under loom, which runs each test once for every
//! interleaving of its two threads and every value an atomic load may
//! return. The work done under a permit touches loom `Cell`s, so a permit
//! handed to two threads at once, or handed on without its holder's writes,
//! is reported.

use loom::cell::Cell;
use loom::sync::Arc;
use loom::thread;

use atomic_semaphore::Semaphore;
use workbook_sync::model;

/// One permit is a lock: two threads that `acquire` it never overlap, and
/// the second sees the first one's write.
#[test]
fn one_permit_admits_one_thread_at_a_time() {
    model(|| {
        let shared = Arc::new((Semaphore::new(1), Cell::new(0u32)));
        let other = Arc::clone(&shared);
        let add_one = |(semaphore, count): &(Semaphore, Cell<u32>)| {
            let _permit = semaphore.acquire();
            count.set(count.get() + 1);
        };
        let adding = thread::spawn(move || add_one(&other));
        add_one(&shared);
        adding.join().unwrap();
        assert_eq!(
            shared.1.get(),
            2,
            "an increment made under the permit was lost"
        );
    });
}

/// Two threads race for the last permit with `try_acquire`: exactly one
/// gets it (while the winner holds it, the other cannot).
#[test]
fn the_last_permit_goes_to_one_thread() {
    model(|| {
        let semaphore = Arc::new(Semaphore::new(1));
        let other = Arc::clone(&semaphore);
        let racing = thread::spawn(move || {
            let permit = other.try_acquire();
            let got = permit.is_some();
            std::mem::forget(permit);
            got
        });
        let permit = semaphore.try_acquire();
        let mine = permit.is_some();
        std::mem::forget(permit);
        let theirs = racing.join().unwrap();
        assert!(
            mine != theirs,
            "permits handed out: mine {mine}, theirs {theirs}; exactly one was free"
        );
    });
}

/// Two threads take one of two permits each at the same moment: both must
/// succeed, since a permit was free for each.
#[test]
fn two_permits_for_two_threads() {
    model(|| {
        let semaphore = Arc::new(Semaphore::new(2));
        let other = Arc::clone(&semaphore);
        let racing = thread::spawn(move || other.try_acquire().is_some());
        let mine = semaphore.try_acquire().is_some();
        assert!(mine, "try_acquire failed although a permit was free");
        assert!(
            racing.join().unwrap(),
            "try_acquire failed although a permit was free"
        );
        assert_eq!(
            semaphore.available(),
            2,
            "the dropped permits did not come back"
        );
    });
}

/// Two threads try an empty semaphore at the same moment: neither gets a
/// permit, and the count is still zero afterwards.
#[test]
fn an_empty_semaphore_gives_nothing() {
    model(|| {
        let semaphore = Arc::new(Semaphore::new(0));
        let other = Arc::clone(&semaphore);
        let racing = thread::spawn(move || other.try_acquire().is_some());
        let mine = semaphore.try_acquire().is_some();
        let theirs = racing.join().unwrap();
        assert!(
            !mine && !theirs,
            "a permit was handed out by an empty semaphore"
        );
        assert_eq!(semaphore.available(), 0);
    });
}
