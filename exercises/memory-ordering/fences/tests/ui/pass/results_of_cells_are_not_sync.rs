use std::thread;

use finished_results::Results;

fn assert_sync<T: Sync>() {}

fn main() {
    assert_sync::<Results<String>>();
    let results = Results::new(2);
    thread::scope(|s| {
        s.spawn(|| results.finish(0, String::from("a")));
        s.spawn(|| results.finish(1, String::from("b")));
    });
    assert_eq!(results.collect_ready().len(), 2);
}
