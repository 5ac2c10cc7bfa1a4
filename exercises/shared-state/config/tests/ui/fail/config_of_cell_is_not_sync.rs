//! Two threads that share a `Config<Cell<u32>>` could take snapshots of the
//! same `Cell` and `set` it at the same time: a data race. So a
//! `Config<Cell<u32>>` must not be shared between threads, although the
//! value sits behind a lock.
use config::Config;
use std::cell::Cell;
use std::thread;

fn main() {
    let config = Config::new(Cell::new(1u32));
    thread::scope(|s| {
        s.spawn(|| config.get().set(2)); //~ ERROR E0277 `Cell<u32>` cannot be shared between threads safely
        config.get().set(3);
    });
}
