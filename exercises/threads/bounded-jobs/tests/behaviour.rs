#![cfg(not(loom))]
//! What `run_jobs` does, on real scoped threads.

use std::collections::HashSet;
use std::panic;
use std::sync::Barrier;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;
use std::time::{Duration, Instant};

use bounded_jobs::{default_limit, run_jobs};

#[test]
fn results_come_back_in_job_order() {
    let jobs: Vec<_> = (0..20_u64).map(|n| move || n * n).collect();
    let expected: Vec<u64> = (0..20).map(|n| n * n).collect();
    for limit in [1, 2, 3, 20, 50] {
        assert_eq!(
            run_jobs(jobs.clone(), limit),
            expected,
            "wrong results with a limit of {limit}"
        );
    }
}

#[test]
fn no_jobs_give_no_results() {
    let jobs: Vec<fn() -> u8> = Vec::new();
    assert!(run_jobs(jobs, 4).is_empty());
}

#[test]
fn jobs_may_borrow_the_callers_data() {
    // One shared borrow for all the jobs, and a `&mut` of its own for each.
    let greeting = String::from("hello");
    let mut names = vec![
        String::from("Ada"),
        String::from("Grace"),
        String::from("Barbara"),
    ];
    let jobs: Vec<_> = names
        .iter_mut()
        .map(|name| {
            let greeting = &greeting;
            move || {
                name.insert_str(0, ", ");
                name.insert_str(0, greeting);
                name.len()
            }
        })
        .collect();
    assert_eq!(run_jobs(jobs, 2), [10, 12, 14]);
    assert_eq!(names, ["hello, Ada", "hello, Grace", "hello, Barbara"]);
}

#[test]
fn never_more_than_limit_jobs_at_once() {
    let running = AtomicUsize::new(0);
    let most = AtomicUsize::new(0);
    let jobs: Vec<_> = (0..12)
        .map(|_| {
            || {
                let now = running.fetch_add(1, Ordering::SeqCst) + 1;
                most.fetch_max(now, Ordering::SeqCst);
                thread::sleep(Duration::from_millis(5));
                running.fetch_sub(1, Ordering::SeqCst);
            }
        })
        .collect();
    run_jobs(jobs, 3);
    let most = most.load(Ordering::SeqCst);
    assert!(most <= 3, "{most} jobs ran at once with a limit of 3");
}

#[test]
fn limit_jobs_do_run_at_the_same_time() {
    // Three jobs at a time meet at the barrier, twice: fewer than three
    // threads would wait there forever.
    let three_at_once = Barrier::new(3);
    let jobs: Vec<_> = (0..6)
        .map(|n| {
            let three_at_once = &three_at_once;
            move || {
                three_at_once.wait();
                n
            }
        })
        .collect();
    assert_eq!(run_jobs(jobs, 3), [0, 1, 2, 3, 4, 5]);
}

#[test]
fn at_most_limit_threads_run_the_jobs() {
    let jobs: Vec<_> = (0..30)
        .map(|_| {
            || {
                thread::sleep(Duration::from_millis(1));
                thread::current().id()
            }
        })
        .collect();
    let threads: HashSet<_> = run_jobs(jobs, 4).into_iter().collect();
    assert!(
        threads.len() <= 4,
        "30 jobs with a limit of 4 ran on {} threads",
        threads.len()
    );
}

#[test]
fn a_slow_job_does_not_hold_up_the_others() {
    // Job 0 cannot finish until the five others have. Whatever thread runs
    // it is busy until then, so the other thread must run all five: jobs
    // dealt out to the threads in advance would wait behind job 0.
    let finished = AtomicUsize::new(0);
    let finished = &finished;
    let mut jobs: Vec<Box<dyn FnOnce() -> usize + Send + '_>> = Vec::new();
    jobs.push(Box::new(move || {
        let deadline = Instant::now() + Duration::from_secs(5);
        while finished.load(Ordering::SeqCst) < 5 {
            assert!(
                Instant::now() < deadline,
                "job 0 waited 5 s for the other jobs: they were stuck behind it"
            );
            thread::sleep(Duration::from_millis(1));
        }
        0
    }));
    for n in 1..6 {
        jobs.push(Box::new(move || {
            finished.fetch_add(1, Ordering::SeqCst);
            n
        }));
    }
    assert_eq!(run_jobs(jobs, 2), [0, 1, 2, 3, 4, 5]);
}

#[test]
fn a_limit_of_zero_panics() {
    assert_eq!(run_jobs(vec![|| 1], 1), [1]);
    let result = panic::catch_unwind(|| run_jobs(vec![|| 1], 0));
    assert!(result.is_err(), "run_jobs with a limit of 0 did not panic");
}

#[test]
fn a_panicking_job_reaches_the_caller() {
    let job = |n: i32| {
        move || {
            assert_ne!(n, 2, "job 2 fails");
            n
        }
    };
    assert_eq!(run_jobs(vec![job(0), job(1)], 2), [0, 1]);
    let result = panic::catch_unwind(|| run_jobs(vec![job(0), job(1), job(2), job(3)], 2));
    assert!(
        result.is_err(),
        "a job panicked, but run_jobs returned normally"
    );
}

#[test]
fn default_limit_is_the_available_parallelism() {
    let expected = thread::available_parallelism().map_or(1, |n| n.get());
    assert_eq!(default_limit(), expected);
}
