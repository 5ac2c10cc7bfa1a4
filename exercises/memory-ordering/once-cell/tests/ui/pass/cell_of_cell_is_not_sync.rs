use std::sync::atomic::{AtomicI32, Ordering};
use std::thread;

use init_once::InitOnce;

fn assert_sync<T: Sync>() {}

fn main() {
    assert_sync::<InitOnce<AtomicI32>>();
    let cell = InitOnce::new();
    thread::scope(|s| {
        s.spawn(|| {
            cell.get_or_init(|| AtomicI32::new(0))
                .fetch_add(1, Ordering::Relaxed)
        });
    });
    assert_eq!(cell.get().map(|n| n.load(Ordering::Relaxed)), Some(1));
}
