//! # A fan-in log collector
//!
//! Book: book/src/channels.md#many-senders-one-receiver
//! Check: cargo xtask check channels/log-collector
//!
//! Reference solution.

use std::sync::mpsc::{self, Receiver, Sender};
use std::thread;

/// One log line, as the collector receives it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The number of the worker that logged it.
    pub worker: usize,
    /// What it said.
    pub message: String,
}

/// A worker's handle for logging: it sends into the collector's channel.
///
/// `Send` and `Sync` because `Sender<Entry>` is both (since Rust 1.72).
pub struct Logger {
    worker: usize,
    sender: Sender<Entry>,
}

impl Logger {
    /// The worker number this logger stamps on its entries.
    pub fn worker(&self) -> usize {
        self.worker
    }

    /// Sends `message`, stamped with this logger's worker number, to the
    /// collector. Never waits. If the collector has been dropped, the
    /// message comes back as `Err`.
    pub fn log(&self, message: String) -> Result<(), String> {
        let entry = Entry {
            worker: self.worker,
            message,
        };
        // `send` moves the entry into the channel; if nobody can receive it,
        // the error carries it back.
        self.sender.send(entry).map_err(|error| error.0.message)
    }
}

/// The receiving end: gathers what every logger sends.
///
/// Not `Sync`, because `Receiver<Entry>` is not: there is one consumer, and
/// the compiler keeps it on one thread at a time.
pub struct Collector {
    /// The sender new loggers are cloned from. It keeps the channel open
    /// until `collect` drops it.
    sender: Sender<Entry>,
    receiver: Receiver<Entry>,
}

impl Collector {
    /// A collector with no loggers yet.
    pub fn new() -> Collector {
        let (sender, receiver) = mpsc::channel();
        Collector { sender, receiver }
    }

    /// A new logger for worker number `worker`, sending to this collector.
    pub fn logger(&self, worker: usize) -> Logger {
        Logger {
            worker,
            sender: self.sender.clone(),
        }
    }

    /// The entries that have arrived so far and not been returned yet, in
    /// arrival order. Never waits.
    pub fn ready(&self) -> Vec<Entry> {
        self.receiver.try_iter().collect()
    }

    /// Waits until every logger made by this collector has been dropped,
    /// then returns every entry not returned yet, in arrival order.
    pub fn collect(self) -> Vec<Entry> {
        let Collector { sender, receiver } = self;
        // Our own sender is a stray: while it lives, the channel is never
        // disconnected and the loop below never ends.
        drop(sender);
        receiver.into_iter().collect()
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
    let collector = Collector::new();
    let threads: Vec<_> = workers
        .into_iter()
        .enumerate()
        .map(|(worker, messages)| {
            let logger = collector.logger(worker);
            thread::spawn(move || {
                for message in messages {
                    // The collector outlives the workers here, so this
                    // cannot fail; if it did, there is nobody to tell.
                    let _ = logger.log(message);
                }
            })
        })
        .collect();
    let entries = collector.collect();
    for thread in threads {
        thread.join().expect("a worker panicked");
    }
    entries
}
