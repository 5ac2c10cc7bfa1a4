use std::sync::LazyLock;
use std::thread;

use counters::{LocalCounter, SharedCounter};

// Each thread gets a `HITS` of its own; `TOTAL` is one for the whole program.
thread_local! {
    static HITS: LocalCounter = LocalCounter::new();
}

static TOTAL: LazyLock<SharedCounter> = LazyLock::new(SharedCounter::new);

fn count_and_flush(times: u64) {
    HITS.with(|hits| {
        for _ in 0..times {
            hits.add(1);
        }
        hits.flush_into(&TOTAL);
    });
}

fn main() {
    thread::spawn(|| count_and_flush(2)).join().unwrap();
    count_and_flush(3);
    assert_eq!(TOTAL.get(), 5);
    HITS.with(|hits| assert_eq!(hits.get(), 0));
}
