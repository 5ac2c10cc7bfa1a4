//! What an exercise's test sees of its own threads: whether one is asleep in
//! the kernel (blocked on a lock, a condition variable, a channel, `park`)
//! or still running.
//!
//! A test that checks "this call blocks until that one happens" must first
//! let the blocking call get going. Sleeping a fixed 50 ms and hoping the
//! thread got there breaks on a loaded machine: the thread may not have run
//! at all, a wrong solution that should have been caught passes, and a right
//! one may be judged on what it never got to do. [`Task::settle`] waits
//! instead until the thread is seen asleep or has ended, with a limit.
//!
//! Linux reports each thread's state in `/proc/self/task/<id>/stat`. Where
//! there is no such file (macOS, Windows), nothing can be seen, and
//! [`Task::settle`] falls back to sleeping a fixed time, as tests did before.
//!
//! A [`Gate`] holds work back until the test has seen what it wants to see.

use std::io::ErrorKind;
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::sync::{Arc, Condvar, Mutex};
use std::thread::{self, JoinHandle, Scope, ScopedJoinHandle};
use std::time::{Duration, Instant};

/// Linux's "no such process", which reading the files of a thread that is
/// ending can give before its folder goes.
const ESRCH: i32 = 3;

/// How often a settling thread is looked at.
const LOOK_EVERY: Duration = Duration::from_millis(2);

/// One thread of this process, as the kernel sees it.
#[derive(Debug, Clone)]
pub struct Task {
    /// `/proc/self/task/<id>`, where the kernel shows it.
    dir: Option<PathBuf>,
}

/// What the kernel says a thread is doing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    /// Blocked until something wakes it.
    Asleep,
    /// Running, or ready to run.
    Running,
    /// The thread has ended.
    Ended,
}

/// How [`Task::settle`] stopped waiting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Settled {
    /// The thread was seen asleep twice in a row.
    Asleep,
    /// The thread ended.
    Ended,
    /// The thread was still running (or spinning) when the limit came.
    Running,
    /// Threads cannot be seen here; the fallback time was slept instead.
    Unseen,
}

impl Task {
    /// The calling thread. Call it on the thread to watch and hand the
    /// result to the watching one.
    pub fn current() -> Task {
        // `/proc/thread-self` links to `<process id>/task/<thread id>`.
        let dir = std::fs::read_link("/proc/thread-self")
            .ok()
            .and_then(|link| link.file_name().map(|id| id.to_owned()))
            .map(|id| PathBuf::from("/proc/self/task").join(id));
        Task { dir }
    }

    /// What the thread is doing now, or `None` where that cannot be seen.
    pub fn state(&self) -> Option<State> {
        let dir = self.dir.as_ref()?;
        let stat = match std::fs::read_to_string(dir.join("stat")) {
            Ok(stat) => stat,
            // Gone, or (just as it ends) still listed but no longer there.
            Err(e) if e.kind() == ErrorKind::NotFound || e.raw_os_error() == Some(ESRCH) => {
                return Some(State::Ended);
            }
            Err(_) => return None,
        };
        parse_state(&stat)
    }

    /// Waits until the thread is asleep or has ended, for at most `limit`.
    /// Where threads cannot be seen, sleeps `fallback` instead.
    ///
    /// Asleep must be seen twice, a few milliseconds apart, so that a
    /// thread caught in a brief wait on its way (a contended allocator, a
    /// page fault) is not taken for one blocked where the test expects.
    pub fn settle(&self, limit: Duration, fallback: Duration) -> Settled {
        if self.state().is_none() {
            thread::sleep(fallback);
            return Settled::Unseen;
        }
        watch(limit, || match self.state() {
            Some(State::Ended) => Look::Ended,
            Some(State::Asleep) => Look::Quiet,
            _ => Look::Busy,
        })
    }
}

/// The state in a line of `/proc/<id>/task/<id>/stat`: `<id> (<name>)
/// <state> ...`. The name may hold anything, `)` included, so the state is
/// the first field after the last `)`.
fn parse_state(stat: &str) -> Option<State> {
    let (_, rest) = stat.rsplit_once(')')?;
    Some(match rest.trim_start().chars().next()? {
        'S' | 'D' | 'I' => State::Asleep,
        'Z' | 'X' | 'x' => State::Ended,
        _ => State::Running,
    })
}

