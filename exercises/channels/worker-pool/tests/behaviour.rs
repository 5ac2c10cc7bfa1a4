#![cfg(not(loom))]
//! What the pool does at run time, on real threads.
//!
//! Loom cannot look inside crossbeam's channels, so there is no
//! `tests/loom.rs`. These tests use real threads, and every wait has a
//! deadline, so a `drop` that waits for ever fails a test instead of
//! hanging it. Where a test must catch a `drop` that returns too early, it
//! holds the pool's work back behind a gate that opens only once every
//! other thread of the test is asleep or has ended: the thread dropping the
//! pool has returned from `drop`, or waits in it for workers that wait at
//! the gate. A correct pool passes whatever the timing, and a `drop` that
//! does not wait finds the work unfinished whatever the timing. (Where
//! threads cannot be seen, not on Linux, the gate opens after `HOLD`
//! instead, and a `drop` that does not wait passes if the thread calling it
//! is stalled for all of `HOLD` before `drop` returns.)

use std::cell::RefCell;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

use crossbeam_channel::{RecvTimeoutError, unbounded};
use workbook_probe::Gate;
use worker_pool::Pool;

/// How long any thread of a test may take to finish its work.
const DEADLINE: Duration = Duration::from_secs(5);

/// How long a gate stays shut at most while the other threads still run.
const SETTLE_LIMIT: Duration = Duration::from_secs(2);

/// How long a gate stays shut where threads cannot be seen.
const HOLD: Duration = Duration::from_millis(300);

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

/// Drops `pool` on another thread, failing the test if `drop` takes longer
/// than `DEADLINE` or panics.
fn drop_within_deadline(pool: Pool) {
    join(
        thread::spawn(move || drop(pool)),
        "drop of the pool (does a worker's loop never end?)",
    );
}

/// Opens its gate when dropped, so that a test that fails while threads
/// wait at the gate lets them go (declare it after the pool, so it is
/// dropped first).
struct OpenOnDrop(Gate);

impl Drop for OpenOnDrop {
    fn drop(&mut self) {
        self.0.open();
    }
}

/// Drops `pool` on another thread, which returns `look()` as soon as `drop`
/// returns. `gate` opens once every other thread is asleep or has ended:
/// the dropping thread is done, or blocked in `drop` while the workers
/// block at the gate (or whatever else they wait for). Watching every
/// thread, not only the dropping one, also catches a `drop` that waits for
/// something short of the workers' end: it cannot be asleep while a worker
/// still runs towards what it waits for.
fn drop_then_look<T: Send + 'static>(
    pool: Pool,
    gate: &Gate,
    look: impl FnOnce() -> T + Send + 'static,
) -> T {
    let dropper = thread::spawn(move || {
        drop(pool);
        look()
    });
    workbook_probe::settle_others(SETTLE_LIMIT, HOLD);
    gate.open();
    join(
        dropper,
        "drop of the pool (does a worker's loop never end?)",
    )
}

/// Each of `n` jobs says it has started, then waits at `gate`. Returns once
/// all of them have started, so they are running on `n` threads at once.
fn occupy(pool: &Pool, n: usize, gate: &Gate, what: &str) {
    let (started, starts) = unbounded();
    for _ in 0..n {
        let started = started.clone();
        let gate = gate.clone();
        pool.execute(move || {
            let _ = started.send(());
            gate.pass();
        });
    }
    for i in 0..n {
        if let Err(error) = starts.recv_timeout(DEADLINE) {
            panic!("{what}: only {i} of {n} jobs started running at once ({error})");
        }
    }
}

/// Every job runs, and runs once.
#[test]
fn every_job_runs_exactly_once() {
    let pool = Pool::new(4);
    assert_eq!(pool.workers(), 4);
    let (done, results) = unbounded();
    for i in 0..200 {
        let done = done.clone();
        pool.execute(move || {
            let _ = done.send(i);
        });
    }
    drop(done);
    drop_within_deadline(pool);
    // Every job's sender is gone once the job has run or been thrown away.
    let mut ran = Vec::new();
    loop {
        match results.recv_timeout(DEADLINE) {
            Ok(i) => ran.push(i),
            Err(RecvTimeoutError::Disconnected) => break,
            Err(RecvTimeoutError::Timeout) => panic!("a job is still alive after {DEADLINE:?}"),
        }
    }
    ran.sort();
    assert!(
        ran == (0..200).collect::<Vec<_>>(),
        "of 200 jobs, {} ran ({} distinct)",
        ran.len(),
        {
            let mut distinct = ran.clone();
            distinct.dedup();
            distinct.len()
        }
    );
}

