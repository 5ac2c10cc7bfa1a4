//! Every thread of a program can reach a `static`, so a static's type must be
//! `Sync`. A `LocalCounter` in a `static` would be counted on by every thread
//! at once, without synchronisation. A counter per thread belongs in a
//! `thread_local!`; a total that all threads share is a `SharedCounter`.
use std::sync::LazyLock;
use std::thread;

use counters::LocalCounter;

static HITS: LazyLock<LocalCounter> = LazyLock::new(LocalCounter::new); //~ ERROR E0277 cannot be shared between threads safely

fn main() {
    thread::spawn(|| HITS.add(1)).join().unwrap();
    HITS.add(1);
    assert_eq!(HITS.get(), 2);
}
