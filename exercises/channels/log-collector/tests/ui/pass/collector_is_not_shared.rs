use log_collector::Collector;
use std::thread;

fn main() {
    let collector = Collector::new();
    let logger = collector.logger(0);
    logger.log("up".to_owned()).unwrap();
    drop(logger);
    // Moving the collector to another thread is fine: it is `Send`.
    let entries = thread::spawn(move || collector.collect()).join().unwrap();
    assert_eq!(entries.len(), 1);
}
