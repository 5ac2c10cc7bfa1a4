//! # A fan-in log collector
//!
//! Book: book/src/channels.md#many-senders-one-receiver
//! Check: cargo xtask check channels/log-collector
//!
//! Several worker threads write log messages; one collector gathers them.
//! Build it on `std::sync::mpsc`: every [`Logger`] sends into the same
//! channel, and the [`Collector`] is its only receiver. Nobody tells the
//! collector that the workers are done: [`Collector::collect`] returns when
//! the last logger has been dropped and every message has been read.
//!
//! What must work:
//!
//! - a logger stamps each message with its worker number, and a worker's
//!   messages arrive in the order it logged them;
//! - logging after the collector is gone hands the message back;
//! - `collect` waits for loggers that are still alive, and returns as soon
//!   as the last one is dropped;
//! - a logger can be moved to another thread.
//!
//! What must be impossible: sharing the collector by reference between
//! threads (it is the channel's one consumer). That is tested by a program
//! that must not compile; choosing the types that make it so is yours.
//!
//! Loom cannot check this exercise: it does not see inside std's channels.
//! Tests with real threads stand in for it, each with a deadline, so that a
//! collector that waits for ever fails a test instead of hanging it.

/// One log line, as the collector receives it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The number of the worker that logged it.
    pub worker: usize,
    /// What it said.
    pub message: String,
}

/// A worker's handle for logging: it sends into the collector's channel.
pub struct Logger {
    // TODO
}

impl Logger {
    /// The worker number this logger stamps on its entries.
    pub fn worker(&self) -> usize {
        todo!()
    }

    /// Sends `message`, stamped with this logger's worker number, to the
    /// collector. Never waits. If the collector has been dropped, the
    /// message comes back as `Err`.
    pub fn log(&self, message: String) -> Result<(), String> {
        todo!("log {message:?}")
    }
}

/// The receiving end: gathers what every logger sends.
pub struct Collector {
    // TODO
}

impl Collector {
    /// A collector with no loggers yet.
    pub fn new() -> Collector {
        todo!()
    }

    /// A new logger for worker number `worker`, sending to this collector.
    pub fn logger(&self, worker: usize) -> Logger {
        todo!("a logger for worker {worker}")
    }

    /// The entries that have arrived so far and not been returned yet, in
    /// arrival order. Never waits.
    pub fn ready(&self) -> Vec<Entry> {
        todo!()
    }

    /// Waits until every logger made by this collector has been dropped,
    /// then returns every entry not returned yet, in arrival order.
    pub fn collect(self) -> Vec<Entry> {
        todo!()
    }
}

impl Default for Collector {
    fn default() -> Collector {
        Collector::new()
    }
}

/// Runs one thread per element of `workers`; thread `i` logs the messages
/// of `workers[i]` as worker `i`. Returns every entry once all the threads
/// are done.
pub fn run(workers: Vec<Vec<String>>) -> Vec<Entry> {
    todo!("{} workers", workers.len())
}
