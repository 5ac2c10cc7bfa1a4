#![cfg(not(loom))]
//! What a task does at run time, on real threads.

use std::panic;
use std::sync::{Arc, Barrier};
use std::thread;
use std::time::{Duration, Instant};

use background_task::{Task, count_words};

/// The message of a panic payload, for the usual payload types.
fn message(payload: &(dyn std::any::Any + Send)) -> String {
    if let Some(text) = payload.downcast_ref::<&str>() {
        (*text).to_owned()
    } else if let Some(text) = payload.downcast_ref::<String>() {
        text.clone()
    } else {
        String::from("a panic payload that is not a string")
    }
}

/// The work runs on a thread of its own, not on the thread that called `spawn`.
#[test]
fn work_runs_on_another_thread() {
    let caller = thread::current().id();
    let task = Task::spawn(|| thread::current().id());
    assert_ne!(task.wait(), caller, "the work ran on the calling thread");
}

/// `spawn` returns at once, while the work is still running.
#[test]
fn spawn_returns_before_the_work_finishes() {
    // The work cannot finish until this thread reaches the barrier too, so
    // a `spawn` that waited for it would never return.
    let gate = Arc::new(Barrier::new(2));
    let task = {
        let gate = Arc::clone(&gate);
        Task::spawn(move || {
            gate.wait();
            "done"
        })
    };
    gate.wait();
    assert_eq!(task.wait(), "done");
}

/// `is_finished` is false while the work runs, and becomes true once it has
/// returned.
#[test]
fn is_finished_tells_whether_the_work_is_done() {
    let gate = Arc::new(Barrier::new(2));
    let task = {
        let gate = Arc::clone(&gate);
        Task::spawn(move || {
            gate.wait();
            5
        })
    };
    assert!(
        !task.is_finished(),
        "is_finished said true while the work was still waiting"
    );
    gate.wait();
    let deadline = Instant::now() + Duration::from_secs(5);
    while !task.is_finished() {
        assert!(
            Instant::now() < deadline,
            "the work returned, but is_finished still says false"
        );
        thread::sleep(Duration::from_millis(1));
    }
    assert_eq!(task.wait(), 5);
}

/// A task whose work panicked is finished too: `is_finished` says so.
#[test]
fn is_finished_after_the_work_panicked() {
    let task = Task::spawn(|| -> u8 { panic!("the work gave up") });
    let deadline = Instant::now() + Duration::from_secs(5);
    while !task.is_finished() {
        assert!(
            Instant::now() < deadline,
            "the work panicked, but is_finished still says false"
        );
        thread::sleep(Duration::from_millis(1));
    }
}

/// `wait` on a task whose work panicked panics with the work's own message.
#[test]
fn wait_passes_on_the_tasks_panic() {
    let task = Task::spawn(|| -> u32 { panic!("the task gave up") });
    let payload = panic::catch_unwind(panic::AssertUnwindSafe(|| task.wait()))
        .expect_err("the task panicked, but wait returned normally");
    assert_eq!(message(&*payload), "the task gave up");
}

/// `then` returns at once, before the first step has finished, and the chain
/// still gives the right result.
#[test]
fn then_returns_before_the_first_step_finishes() {
    // The first step waits for this thread at the barrier; a `then` that
    // waited for the first step would never return.
    let gate = Arc::new(Barrier::new(2));
    let first = {
        let gate = Arc::clone(&gate);
        Task::spawn(move || {
            gate.wait();
            1
        })
    };
    let second = first.then(|n| n + 1);
    gate.wait();
    assert_eq!(second.wait(), 2);
}

/// The step given to `then` runs on another thread than the caller's.
#[test]
fn then_runs_the_next_step_off_the_calling_thread() {
    let caller = thread::current().id();
    let task = Task::spawn(|| ()).then(|()| thread::current().id());
    assert_ne!(
        task.wait(),
        caller,
        "the step given to `then` ran on the calling thread"
    );
}

/// A panic in the first step reaches whoever waits for the end of the chain,
/// with its message.
#[test]
fn a_panic_in_the_first_step_reaches_the_end_of_the_chain() {
    let task = Task::spawn(|| -> i32 { panic!("first step failed") }).then(|n| n + 1);
    let payload = panic::catch_unwind(panic::AssertUnwindSafe(|| task.wait()))
        .expect_err("the first step panicked, but the chain returned normally");
    assert_eq!(message(&*payload), "first step failed");
}

/// `count_words` counts words separated by any run of whitespace, and an empty
/// text has none.
#[test]
fn count_words_counts_whitespace_separated_words() {
    assert_eq!(count_words("the quick  brown\nfox\tjumps ").wait(), 5);
    assert_eq!(count_words("").wait(), 0);
}