/// What one look at the watched threads found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Look {
    /// Every one asleep (or ended, for a set).
    Quiet,
    /// One still runs.
    Busy,
    /// The one thread watched has ended.
    Ended,
}

/// Looks every few milliseconds until `look` finds the threads ended, or
/// quiet twice in a row, or `limit` has passed.
fn watch(limit: Duration, mut look: impl FnMut() -> Look) -> Settled {
    let deadline = Instant::now() + limit;
    let mut quiet_before = false;
    loop {
        match look() {
            Look::Ended => return Settled::Ended,
            Look::Quiet if quiet_before => return Settled::Asleep,
            Look::Quiet => quiet_before = true,
            Look::Busy => quiet_before = false,
        }
        if Instant::now() >= deadline {
            return Settled::Running;
        }
        thread::sleep(LOOK_EVERY);
    }
}

/// Spawns a thread running `f`, and returns it with its [`Task`], so the
/// test can watch it.
pub fn spawn<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> (JoinHandle<T>, Task) {
    let (task_tx, task_rx) = mpsc::sync_channel(1);
    let handle = thread::spawn(move || {
        let _ = task_tx.send(Task::current());
        f()
    });
    (handle, task_rx.recv().expect("a new thread did not start"))
}

/// [`spawn`] in a [`thread::scope`].
pub fn spawn_scoped<'scope, T: Send + 'scope>(
    scope: &'scope Scope<'scope, '_>,
    f: impl FnOnce() -> T + Send + 'scope,
) -> (ScopedJoinHandle<'scope, T>, Task) {
    let (task_tx, task_rx) = mpsc::sync_channel(1);
    let handle = scope.spawn(move || {
        let _ = task_tx.send(Task::current());
        f()
    });
    (handle, task_rx.recv().expect("a new thread did not start"))
}

/// Waits until every thread of `tasks` is asleep or has ended, all at the
/// same moment and twice in a row, for at most `limit`. One thread seen
/// asleep on its own may be asleep on a lock that another, stopped on its
/// way, holds; when all are asleep together, none of them holds it up.
/// Where threads cannot be seen, sleeps `fallback` instead.
pub fn settle_all(tasks: &[Task], limit: Duration, fallback: Duration) -> Settled {
    if tasks.iter().any(|task| task.state().is_none()) {
        thread::sleep(fallback);
        return Settled::Unseen;
    }
    settle_together(limit, || tasks.to_vec())
}

/// Waits until every other thread of this process is asleep or has ended,
/// as [`settle_all`] does: for threads the code under test starts itself,
/// which the test cannot name. Where threads cannot be seen, sleeps
/// `fallback` instead.
pub fn settle_others(limit: Duration, fallback: Duration) -> Settled {
    let me = Task::current();
    let Some(my_dir) = me.dir.as_ref().filter(|_| me.state().is_some()) else {
        thread::sleep(fallback);
        return Settled::Unseen;
    };
    settle_together(limit, || others(my_dir))
}

/// Looks at the threads `tasks()` lists until all are quiet (asleep or
/// ended) twice in a row: [`Settled::Asleep`], also when there are none; or
/// until `limit`: [`Settled::Running`].
fn settle_together(limit: Duration, tasks: impl Fn() -> Vec<Task>) -> Settled {
    watch(limit, || {
        let quiet = tasks()
            .iter()
            .all(|task| matches!(task.state(), Some(State::Asleep | State::Ended) | None));
        if quiet { Look::Quiet } else { Look::Busy }
    })
}

/// The threads of this process other than the one whose folder is `mine`.
fn others(mine: &Path) -> Vec<Task> {
    let Ok(entries) = std::fs::read_dir("/proc/self/task") else {
        return Vec::new();
    };
    entries
        .flatten()
        .map(|entry| PathBuf::from("/proc/self/task").join(entry.file_name()))
        .filter(|dir| dir.file_name() != mine.file_name())
        .map(|dir| Task { dir: Some(dir) })
        .collect()
}

