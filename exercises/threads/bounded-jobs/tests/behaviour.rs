#![cfg(not(loom))]
//! What `run_jobs` does, on real scoped threads.

use std::collections::HashSet;
use std::panic;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Barrier, Condvar, Mutex};
use std::thread::{self, ThreadId};
use std::time::{Duration, Instant};

use bounded_jobs::{default_limit, run_jobs};

/// The results come back in the order of the jobs, whatever the limit.
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

/// No jobs give no results, and no panic.
#[test]
fn no_jobs_give_no_results() {
    let jobs: Vec<fn() -> u8> = Vec::new();
    assert!(run_jobs(jobs, 4).is_empty());
}

/// Jobs may borrow the caller's data, shared or exclusively, since the threads
/// are scoped.
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

/// Jobs that watch how many of them run at once, and on which threads.
///
/// The first jobs wait, for up to a second, for one job more than the limit
/// to join them: a helper that starts too many threads is caught for sure,
/// not only when the scheduler happens to overlap its jobs. Once a job has
/// waited in vain, the others do not wait.
struct Crowd {
    limit: usize,
    state: Mutex<CrowdState>,
    changed: Condvar,
}

#[derive(Default)]
struct CrowdState {
    running: usize,
    most: usize,
    threads: HashSet<ThreadId>,
    settled: bool,
}

impl Crowd {
    fn new(limit: usize) -> Crowd {
        Crowd {
            limit,
            state: Mutex::new(CrowdState::default()),
            changed: Condvar::new(),
        }
    }

    /// The body of one job.
    fn job(&self) {
        let mut state = self.state.lock().unwrap();
        state.running += 1;
        state.most = state.most.max(state.running);
        state.threads.insert(thread::current().id());
        self.changed.notify_all();
        let deadline = Instant::now() + Duration::from_secs(1);
        while !state.settled && state.running <= self.limit {
            let now = Instant::now();
            if now >= deadline {
                state.settled = true;
                break;
            }
            state = self.changed.wait_timeout(state, deadline - now).unwrap().0;
        }
        state.running -= 1;
    }

    fn most(&self) -> usize {
        self.state.lock().unwrap().most
    }

    fn threads(&self) -> usize {
        self.state.lock().unwrap().threads.len()
    }
}

/// No more than `limit` jobs ever run at the same time.
#[test]
fn never_more_than_limit_jobs_at_once() {
    let crowd = Crowd::new(3);
    let jobs: Vec<_> = (0..12).map(|_| || crowd.job()).collect();
    run_jobs(jobs, 3);
    let most = crowd.most();
    assert!(most <= 3, "{most} jobs ran at once with a limit of 3");
}

/// With at least `limit` jobs, `limit` of them run at the same time.
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

/// Many jobs share at most `limit` threads: not a new thread for each job.
#[test]
fn at_most_limit_threads_run_the_jobs() {
    let crowd = Crowd::new(4);
    let jobs: Vec<_> = (0..30).map(|_| || crowd.job()).collect();
    run_jobs(jobs, 4);
    let threads = crowd.threads();
    assert!(
        threads <= 4,
        "30 jobs with a limit of 4 ran on {threads} threads"
    );
}

/// A slow job holds up only its own thread: the other threads take the
/// remaining jobs.
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

/// A limit of 0 panics, as documented.
#[test]
fn a_limit_of_zero_panics() {
    assert_eq!(run_jobs(vec![|| 1], 1), [1]);
    let result = panic::catch_unwind(|| run_jobs(vec![|| 1], 0));
    assert!(result.is_err(), "run_jobs with a limit of 0 did not panic");
}

/// `default_limit` is what `available_parallelism` reports.
#[test]
fn default_limit_is_the_available_parallelism() {
    let expected = thread::available_parallelism().map_or(1, |n| n.get());
    assert_eq!(default_limit(), expected);
}
