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
//!
//! Two decisions are yours, and the compiler should enforce them rather than
//! the caller remember them: there is only ever one [`Input`] (a copy kept
//! somewhere would keep every stage waiting for ever), and no line can be
//! sent after the input is closed. Read the docs of [`Input`]: what they say
//! must not compile is tested.
//!
//! Loom cannot check this exercise: it sees only its own `Mutex`, `Condvar`
//! and atomics, not the inside of crossbeam's (or std's) channels. Tests with
//! real threads stand in for it, each under the runner's deadline: closing
//! by dropping senders, back-pressure, input order, no item lost or
//! duplicated, and a stage that panics.

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

/// Where lines go in: the only way to feed the pipeline, and the only way to
/// end it.
///
/// The stages stop only when the input is closed, so there must be exactly
/// one `Input`, and nothing may use it after closing it: copying an `Input`
/// (`input.clone()`) and calling `send` after `close` must both be compile
/// errors.
#[derive(Clone)]
pub struct Input {
    // TODO: what the pipeline is fed through.
    sender: Sender<String>,
}

impl Input {
    /// Sends `line` into the pipeline, first waiting while the input channel
    /// is full. If the pipeline no longer takes lines (its stages have
    /// stopped), the line comes back as `Err`.
    pub fn send(&self, line: String) -> Result<(), String> {
        todo!("send {line:?} through {:?}", self.sender)
    }

    /// Closes the input: there are no more lines. The parse stage finishes
    /// the lines it already has and stops, and the stages after it follow.
    /// Dropping an `Input` closes it too.
    pub fn close(&self) {
        todo!()
    }
}

/// The first two stages, running, and the two ends of the pipeline.
///
/// Every channel in the pipeline is bounded by the same `capacity`: the
/// input channel, the one between the stages, and the output channel.
pub struct Pipeline {
    /// Where lines go in. Close (or drop) it to say that there are no more.
    pub input: Input,
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
///
/// # Panics
///
/// If adding up the values, in order, overflows an `i64`.
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
/// If a stage panicked (a record whose sum overflows an `i64`, say).
pub fn run(lines: Vec<String>, capacity: usize) -> Vec<Summary> {
    todo!("run {} lines, capacity {capacity}", lines.len())
}