/// A gate that test threads wait at ([`Gate::pass`]) until the test opens
/// it ([`Gate::open`]). Clones are the same gate.
#[derive(Debug, Clone, Default)]
pub struct Gate(Arc<(Mutex<bool>, Condvar)>);

impl Gate {
    /// A closed gate.
    pub fn new() -> Gate {
        Gate::default()
    }

    /// Opens the gate for good, letting every waiting thread through.
    pub fn open(&self) {
        let (open, opened) = &*self.0;
        *open.lock().unwrap_or_else(|e| e.into_inner()) = true;
        opened.notify_all();
    }

    /// Waits until the gate is open: at most a minute, so that a thread
    /// left waiting by a failed test does not wait for ever (every test
    /// fails long before that).
    pub fn pass(&self) {
        let (open, opened) = &*self.0;
        let guard = open.lock().unwrap_or_else(|e| e.into_inner());
        let _ = opened.wait_timeout_while(guard, Duration::from_secs(60), |open| !*open);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::sync::{Mutex, MutexGuard, mpsc};

    /// Whether this machine shows threads at all; the tests that need it
    /// check nothing where it does not. Holding the guard keeps the other
    /// tests' threads (libtest runs them at once) out of `settle_others`.
    fn visible() -> Option<MutexGuard<'static, ()>> {
        static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());
        let guard = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
        Task::current().state().is_some().then_some(guard)
    }

    #[test]
    fn the_calling_thread_is_running() {
        let Some(_one_at_a_time) = visible() else {
            return;
        };
        assert_eq!(Task::current().state(), Some(State::Running));
    }

    #[test]
    fn a_thread_blocked_on_a_channel_settles_asleep() {
        let Some(_one_at_a_time) = visible() else {
            return;
        };
        let (go_tx, go_rx) = mpsc::channel::<()>();
        let (waiter, task) = spawn(move || go_rx.recv().unwrap());
        let settled = task.settle(Duration::from_secs(5), Duration::ZERO);
        assert_eq!(settled, Settled::Asleep);
        go_tx.send(()).unwrap();
        waiter.join().unwrap();
        assert_eq!(task.state(), Some(State::Ended));
        assert_eq!(
            task.settle(Duration::from_secs(5), Duration::ZERO),
            Settled::Ended
        );
    }

    #[test]
    fn a_spinning_thread_is_still_running_at_the_limit() {
        let Some(_one_at_a_time) = visible() else {
            return;
        };
        let stop = AtomicBool::new(false);
        thread::scope(|s| {
            let (_, task) = spawn_scoped(s, || {
                while !stop.load(Ordering::Relaxed) {
                    std::hint::spin_loop();
                }
            });
            let started = Instant::now();
            let settled = task.settle(Duration::from_millis(200), Duration::ZERO);
            stop.store(true, Ordering::Relaxed);
            assert_eq!(settled, Settled::Running);
            assert!(started.elapsed() >= Duration::from_millis(200));
        });
    }

    #[test]
    fn others_settle_when_all_are_blocked_and_not_while_one_spins() {
        let Some(_one_at_a_time) = visible() else {
            return;
        };
        let stop = AtomicBool::new(false);
        let (go_tx, go_rx) = mpsc::channel::<()>();
        thread::scope(|s| {
            s.spawn(move || go_rx.recv().unwrap());
            assert_eq!(
                settle_others(Duration::from_secs(5), Duration::ZERO),
                Settled::Asleep
            );
            let stop = &stop;
            s.spawn(move || {
                while !stop.load(Ordering::Relaxed) {
                    std::hint::spin_loop();
                }
            });
            let settled = settle_others(Duration::from_millis(200), Duration::ZERO);
            stop.store(true, Ordering::Relaxed);
            go_tx.send(()).unwrap();
            assert_eq!(settled, Settled::Running);
        });
    }

    #[test]
    fn all_settle_only_once_every_one_is_asleep() {
        let Some(_one_at_a_time) = visible() else {
            return;
        };
        let gate = Gate::new();
        let stop = AtomicBool::new(false);
        thread::scope(|s| {
            let mut tasks: Vec<Task> = (0..2).map(|_| spawn_scoped(s, || gate.pass()).1).collect();
            let (_, spinner) = spawn_scoped(s, || {
                while !stop.load(Ordering::Relaxed) {
                    std::hint::spin_loop();
                }
            });
            tasks.push(spinner);
            assert_eq!(
                settle_all(&tasks, Duration::from_millis(200), Duration::ZERO),
                Settled::Running,
                "one of the three spins"
            );
            stop.store(true, Ordering::Relaxed);
            let started = Instant::now();
            assert_eq!(
                settle_all(&tasks, Duration::from_secs(5), Duration::ZERO),
                Settled::Asleep,
                "two wait at the gate and one has ended"
            );
            assert!(started.elapsed() < Duration::from_secs(5));
            gate.open();
        });
        let unseen = [Task::current(), Task { dir: None }];
        assert_eq!(
            settle_all(&unseen, Duration::from_secs(5), Duration::ZERO),
            Settled::Unseen
        );
    }

    #[test]
    fn a_gate_holds_threads_until_it_opens() {
        let gate = Gate::new();
        let passed = AtomicBool::new(false);
        thread::scope(|s| {
            let waiter = s.spawn(|| {
                gate.pass();
                passed.store(true, Ordering::SeqCst);
            });
            thread::sleep(Duration::from_millis(50));
            assert!(!passed.load(Ordering::SeqCst), "passed a closed gate");
            gate.clone().open();
            waiter.join().unwrap();
        });
        assert!(passed.load(Ordering::SeqCst));
        // An open gate lets everyone through at once.
        gate.pass();
    }

    /// On Linux the kernel shows every thread: if it stopped doing so, every
    /// test above would pass without looking, and the exercises' tests
    /// would quietly fall back to sleeping.
    #[test]
    #[cfg(target_os = "linux")]
    fn threads_are_seen_on_linux() {
        assert_eq!(Task::current().state(), Some(State::Running));
    }

    #[test]
    fn states_are_read_after_the_last_parenthesis() {
        assert_eq!(parse_state("12 (worker) S 1 2 3"), Some(State::Asleep));
        assert_eq!(parse_state("12 (disk) D 1"), Some(State::Asleep));
        assert_eq!(parse_state("12 (a) b) R 1"), Some(State::Running));
        assert_eq!(parse_state("12 (S) Z 1"), Some(State::Ended));
        assert_eq!(parse_state("12 (x) X 1"), Some(State::Ended));
        assert_eq!(parse_state("12 no name"), None);
        assert_eq!(parse_state("12 (empty)"), None);
    }

    #[test]
    fn a_thread_whose_folder_is_gone_has_ended_and_an_unreadable_one_is_unseen() {
        let gone = Task {
            dir: Some(PathBuf::from("/proc/self/task/no-such-thread")),
        };
        assert_eq!(gone.state(), Some(State::Ended));
        // A file where the folder should be: an error other than "not found".
        let not_a_folder = Task {
            dir: Some(PathBuf::from(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/Cargo.toml"
            ))),
        };
        assert_eq!(not_a_folder.state(), None);
    }

    /// Scripted looks, one per call, the last repeated.
    fn looks(script: &[Look]) -> impl FnMut() -> Look + '_ {
        let mut next = 0;
        move || {
            let look = script[next.min(script.len() - 1)];
            next += 1;
            look
        }
    }

    #[test]
    fn watching_needs_quiet_twice_in_a_row() {
        use Look::*;
        let limit = Duration::from_millis(100);
        assert_eq!(watch(limit, looks(&[Busy, Quiet, Quiet])), Settled::Asleep);
        assert_eq!(watch(limit, looks(&[Quiet, Ended])), Settled::Ended);
        let flickering = [Quiet, Busy].repeat(100);
        let started = Instant::now();
        assert_eq!(watch(limit, looks(&flickering)), Settled::Running);
        assert!(started.elapsed() >= limit);
        assert_eq!(watch(limit, looks(&[Busy])), Settled::Running);
    }

    #[test]
    fn nothing_is_seen_of_a_task_without_a_folder() {
        let unseen = Task { dir: None };
        assert_eq!(unseen.state(), None);
        let started = Instant::now();
        assert_eq!(
            unseen.settle(Duration::from_secs(5), Duration::from_millis(30)),
            Settled::Unseen
        );
        assert!(started.elapsed() >= Duration::from_millis(30));
    }
}
