use std::thread;

use init_once::InitOnce;

fn assert_sync<T: Sync>() {}

fn main() {
    // A `String` is `Send + Sync`: made on one thread, read on another.
    assert_sync::<InitOnce<String>>();
    let cell = InitOnce::new();
    thread::scope(|s| {
        s.spawn(|| cell.get_or_init(|| String::from("made here")).len());
    });
    assert_eq!(cell.get().map(String::as_str), Some("made here"));
}
