// An `AtomicU32` may be changed through a shared reference from any thread,
// so a configuration of one can be shared, and every snapshot sees the same
// atomic.
use config::Config;
use std::sync::atomic::{AtomicU32, Ordering};
use std::thread;

fn main() {
    let config = Config::new(AtomicU32::new(1));
    thread::scope(|s| {
        s.spawn(|| config.get().fetch_add(2, Ordering::SeqCst));
        config.get().fetch_add(3, Ordering::SeqCst);
    });
    assert_eq!(config.get().load(Ordering::SeqCst), 6);
}
