#![cfg(not(loom))]
//! What `run_each` and `panic_message` do, on real threads that sometimes
//! panic. (The panics' messages appear in the test output: a panicking
//! thread prints its message before it ends.)

use std::any::Any;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Barrier, OnceLock};
use std::thread;
use std::time::{Duration, Instant};

use panic_report::{Failure, NOT_A_STRING, panic_message, run_each};
use workbook_probe::Task;

/// How long a test waits for one of its threads to fall asleep or end.
const SETTLE_LIMIT: Duration = Duration::from_secs(3);

fn payload(value: impl Any + Send) -> Box<dyn Any + Send> {
    Box::new(value)
}

/// `panic_message` reads a `&'static str` payload, the kind `panic!("literal")`
/// makes.
#[test]
fn message_of_a_literal_panic() {
    assert_eq!(panic_message(&*payload("out of range")), "out of range");
}

/// `panic_message` reads a `String` payload, the kind `panic!("{x}")` makes.
#[test]
fn message_of_a_formatted_panic() {
    let text = format!("input {} is odd", 7);
    assert_eq!(panic_message(&*payload(text)), "input 7 is odd");
}

/// `panic_message` gives `NOT_A_STRING` for any other payload.
#[test]
fn message_of_a_payload_that_is_not_a_string() {
    assert_eq!(panic_message(&*payload(42_i32)), NOT_A_STRING);
    assert_eq!(panic_message(&*payload(vec!['x'])), NOT_A_STRING);
}

/// Without panics, the results come back in the order of the inputs.
#[test]
fn results_come_back_in_input_order() {
    let squares = run_each((0..10).collect(), |n: u64| n * n);
    assert_eq!(squares, Ok(vec![0, 1, 4, 9, 16, 25, 36, 49, 64, 81]));
}

/// No inputs give `Ok` with no results.
#[test]
fn no_inputs_give_no_results() {
    assert_eq!(run_each(Vec::<u8>::new(), |n| n + 1), Ok(vec![]));
}

/// Every input that panicked is reported, with its message, in the order of the
/// inputs.
#[test]
fn every_failure_is_reported_in_input_order() {
    fn reject_multiples_of_three(n: u32) -> u32 {
        if n.is_multiple_of(3) {
            panic!("{n} is a multiple of three");
        }
        n
    }
    let report = run_each((0..10).collect(), reject_multiples_of_three);
    let failure = |index, message: &str| Failure {
        index,
        message: message.to_owned(),
    };
    assert_eq!(
        report,
        Err(vec![
            failure(0, "0 is a multiple of three"),
            failure(3, "3 is a multiple of three"),
            failure(6, "6 is a multiple of three"),
            failure(9, "9 is a multiple of three"),
        ])
    );
}

/// A failure whose payload is a `&'static str` reports that text.
#[test]
fn a_failure_reports_its_literal_message() {
    fn parse(text: &'static str) -> i32 {
        match text.parse() {
            Ok(n) => n,
            // A message without `{}` arguments: the payload is a `&'static str`.
            Err(_) => panic!("not a number"),
        }
    }
    let failure = Failure {
        index: 1,
        message: String::from("not a number"),
    };
    assert_eq!(run_each(vec!["12", "x", "-3"], parse), Err(vec![failure]));
}

/// A failure whose payload is not a string is reported with `NOT_A_STRING`.
#[test]
fn a_failure_with_a_non_string_payload_is_reported() {
    fn odd_one_out(n: i32) -> i32 {
        if n == 2 {
            std::panic::panic_any(n);
        }
        n
    }
    let failure = Failure {
        index: 2,
        message: NOT_A_STRING.to_owned(),
    };
    assert_eq!(run_each(vec![0, 1, 2], odd_one_out), Err(vec![failure]));
}

/// `run_each` returns only after every thread has finished, even when one
/// failed early.
#[test]
fn every_thread_has_finished_when_run_each_returns() {
    static FINISHED: AtomicUsize = AtomicUsize::new(0);
    /// The thread that calls `run_each`.
    static CALLER: OnceLock<Task> = OnceLock::new();
    /// The thread of input 0, the one that fails.
    static FAILING: OnceLock<Task> = OnceLock::new();
    fn fail_fast_or_finish_late(n: usize) -> usize {
        if n == 0 {
            FAILING.set(Task::current()).unwrap();
            panic!("input 0 fails at once");
        }
        // Finish only once the failed thread has ended and, after that, the
        // caller is seen asleep: waiting for a thread that is still working.
        // A `run_each` that returns at the failure never sleeps between
        // joining input 0's thread and returning, so this input is not
        // finished yet when it returns, however slow any thread is.
        let deadline = Instant::now() + SETTLE_LIMIT;
        while FAILING.get().is_none() && Instant::now() < deadline {
            thread::sleep(Duration::from_millis(1));
        }
        if let Some(failing) = FAILING.get() {
            failing.settle(
                deadline.saturating_duration_since(Instant::now()),
                Duration::ZERO,
            );
        }
        CALLER
            .get()
            .unwrap()
            .settle(SETTLE_LIMIT, Duration::from_millis(50));
        FINISHED.fetch_add(1, Ordering::SeqCst);
        n
    }
    CALLER.set(Task::current()).unwrap();
    let report = run_each((0..5).collect(), fail_fast_or_finish_late);
    assert_eq!(
        FINISHED.load(Ordering::SeqCst),
        4,
        "run_each returned while threads were still working"
    );
    let indices: Vec<usize> = report.unwrap_err().iter().map(|f| f.index).collect();
    assert_eq!(indices, [0]);
}

/// All the inputs run at the same time, each on a thread started before any is
/// joined.
#[test]
fn all_inputs_run_at_the_same_time() {
    // Every input waits until all four have started: threads joined one at
    // a time, or work done one input at a time, would wait forever.
    static ALL_STARTED: Barrier = Barrier::new(4);
    fn wait_for_the_others(n: i32) -> i32 {
        ALL_STARTED.wait();
        -n
    }
    assert_eq!(
        run_each(vec![1, 2, 3, 4], wait_for_the_others),
        Ok(vec![-1, -2, -3, -4])
    );
}

/// Each input runs on a spawned thread of its own, never on the caller's.
#[test]
fn each_input_runs_on_a_spawned_thread_of_its_own() {
    let caller = thread::current().id();
    let ids = run_each(vec![(); 4], |()| thread::current().id()).unwrap();
    assert!(
        ids.iter().all(|&id| id != caller),
        "an input ran on the calling thread"
    );
    for (i, id) in ids.iter().enumerate() {
        assert!(!ids[..i].contains(id), "two inputs ran on the same thread");
    }
}
