//! A `LocalCounter` updates its count with plain reads and writes. If two
//! threads could share one, both could read the same count and write it back
//! at the same moment: a data race, which safe Rust must rule out. So
//! `&LocalCounter` must not be sendable to another thread, which means that
//! `LocalCounter` must not be `Sync`.
use std::thread;

use counters::LocalCounter;

fn main() {
    let hits = LocalCounter::new();
    thread::scope(|s| {
        s.spawn(|| hits.add(1)); //~ ERROR E0277 cannot be shared between threads safely
        hits.add(1);
    });
    assert_eq!(hits.get(), 2);
}
