use drop_order::{Log, Resource};

fn main() {
    let log = Log::new();
    let file = Resource::open("file", &log);
    let other = Resource::open("file", &log);
    drop(file);
    drop(other);
    assert_eq!(
        log.entries(),
        ["open file", "open file", "close file", "close file"]
    );
}
