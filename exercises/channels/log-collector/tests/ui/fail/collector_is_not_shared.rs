//! Two threads reading one channel through `&Collector` would make it a
//! multi-consumer channel. std's `Receiver` is not `Sync`, and a collector
//! that keeps it as it is is not `Sync` either, so this must not compile.
use log_collector::Collector;
use std::thread;

fn main() {
    let collector = Collector::new();
    let logger = collector.logger(0);
    logger.log("up".to_owned()).unwrap();
    thread::scope(|s| {
        s.spawn(|| collector.ready()); //~ ERROR E0277 cannot be shared between threads safely
        collector.ready();
    });
    drop(logger);
    collector.collect();
}