/// While one job is stuck, the other worker takes every job queued after it.
#[test]
fn a_slow_job_does_not_hold_up_the_others() {
    let pool = Pool::new(2);
    let gate = Gate::default();
    let _opener = OpenOnDrop(gate.clone());
    {
        let gate = gate.clone();
        pool.execute(move || gate.pass());
    }
    let (done, results) = unbounded();
    for i in 0..10 {
        let done = done.clone();
        pool.execute(move || {
            let _ = done.send(i);
        });
    }
    for ran in 0..10 {
        assert!(
            results.recv_timeout(DEADLINE).is_ok(),
            "with one of two workers stuck, only {ran} of 10 later jobs ran: \
             are jobs waiting behind the stuck one instead of going to the free worker?"
        );
    }
    gate.open();
    drop_within_deadline(pool);
}

/// A pool of n workers runs n jobs at once.
#[test]
fn n_workers_run_n_jobs_at_once() {
    let pool = Pool::new(3);
    assert_eq!(pool.workers(), 3);
    let gate = Gate::default();
    let _opener = OpenOnDrop(gate.clone());
    occupy(&pool, 3, &gate, "a pool of 3 workers");
    gate.open();
    drop_within_deadline(pool);
}

/// `drop` returns only after every job that was queued has run.
#[test]
fn drop_waits_for_every_queued_job() {
    let pool = Pool::new(2);
    let gate = Gate::default();
    let _opener = OpenOnDrop(gate.clone());
    // Both workers are busy, so the next jobs wait in the queue.
    occupy(&pool, 2, &gate, "a pool of 2 workers");
    let ran = Arc::new(AtomicUsize::new(0));
    for _ in 0..20 {
        let ran = Arc::clone(&ran);
        pool.execute(move || {
            ran.fetch_add(1, Ordering::SeqCst);
        });
    }
    let seen = Arc::clone(&ran);
    let ran_when_drop_returned = drop_then_look(pool, &gate, move || seen.load(Ordering::SeqCst));
    assert_eq!(
        ran_when_drop_returned, 20,
        "drop returned when {ran_when_drop_returned} of 20 queued jobs had run"
    );
}

/// Counts the worker threads that are still alive: a worker that runs
/// `register` counts until its thread ends. A thread's thread-local values
/// are dropped as it ends, and here that waits at `gate` first.
#[derive(Clone, Default)]
struct Census {
    alive: Arc<AtomicUsize>,
    gate: Gate,
}

struct Alive(Census);

impl Drop for Alive {
    fn drop(&mut self) {
        self.0.gate.pass();
        self.0.alive.fetch_sub(1, Ordering::SeqCst);
    }
}

thread_local! {
    static ALIVE: RefCell<Option<Alive>> = const { RefCell::new(None) };
}

impl Census {
    fn register(&self) {
        ALIVE.with(|alive| {
            let mut alive = alive.borrow_mut();
            if alive.is_none() {
                self.alive.fetch_add(1, Ordering::SeqCst);
                *alive = Some(Alive(self.clone()));
            }
        });
    }
}

/// When `drop` returns, every worker thread has ended: the pool joined them.
#[test]
fn no_worker_outlives_the_pool() {
    let pool = Pool::new(3);
    let census = Census::default();
    let (started, starts) = unbounded();
    let go = Gate::default();
    let _openers = (OpenOnDrop(go.clone()), OpenOnDrop(census.gate.clone()));
    for _ in 0..3 {
        let census = census.clone();
        let started = started.clone();
        let go = go.clone();
        pool.execute(move || {
            census.register();
            let _ = started.send(());
            go.pass();
        });
    }
    for i in 0..3 {
        assert!(
            starts.recv_timeout(DEADLINE).is_ok(),
            "only {i} of 3 jobs started running at once on a pool of 3 workers"
        );
    }
    go.open();
    assert_eq!(census.alive.load(Ordering::SeqCst), 3);
    let alive = Arc::clone(&census.alive);
    let alive_when_drop_returned =
        drop_then_look(pool, &census.gate, move || alive.load(Ordering::SeqCst));
    assert_eq!(
        alive_when_drop_returned, 0,
        "{alive_when_drop_returned} of 3 worker threads were still running when drop returned"
    );
}

/// A job that panics does not take the pool down: a pool of one worker
/// still runs the next job, and `drop` does not panic.
#[test]
fn a_panicking_job_does_not_take_the_pool_down() {
    let pool = Pool::new(1);
    pool.execute(|| panic!("this job fails, on purpose"));
    let (done, results) = unbounded();
    pool.execute(move || done.send("after the panic").unwrap());
    assert_eq!(
        results.recv_timeout(DEADLINE),
        Ok("after the panic"),
        "the job after a panicking one did not run"
    );
    drop_within_deadline(pool);
}

/// A pool of no workers is refused, as documented.
#[test]
fn a_pool_of_no_workers_is_refused() {
    let one = Pool::new(1);
    assert_eq!(one.workers(), 1);
    drop_within_deadline(one);
    let made = thread::spawn(|| Pool::new(0).workers());
    let deadline = Instant::now() + DEADLINE;
    while !made.is_finished() {
        assert!(Instant::now() < deadline, "Pool::new(0) hung");
        thread::sleep(Duration::from_millis(1));
    }
    assert!(made.join().is_err(), "Pool::new(0) did not panic");
}
