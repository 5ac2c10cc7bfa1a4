#![cfg(not(loom))]
//! What the pool does with jobs, and how it ends. Every call that may hang
//! runs on a helper thread with a deadline, so a worker that never stops
//! fails the test instead of hanging it.
//!
//! Where a test must catch `shutdown`, `drop` or `cancel` returning too
//! early, the work it should wait for is held back at a gate. The test lets
//! the call get going until its thread is asleep (waiting for the workers)
//! or has returned, whatever the machine's load, and opens the gate only
//! then. The call's thread notes what it sees the moment the call returns.

use std::cell::RefCell;
use std::collections::HashSet;
use std::panic;
use std::sync::atomic::{AtomicUsize, Ordering::SeqCst};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::thread::{self, ThreadId};
use std::time::{Duration, Instant};

use patterns_worker_pool::WorkerPool;
use workbook_probe::{Gate, Task};

const DEADLINE: Duration = Duration::from_secs(5);

/// How long a test waits at most for a call to block (or return).
const SETTLE_LIMIT: Duration = Duration::from_secs(2);

/// Runs `f` on a helper thread; fails the test if it takes longer than
/// `DEADLINE`.
fn within_deadline<T: Send + 'static>(what: &str, f: impl FnOnce() -> T + Send + 'static) -> T {
    join_within(what, thread::spawn(f))
}

/// Joins `handle`, failing the test if it takes longer than `DEADLINE`, and
/// passing on its panic.
fn join_within<T>(what: &str, handle: thread::JoinHandle<T>) -> T {
    let start = Instant::now();
    while !handle.is_finished() {
        assert!(
            start.elapsed() < DEADLINE,
            "{what} did not return within {DEADLINE:?}"
        );
        thread::sleep(Duration::from_millis(2));
    }
    match handle.join() {
        Ok(value) => value,
        Err(panic) => panic::resume_unwind(panic),
    }
}

/// Once `caller`'s thread is asleep (blocked in its call: nothing else in
/// these tests holds it up) or has ended, opens `gate`; then waits for the
/// thread, failing the test if it takes longer than `DEADLINE`.
fn open_when_blocked<T>(
    what: &str,
    (caller, task): (thread::JoinHandle<T>, Task),
    gate: &Gate,
) -> T {
    // `fallback`: where threads cannot be seen, give the call as long as
    // the work it should wait for used to take.
    task.settle(SETTLE_LIMIT, Duration::from_millis(100));
    gate.open();
    join_within(what, caller)
}

/// Waits until `done()` holds, failing the test after `DEADLINE`.
fn wait_until(what: &str, done: impl Fn() -> bool) {
    let start = Instant::now();
    while !done() {
        assert!(
            start.elapsed() < DEADLINE,
            "{what} did not happen within {DEADLINE:?}"
        );
        thread::sleep(Duration::from_millis(1));
    }
}

/// Counts worker threads that have ended: a thread-local whose destructor
/// runs when its thread exits.
struct ExitNote(Arc<AtomicUsize>);
impl Drop for ExitNote {
    fn drop(&mut self) {
        self.0.fetch_add(1, SeqCst);
    }
}
thread_local! {
    static EXIT_NOTE: RefCell<Option<ExitNote>> = const { RefCell::new(None) };
}

/// Notes, once per thread, that this thread must be counted when it exits.
fn note_thread(seen: &Mutex<HashSet<ThreadId>>, exited: &Arc<AtomicUsize>) {
    if seen.lock().unwrap().insert(thread::current().id()) {
        EXIT_NOTE.with(|note| *note.borrow_mut() = Some(ExitNote(Arc::clone(exited))));
    }
}

/// Every job queued before `shutdown` has run when it returns. (The jobs
/// wait at a gate that opens once `shutdown` is blocked or has returned.)
#[test]
fn shutdown_runs_every_queued_job() {
    let ran = Arc::new(AtomicUsize::new(0));
    let gate = Gate::default();
    let pool = WorkerPool::new(3);
    for _ in 0..200 {
        let (ran, gate) = (Arc::clone(&ran), gate.clone());
        pool.execute(move || {
            gate.pass();
            thread::sleep(Duration::from_millis(1));
            ran.fetch_add(1, SeqCst);
        });
    }
    let seen = Arc::clone(&ran);
    let shutdown = workbook_probe::spawn(move || {
        pool.shutdown();
        seen.load(SeqCst)
    });
    let ran_when_it_returned = open_when_blocked("shutdown", shutdown, &gate);
    assert_eq!(
        ran_when_it_returned, 200,
        "shutdown returned when {ran_when_it_returned} of 200 queued jobs had run"
    );
}

/// Dropping the pool also runs every queued job before it returns. (The
/// jobs wait at a gate that opens once `drop` is blocked or has returned.)
#[test]
fn drop_runs_every_queued_job() {
    let ran = Arc::new(AtomicUsize::new(0));
    let gate = Gate::default();
    let pool = WorkerPool::new(2);
    for _ in 0..50 {
        let (ran, gate) = (Arc::clone(&ran), gate.clone());
        pool.execute(move || {
            gate.pass();
            thread::sleep(Duration::from_millis(2));
            ran.fetch_add(1, SeqCst);
        });
    }
    let seen = Arc::clone(&ran);
    let dropper = workbook_probe::spawn(move || {
        drop(pool);
        seen.load(SeqCst)
    });
    let ran_when_it_returned = open_when_blocked("dropping the pool", dropper, &gate);
    assert_eq!(
        ran_when_it_returned, 50,
        "drop returned when {ran_when_it_returned} of 50 queued jobs had run"
    );
}

