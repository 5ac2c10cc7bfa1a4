#![cfg(not(loom))]
//! What the pipeline does at run time.
//!
//! Every wait has a deadline: a stage that never stops (a sender kept alive
//! somewhere, a loop that does not end) makes a test fail with a message
//! instead of hanging.
//!
//! There is no `tests/loom.rs` here. Loom explores the interleavings of the
//! primitives it provides (its `Mutex`, `Condvar`, atomics, threads), and
//! crossbeam's channels are built on std's atomics and thread parking, which
//! loom never sees: a model would run each test once, check nothing, and
//! pass. What loom would look for, these tests force with real threads:
//! closing by dropping senders (the stages stop, the output disconnects),
//! back-pressure (a full pipeline holds the input back), input order, every
//! line arriving exactly once, stopping quietly when the output is dropped,
//! and a stage that panics.

use std::panic;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

use crossbeam_channel::{Receiver, RecvTimeoutError};
use pipeline::{Pipeline, Record, Summary, collect, parse_line, run, spawn, summarise};

/// How long any thread of a test may take to finish its work.
const DEADLINE: Duration = Duration::from_secs(5);

fn lines(text: &[&str]) -> Vec<String> {
    text.iter().map(|line| line.to_string()).collect()
}

fn summary(label: &str, count: usize, sum: i64) -> Summary {
    Summary {
        label: label.to_owned(),
        count,
        sum,
    }
}

/// Joins `thread`, failing the test if it is still running after `DEADLINE`
/// or if it panicked.
fn join<T>(thread: JoinHandle<T>, what: &str) -> T {
    let deadline = Instant::now() + DEADLINE;
    while !thread.is_finished() {
        assert!(
            Instant::now() < deadline,
            "{what} is still running after {DEADLINE:?}"
        );
        thread::sleep(Duration::from_millis(1));
    }
    match thread.join() {
        Ok(value) => value,
        Err(_) => panic!("{what} panicked"),
    }
}

/// `run(lines, capacity)` on another thread, so that a hang fails the test:
/// its result, or the panic it ended with.
fn run_catching_panics(lines: Vec<String>, capacity: usize) -> thread::Result<Vec<Summary>> {
    let runner = thread::spawn(move || run(lines, capacity));
    let deadline = Instant::now() + DEADLINE;
    while !runner.is_finished() {
        assert!(
            Instant::now() < deadline,
            "run with capacity {capacity} is still running after {DEADLINE:?}"
        );
        thread::sleep(Duration::from_millis(1));
    }
    runner.join()
}

/// `run(lines, capacity)`, on another thread so that a hang fails the test.
fn run_within_deadline(lines: Vec<String>, capacity: usize) -> Vec<Summary> {
    let runner = thread::spawn(move || run(lines, capacity));
    join(
        runner,
        &format!(
            "run with capacity {capacity} (a stage that never stops, \
             or lines fed in before anything reads the output?)"
        ),
    )
}

/// Everything that comes out of `output` until it disconnects.
fn drain(output: &Receiver<Summary>) -> Vec<Summary> {
    let deadline = Instant::now() + DEADLINE;
    let mut got = Vec::new();
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        match output.recv_timeout(left) {
            Ok(summary) => got.push(summary),
            Err(RecvTimeoutError::Disconnected) => return got,
            Err(RecvTimeoutError::Timeout) => panic!(
                "the output did not disconnect within {DEADLINE:?} (received {} summaries): \
                 is a sender still alive somewhere?",
                got.len()
            ),
        }
    }
}

/// A well-formed line gives its trimmed label and its values, in order (none is fine).
#[test]
fn parse_line_reads_a_label_and_its_values() {
    assert_eq!(
        parse_line("north: 3 -1 4"),
        Some(Record {
            label: "north".to_owned(),
            values: vec![3, -1, 4],
        })
    );
    assert_eq!(
        parse_line("  south west :\t10   20 "),
        Some(Record {
            label: "south west".to_owned(),
            values: vec![10, 20],
        })
    );
    assert_eq!(
        parse_line("empty:"),
        Some(Record {
            label: "empty".to_owned(),
            values: vec![],
        })
    );
}

/// A line without a colon, with an empty label, or with a value that is not an `i64` is malformed.
#[test]
fn parse_line_rejects_malformed_lines() {
    for line in [
        "",
        "no colon 1 2",
        ": 1 2",
        "   : 5",
        "x: 1 two",
        "x: 1.5",
        "x: 1,2",
    ] {
        assert_eq!(parse_line(line), None, "{line:?} is malformed");
    }
}

/// `run` returns one summary per well-formed line, in input order, and skips the malformed ones.
#[test]
fn run_summarises_lines_in_input_order_skipping_malformed_ones() {
    let input = lines(&[
        "north: 3 -1 4",
        "garbage",
        "south:",
        "east: 10 20",
        ": 5",
        "west: 1 x",
        "centre: 7",
    ]);
    let expected = [
        summary("north", 3, 6),
        summary("south", 0, 0),
        summary("east", 2, 30),
        summary("centre", 1, 7),
    ];
    assert_eq!(run_within_deadline(input, 2), expected);
}

/// `run` moves 500 lines through channels that hold 0, 1 or 3 items, none lost, duplicated or reordered.
#[test]
fn run_moves_many_more_lines_than_the_channels_hold() {
    let input: Vec<String> = (0..500).map(|i| format!("line {i}: {i} 1")).collect();
    let expected: Vec<Summary> = (0..500)
        .map(|i| summary(&format!("line {i}"), 2, i + 1))
        .collect();
    for capacity in [0, 1, 3] {
        let got = run_within_deadline(input.clone(), capacity);
        assert!(
            got == expected,
            "with capacity {capacity}, run did not return all 500 summaries in order"
        );
    }
}

