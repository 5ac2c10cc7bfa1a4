//! # A pipeline of threads
//!
//! Book: book/src/channels.md#a-pipeline-of-threads
//! Check: cargo xtask check channels/pipeline
//!
//! Reference solution.

use std::thread::{self, JoinHandle};

use crossbeam_channel::{Receiver, Sender, bounded};

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
/// No `Clone`: the stages stop only once every sender of the input channel
/// is gone, so a second handle kept anywhere would keep them waiting for
/// ever. `close` takes `self`, so a line sent after closing is a compile
/// error, not a line lost at run time.
pub struct Input {
    sender: Sender<String>,
}

impl Input {
    /// Sends `line` into the pipeline, first waiting while the input channel
    /// is full. If the pipeline no longer takes lines (its stages have
    /// stopped), the line comes back as `Err`.
    pub fn send(&self, line: String) -> Result<(), String> {
        self.sender.send(line).map_err(|error| error.into_inner())
    }

    /// Closes the input: there are no more lines. The parse stage finishes
    /// the lines it already has and stops, and the stages after it follow.
    /// Dropping an `Input` closes it too.
    pub fn close(self) {
        // Moving `self` in here is the whole work: it is dropped on return,
        // and with it the last sender of the input channel.
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
    let (label, rest) = line.split_once(':')?;
    let label = label.trim();
    if label.is_empty() {
        return None;
    }
    let values = rest
        .split_whitespace()
        .map(|word| word.parse().ok())
        .collect::<Option<Vec<i64>>>()?;
    Some(Record {
        label: label.to_owned(),
        values,
    })
}

/// The summary of one record: its label, how many values, and their sum.
///
/// # Panics
///
/// If adding up the values, in order, overflows an `i64`.
pub fn summarise(record: Record) -> Summary {
    let sum = record
        .values
        .iter()
        .try_fold(0i64, |sum, &value| sum.checked_add(value))
        .expect("the sum of a record's values does not fit in an i64");
    Summary {
        count: record.values.len(),
        sum,
        label: record.label,
    }
}

/// Starts the parse and summarise stages, each on its own thread, joined by
/// bounded channels of `capacity` (0 makes every hand-over a rendezvous).
///
/// The parse stage skips malformed lines. A stage stops when its input
/// channel is disconnected and empty, and drops its sender as it stops,
/// which in turn stops the next stage. A stage also stops, without
/// panicking, when it finds that nobody receives its output any more.
pub fn spawn(capacity: usize) -> Pipeline {
    let (input, lines) = bounded::<String>(capacity);
    let (records_tx, records) = bounded::<Record>(capacity);
    let (summaries_tx, output) = bounded::<Summary>(capacity);

    // Each thread takes ownership of its receiver and its sender; when the
    // closure returns, both are dropped, and that is the shutdown signal for
    // the next stage (and, for the receiver, for the previous one).
    let parse = thread::spawn(move || {
        for line in lines {
            // A malformed line is skipped.
            let Some(record) = parse_line(&line) else {
                continue;
            };
            if records_tx.send(record).is_err() {
                // The summarise stage is gone: nobody wants our output.
                return;
            }
        }
    });
    let summarise = thread::spawn(move || {
        for record in records {
            if summaries_tx.send(summarise(record)).is_err() {
                return;
            }
        }
    });

    Pipeline {
        input: Input { sender: input },
        output,
        parse,
        summarise,
    }
}

/// The collect stage: a thread that gathers every summary from `output`, in
/// the order they arrive, until the channel is disconnected and empty.
pub fn collect(output: Receiver<Summary>) -> JoinHandle<Vec<Summary>> {
    thread::spawn(move || output.iter().collect())
}

/// Runs `lines` through all three stages, with channels of `capacity`, and
/// returns the summaries of the well-formed lines, in input order.
///
/// # Panics
///
/// If a stage panicked (a record whose sum overflows an `i64`, say).
pub fn run(lines: Vec<String>, capacity: usize) -> Vec<Summary> {
    let Pipeline {
        input,
        output,
        parse,
        summarise,
    } = spawn(capacity);
    // The collector must be running before we feed the input: with bounded
    // channels, only a few lines fit in the pipeline until someone reads.
    let collector = collect(output);
    for line in lines {
        if input.send(line).is_err() {
            // A stage has stopped (it panicked): joining it says so below.
            break;
        }
    }
    // No more input: this is what lets the stages finish.
    input.close();
    let summaries = collector.join().expect("the collect stage panicked");
    parse.join().expect("the parse stage panicked");
    summarise.join().expect("the summarise stage panicked");
    summaries
}
