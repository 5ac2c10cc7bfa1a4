//! # A pipeline of threads
//!
//! Book: book/src/channels.md#a-pipeline-of-threads
//! Check: cargo xtask check channels/pipeline
//!
//! Three stages, each on its own thread, connected by bounded channels:
//! parse turns text lines into records and skips the malformed ones,
//! summarise counts and adds up each record's values, and collect gathers the
//! summaries into a `Vec`, in input order. Nobody tells a stage to stop:
//! when the input's sender is dropped, the first stage's loop ends and it
//! drops its own sender, which ends the next stage, and so on down the line.
//! The channels are bounded, so a fast producer waits for a slow consumer
//! instead of filling memory.

use std::thread::JoinHandle;

use crossbeam_channel::{Receiver, Sender};

/// One well-formed input line, such as `"north: 3 -1 4"`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    /// The text before the colon, without surrounding whitespace.
    pub label: String,
    /// The integers after the colon, in order.
    pub values: Vec<i64>,
}

/// What the summarise stage makes of one record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    /// The record's label.
    pub label: String,
    /// How many values the record has.
    pub count: usize,
    /// The sum of its values (0 when there are none).
    pub sum: i64,
}

/// The first two stages, running, and the two ends of the pipeline.
///
/// Every channel in the pipeline is bounded by the same `capacity`: the
/// input channel, the one between the stages, and the output channel.
pub struct Pipeline {
    /// Where lines go in. Drop it to say that there are no more.
    pub input: Sender<String>,
    /// Where summaries come out, in input order. It disconnects once every
    /// line has come through and the input has been dropped.
    pub output: Receiver<Summary>,
    /// The parse stage: lines in, records out.
    pub parse: JoinHandle<()>,
    /// The summarise stage: records in, summaries out.
    pub summarise: JoinHandle<()>,
}

/// Reads a line of the form `"<label>: <integer> <integer> ..."`.
///
/// The label is the text before the first `:`, with surrounding whitespace
/// removed, and must not be empty. After the colon come zero or more `i64`s
/// separated by whitespace. Anything else is malformed: `None`.
pub fn parse_line(line: &str) -> Option<Record> {
    todo!("parse {line:?}")
}

/// The summary of one record: its label, how many values, and their sum.
pub fn summarise(record: Record) -> Summary {
    todo!("summarise {record:?}")
}

/// Starts the parse and summarise stages, each on its own thread, joined by
/// bounded channels of `capacity` (0 makes every hand-over a rendezvous).
///
/// The parse stage skips malformed lines. A stage stops when its input
/// channel is disconnected and empty, and drops its sender as it stops,
/// which in turn stops the next stage. A stage also stops, without
/// panicking, when it finds that nobody receives its output any more.
pub fn spawn(capacity: usize) -> Pipeline {
    todo!("three channels of capacity {capacity}, two threads")
}

/// The collect stage: a thread that gathers every summary from `output`, in
/// the order they arrive, until the channel is disconnected and empty.
pub fn collect(output: Receiver<Summary>) -> JoinHandle<Vec<Summary>> {
    todo!("a thread that drains {output:?}")
}

/// Runs `lines` through all three stages, with channels of `capacity`, and
/// returns the summaries of the well-formed lines, in input order.
///
/// # Panics
///
/// If a stage panicked.
pub fn run(lines: Vec<String>, capacity: usize) -> Vec<Summary> {
    todo!("run {} lines, capacity {capacity}", lines.len())
}