/// When `shutdown` returns, every worker thread has ended, including one
/// that was still busy with a slow job when `shutdown` was called. (The
/// slow job waits at a gate that opens once `shutdown` is blocked or has
/// returned.)
#[test]
fn no_worker_thread_outlives_shutdown() {
    let seen = Arc::new(Mutex::new(HashSet::new()));
    let exited = Arc::new(AtomicUsize::new(0));
    let gate = Gate::default();
    let pool = WorkerPool::new(2);
    for i in 0..6 {
        let (seen, exited, gate) = (Arc::clone(&seen), Arc::clone(&exited), gate.clone());
        pool.execute(move || {
            note_thread(&seen, &exited);
            if i == 5 {
                gate.pass();
            }
        });
    }
    let exited_seen = Arc::clone(&exited);
    let shutdown = workbook_probe::spawn(move || {
        pool.shutdown();
        exited_seen.load(SeqCst)
    });
    let exited_when_it_returned = open_when_blocked("shutdown", shutdown, &gate);
    let workers = seen.lock().unwrap().len();
    assert!(workers >= 1);
    assert_eq!(
        exited_when_it_returned, workers,
        "shutdown returned while worker threads were still running"
    );
}

/// An idle pool shuts down promptly: its workers notice the end instead of
/// waiting for more jobs.
#[test]
fn idle_pool_shuts_down() {
    let pool = WorkerPool::new(4);
    within_deadline("shutdown of an idle pool", move || pool.shutdown());
    let pool = WorkerPool::new(1);
    within_deadline("dropping an idle pool", move || drop(pool));
}

/// A job that panics leaves its worker alive for the next job.
#[test]
fn panicking_job_does_not_kill_its_worker() {
    let pool = WorkerPool::new(1);
    let (tx, rx) = mpsc::channel();
    pool.execute(|| panic!("a job fails (this panic is expected)"));
    pool.execute(move || tx.send("after the panic").unwrap());
    let got = within_deadline("the job after a panic", move || rx.recv_timeout(DEADLINE));
    assert_eq!(got, Ok("after the panic"));
    within_deadline("shutdown", move || pool.shutdown());
}

/// `cancel` drops the queued jobs without running them, lets the running
/// job finish, and says how many it dropped.
#[test]
fn cancel_drops_queued_jobs_and_finishes_running_ones() {
    /// Counts its own drop: a job dropped without running drops its note.
    struct DropNote(Arc<AtomicUsize>);
    impl Drop for DropNote {
        fn drop(&mut self) {
            self.0.fetch_add(1, SeqCst);
        }
    }

    let pool = WorkerPool::new(1);
    let (started_tx, started) = mpsc::channel();
    let gate = Gate::default();
    let finished = Arc::new(AtomicUsize::new(0));
    {
        let (finished, gate) = (Arc::clone(&finished), gate.clone());
        pool.execute(move || {
            started_tx.send(()).unwrap();
            gate.pass();
            // Still busy for a while after the gate opens: cancel must wait.
            thread::sleep(Duration::from_millis(100));
            finished.fetch_add(1, SeqCst);
        });
    }
    started
        .recv_timeout(DEADLINE)
        .expect("the first job never started");

    let ran = Arc::new(AtomicUsize::new(0));
    let dropped = Arc::new(AtomicUsize::new(0));
    for _ in 0..10 {
        let ran = Arc::clone(&ran);
        let note = DropNote(Arc::clone(&dropped));
        pool.execute(move || {
            let _note = note;
            ran.fetch_add(1, SeqCst);
        });
    }
    // The only worker is busy, so all ten are still queued. Cancel on a
    // helper thread; once the ten are dropped and cancel is blocked (or has
    // returned), let the running job end.
    let finished_seen = Arc::clone(&finished);
    let canceller = workbook_probe::spawn(move || {
        let count = pool.cancel();
        (count, finished_seen.load(SeqCst))
    });
    wait_until("dropping the ten queued jobs", || {
        dropped.load(SeqCst) == 10
    });
    let (count, finished_when_it_returned) = open_when_blocked("cancel", canceller, &gate);
    assert_eq!(count, 10, "cancel must report ten dropped jobs");
    assert_eq!(ran.load(SeqCst), 0, "a cancelled job ran");
    assert_eq!(
        finished_when_it_returned, 1,
        "cancel returned before the running job finished"
    );
}

/// Cancelling a pool with nothing queued drops nothing and returns.
#[test]
fn cancel_of_an_idle_pool_drops_nothing() {
    let pool = WorkerPool::new(3);
    let dropped = within_deadline("cancel of an idle pool", move || pool.cancel());
    assert_eq!(dropped, 0);
}

/// A pool of no workers is refused.
#[test]
fn zero_workers_is_refused() {
    within_deadline("a pool of one worker", || WorkerPool::new(1).shutdown());
    let result = panic::catch_unwind(|| WorkerPool::new(0));
    assert!(result.is_err(), "WorkerPool::new(0) must panic");
}
