use std::thread;

use counters::{LocalCounter, SharedCounter};

fn main() {
    // Each thread counts on a counter of its own, moved into it (a
    // `LocalCounter` is `Send`), and the threads share the total (a
    // `SharedCounter` is `Sync`).
    let total = SharedCounter::new();
    let mine = LocalCounter::new();
    let theirs = LocalCounter::new();
    thread::scope(|s| {
        let total = &total;
        s.spawn(move || {
            theirs.add(1);
            theirs.flush_into(total);
        })
        .join()
        .unwrap();
        mine.add(1);
        mine.flush_into(total);
    });
    assert_eq!(total.get(), 2);
}
