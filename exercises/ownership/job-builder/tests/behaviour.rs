#![cfg(not(loom))]
//! What a builder collects, and what a job does on its own thread.

use std::sync::mpsc;
use std::thread;

use job_builder::{JobBuilder, Report};

#[test]
fn a_new_builder_makes_a_job_with_no_args_and_no_retries() {
    let job = JobBuilder::new("backup").build();
    assert_eq!(job.name(), "backup");
    assert!(job.args().is_empty());
    assert_eq!(job.retries(), 0);
}

#[test]
fn settings_chain_and_args_keep_their_order() {
    let job = JobBuilder::new("copy")
        .arg("a.txt")
        .retries(3)
        .arg("b.txt")
        .arg("c.txt")
        .build();
    assert_eq!(job.name(), "copy");
    assert_eq!(job.args(), ["a.txt", "b.txt", "c.txt"]);
    assert_eq!(job.retries(), 3);
}

#[test]
fn a_builder_can_be_rebound_between_steps() {
    let mut builder = JobBuilder::new("resize");
    for size in ["small", "medium", "large"] {
        builder = builder.arg(size);
    }
    let builder = builder.retries(1);
    let job = builder.build();
    assert_eq!(job.args(), ["small", "medium", "large"]);
    assert_eq!(job.retries(), 1);
}

#[test]
fn the_last_retries_setting_wins() {
    let job = JobBuilder::new("sync").retries(5).retries(2).build();
    assert_eq!(job.retries(), 2);
}

#[test]
fn spawn_runs_every_arg_in_order() {
    let job = JobBuilder::new("echo")
        .arg("one")
        .arg("two")
        .arg("three")
        .build();
    let (seen_tx, seen_rx) = mpsc::channel();
    let report = job
        .spawn(move |arg| {
            seen_tx.send(arg.to_owned()).unwrap();
            Ok(())
        })
        .join()
        .unwrap();
    let seen: Vec<String> = seen_rx.iter().collect();
    assert_eq!(seen, ["one", "two", "three"]);
    assert_eq!(
        report,
        Report {
            succeeded: vec!["one".into(), "two".into(), "three".into()],
            failed: vec![],
            attempts: 3,
        }
    );
}

#[test]
fn spawn_runs_on_a_thread_named_after_the_job() {
    let job = JobBuilder::new("nightly-report").arg("x").build();
    let (name_tx, name_rx) = mpsc::channel();
    let handle = job.spawn(move |_| {
        let name = thread::current().name().map(str::to_owned);
        name_tx.send((thread::current().id(), name)).unwrap();
        Ok(())
    });
    assert_eq!(handle.thread().name(), Some("nightly-report"));
    handle.join().unwrap();
    let (id, name) = name_rx.recv().unwrap();
    assert_ne!(
        id,
        thread::current().id(),
        "the work ran on the caller's thread"
    );
    assert_eq!(name.as_deref(), Some("nightly-report"));
}

#[test]
fn spawn_returns_before_the_work_is_done() {
    let job = JobBuilder::new("slow").arg("wait").build();
    let (go_tx, go_rx) = mpsc::channel::<()>();
    // The work waits for a message that is only sent after `spawn` returned:
    // a `spawn` that ran the work before returning would wait for ever.
    let handle = job.spawn(move |_| go_rx.recv().map_err(|e| e.to_string()));
    go_tx.send(()).unwrap();
    let report = handle.join().unwrap();
    assert_eq!(report.succeeded, ["wait"]);
}

#[test]
fn a_failing_arg_is_retried_then_reported() {
    let job = JobBuilder::new("upload")
        .arg("good")
        .arg("bad")
        .arg("fine")
        .retries(2)
        .build();
    let report = job
        .spawn(|arg| {
            if arg == "bad" {
                Err(format!("cannot upload {arg}"))
            } else {
                Ok(())
            }
        })
        .join()
        .unwrap();
    assert_eq!(report.succeeded, ["good", "fine"]);
    assert_eq!(report.failed, ["bad"]);
    assert_eq!(
        report.attempts,
        1 + 3 + 1,
        "`bad` should be tried 1 + 2 times"
    );
}

#[test]
fn an_arg_that_succeeds_on_a_retry_counts_as_succeeded() {
    let job = JobBuilder::new("flaky")
        .arg("a")
        .arg("b")
        .retries(3)
        .build();
    let mut failures_left = 2;
    let report = job
        .spawn(move |arg| {
            if arg == "a" && failures_left > 0 {
                failures_left -= 1;
                Err("not yet".to_owned())
            } else {
                Ok(())
            }
        })
        .join()
        .unwrap();
    assert_eq!(report.succeeded, ["a", "b"]);
    assert!(report.failed.is_empty());
    assert_eq!(report.attempts, 3 + 1);
}

#[test]
fn without_retries_an_arg_is_tried_once() {
    let job = JobBuilder::new("once").arg("x").build();
    let report = job
        .spawn(|_| Err("always fails".to_owned()))
        .join()
        .unwrap();
    assert_eq!(report.failed, ["x"]);
    assert_eq!(report.attempts, 1);
}

#[test]
fn a_job_without_args_never_calls_work() {
    let job = JobBuilder::new("empty").retries(4).build();
    let report = job
        .spawn(|_| panic!("there is nothing to work on"))
        .join()
        .unwrap();
    assert_eq!(report, Report::default());
}

/// Every failing argument gets its own `retries`, not a budget shared by the job.
#[test]
fn each_failing_arg_gets_its_own_retries() {
    let job = JobBuilder::new("mirror")
        .arg("down-1")
        .arg("up")
        .arg("down-2")
        .retries(2)
        .build();
    let report = job
        .spawn(|arg| {
            if arg.starts_with("down") {
                Err(format!("{arg} is unreachable"))
            } else {
                Ok(())
            }
        })
        .join()
        .unwrap();
    assert_eq!(report.succeeded, ["up"]);
    assert_eq!(report.failed, ["down-1", "down-2"]);
    assert_eq!(
        report.attempts,
        3 + 1 + 3,
        "each failing argument should be tried 1 + 2 times"
    );
}