/// `collect` receives on its own thread, and its thread ends with every summary once the channel closes.
#[test]
fn collect_gathers_summaries_until_the_channel_closes() {
    let (tx, rx) = crossbeam_channel::bounded(1);
    let collector = collect(rx);
    // With room for one summary only, these sends finish only if the
    // collector is already receiving on its own thread.
    for i in 0..3 {
        tx.send_timeout(summary("s", i, 0), DEADLINE)
            .expect("the collector does not receive");
    }
    drop(tx);
    let got = join(collector, "the collect stage");
    assert_eq!(
        got,
        [summary("s", 0, 0), summary("s", 1, 0), summary("s", 2, 0)]
    );
}

/// Closing the input stops the parse stage, whose end stops the summarise stage, whose end closes the output.
#[test]
fn stages_finish_once_the_input_is_closed() {
    let Pipeline {
        input,
        output,
        parse,
        summarise,
    } = spawn(2);
    input.send("a: 1".to_owned()).unwrap();
    input.send("not a record".to_owned()).unwrap();
    input.send("b: 2 3".to_owned()).unwrap();
    // `{ input }` is a temporary, so this line builds whatever receiver
    // `close` takes; the compile-fail case `no_send_after_close` is where
    // that choice is graded.
    { input }.close();
    assert_eq!(drain(&output), [summary("a", 1, 1), summary("b", 2, 5)]);
    join(parse, "the parse stage");
    join(summarise, "the summarise stage");
}

/// Back-pressure: while nobody reads the output, the input takes no more lines than the channels and stages hold.
#[test]
fn capacity_limits_how_far_the_input_runs_ahead() {
    const CAPACITY: usize = 1;
    // Lines that can be accepted while nobody reads the output: one waiting in
    // each of the three channels, and one held by each of the two stages.
    const MOST_IN_FLIGHT: usize = 3 * CAPACITY + 2;
    const LINES: usize = 100;
    let Pipeline {
        input,
        output,
        parse,
        summarise,
    } = spawn(CAPACITY);
    let accepted = Arc::new(AtomicUsize::new(0));
    let feeder = {
        let accepted = Arc::clone(&accepted);
        thread::spawn(move || {
            for i in 0..LINES {
                input.send(format!("n: {i}")).unwrap();
                // Relaxed is enough: the count is only looked at, it does not
                // publish anything else.
                accepted.fetch_add(1, Ordering::Relaxed);
            }
        })
    };

    // Nobody reads the output yet. Wait until every thread is blocked (or
    // has ended): then the input has taken all it ever will. A fixed sleep
    // would not do: on a loaded machine the feeder may not have run yet.
    workbook_probe::settle_others(Duration::from_secs(3), Duration::from_millis(300));
    let ahead = accepted.load(Ordering::Relaxed);
    assert!(
        ahead <= MOST_IN_FLIGHT,
        "with capacity {CAPACITY} and nobody reading the output, the input accepted {ahead} lines; \
         at most {MOST_IN_FLIGHT} fit (one in each channel, one in each stage)"
    );

    // Now read: everything comes through, in order.
    let got = drain(&output);
    let sums: Vec<i64> = got.iter().map(|s| s.sum).collect();
    let expected: Vec<i64> = (0..LINES as i64).collect();
    assert!(sums == expected, "not every line came through, in order");
    join(feeder, "the thread feeding the input");
    join(parse, "the parse stage");
    join(summarise, "the summarise stage");
}

/// When the output is dropped, the stages stop without panicking, and the input then refuses lines.
#[test]
fn stages_stop_when_the_output_is_dropped() {
    let Pipeline {
        input,
        output,
        parse,
        summarise,
    } = spawn(1);
    drop(output);
    // Once nobody reads the output, the stages must stop, and then the input
    // is disconnected too: feeding it fails instead of blocking for ever.
    let feeder =
        thread::spawn(move || (0..1_000).position(|i| input.send(format!("n: {i}")).is_err()));
    let refused_at = join(feeder, "the thread feeding the input");
    assert!(
        refused_at.is_some(),
        "the input accepted 1000 lines although nobody reads the output"
    );
    join(
        summarise,
        "the summarise stage (it must stop quietly when its output is gone)",
    );
    join(
        parse,
        "the parse stage (it must stop quietly when its output is gone)",
    );
}

/// `summarise` panics, as documented, when the sum of a record's values does not fit in an `i64`, and not when it just fits.
#[test]
fn summarise_panics_when_the_sum_overflows() {
    let record = |values: Vec<i64>| Record {
        label: "big".to_owned(),
        values,
    };
    assert_eq!(
        summarise(record(vec![i64::MAX, -1, 1])),
        summary("big", 3, i64::MAX)
    );
    let too_big = panic::catch_unwind(|| summarise(record(vec![i64::MAX, 1])));
    assert!(
        too_big.is_err(),
        "summarise returned {too_big:?} for a sum past i64::MAX"
    );
}

/// A sum that overflows makes the summarise stage panic, and then `run` panics too instead of returning what it has.
#[test]
fn run_panics_when_a_stage_panics() {
    let input = lines(&["before: 1", "big: -9223372036854775808 -1", "after: 2"]);
    assert_eq!(
        run_within_deadline(lines(&["before: 1", "after: 2"]), 0),
        [summary("before", 1, 1), summary("after", 1, 2)]
    );
    for capacity in [0, 2] {
        assert!(
            run_catching_panics(input.clone(), capacity).is_err(),
            "with capacity {capacity}, a stage panicked but run returned normally"
        );
    }
}
