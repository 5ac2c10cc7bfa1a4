#![cfg(not(loom))]
//! What the heartbeat and the monitor do at run time, on real threads.
//!
//! Loom cannot look inside crossbeam's channels or timers, so there is no
//! `tests/loom.rs`. Every wait has a deadline, so a loop that never stops
//! (an ignored stop or cancel, a disconnected channel spinning) fails a
//! test instead of hanging it. No test asks how fast anything ran. Where a
//! verdict needs a timeout to fire or not, the timeout is at least 1.5 s
//! and the beats it must not miss come every 20 ms, so only a thread
//! stalled for well over a second on a loaded machine could change a
//! verdict. Where a test needs the monitor to be waiting before it acts, it
//! waits until the kernel reports the monitor's thread asleep
//! (`workbook-probe`), not for a fixed time.

use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

use crossbeam_channel::{RecvTimeoutError, bounded, unbounded};
use heartbeat::{Report, Verdict, heartbeat, monitor};

/// How long any thread of a test may take to finish its work.
const DEADLINE: Duration = Duration::from_secs(5);

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

fn report(verdict: Verdict, beats: u64) -> Report {
    Report { verdict, beats }
}

/// The heartbeat beats until every `stop` sender is dropped, then stops and
/// returns how many beats it sent, every one of them received.
#[test]
fn heartbeat_beats_until_its_stop_channel_is_dropped() {
    let (beat, beats) = unbounded();
    let (stop, stopped) = bounded::<()>(1);
    let worker = thread::spawn(move || heartbeat(beat, Duration::from_millis(10), stopped));
    for i in 0..3 {
        assert!(
            beats.recv_timeout(DEADLINE).is_ok(),
            "only {i} beats arrived in {DEADLINE:?} with a period of 10 ms"
        );
    }
    drop(stop);
    let sent = join(
        worker,
        "heartbeat after its stop sender was dropped (does it ignore a disconnected stop?)",
    );
    let mut received = 3;
    loop {
        match beats.recv_timeout(DEADLINE) {
            Ok(()) => received += 1,
            Err(RecvTimeoutError::Disconnected) => break,
            Err(RecvTimeoutError::Timeout) => panic!("the heartbeat's sender is still alive"),
        }
    }
    assert_eq!(
        sent, received,
        "heartbeat said it sent {sent} beats, and {received} arrived"
    );
}

/// The heartbeat stops at once when told to, even in the middle of a long
/// period, and a stop message is enough (its sender still alive).
#[test]
fn heartbeat_stops_promptly_between_beats() {
    let (beat, beats) = unbounded();
    let (stop, stopped) = bounded::<()>(1);
    let worker = thread::spawn(move || heartbeat(beat, Duration::from_secs(60), stopped));
    stop.send(()).unwrap();
    let sent = join(
        worker,
        "heartbeat with a 60 s period, after a stop message (does it sleep through the period?)",
    );
    assert_eq!(sent, 0, "a beat was sent before the first period was over");
    assert_eq!(
        beats.try_recv(),
        Err(crossbeam_channel::TryRecvError::Disconnected)
    );
    drop(stop);
}

/// The heartbeat stops quietly once nobody receives its beats, and says it
/// sent none.
#[test]
fn heartbeat_stops_when_nobody_listens() {
    let (beat, beats) = unbounded::<()>();
    drop(beats);
    let (stop, stopped) = bounded::<()>(1);
    let worker = thread::spawn(move || heartbeat(beat, Duration::from_millis(10), stopped));
    let sent = join(
        worker,
        "heartbeat whose beats nobody receives (it must stop without panicking)",
    );
    assert_eq!(sent, 0, "heartbeat counted beats that nobody could receive");
    drop(stop);
}

/// A worker that drops its sender has finished: the monitor counts every
/// beat it sent, then says so.
#[test]
fn monitor_reports_a_finished_worker() {
    let (beat, beats) = unbounded();
    for _ in 0..5 {
        beat.send(()).unwrap();
    }
    drop(beat);
    let (cancel, cancelled) = bounded::<()>(1);
    let watcher = thread::spawn(move || monitor(beats, Some(Duration::from_secs(30)), cancelled));
    assert_eq!(
        join(
            watcher,
            "monitor of a worker that has finished (does a disconnected channel make it spin?)"
        ),
        report(Verdict::Finished, 5)
    );
    drop(cancel);
}

/// A worker that keeps its sender but stops beating is reported silent
/// once the timeout has passed, after the beats it did send.
#[test]
fn monitor_reports_a_silent_worker() {
    let (beat, beats) = unbounded();
    for _ in 0..3 {
        beat.send(()).unwrap();
    }
    let (cancel, cancelled) = bounded::<()>(1);
    let watcher =
        thread::spawn(move || monitor(beats, Some(Duration::from_millis(1500)), cancelled));
    assert_eq!(
        join(
            watcher,
            "monitor of a worker that fell silent, timeout 1.5 s"
        ),
        report(Verdict::Silent, 3)
    );
    drop((beat, cancel));
}

/// The timeout counts from the last beat, not from the start: 150 beats 20
/// ms apart keep a worker alive for 3 s under a timeout of 1.5 s.
#[test]
fn the_timeout_restarts_with_every_beat() {
    let (beat, beats) = unbounded();
    let (cancel, cancelled) = bounded::<()>(1);
    let watcher =
        thread::spawn(move || monitor(beats, Some(Duration::from_millis(1500)), cancelled));
    let worker = thread::spawn(move || {
        for _ in 0..150 {
            thread::sleep(Duration::from_millis(20));
            let _ = beat.send(());
        }
    });
    join(worker, "the beating worker");
    assert_eq!(
        join(watcher, "monitor of a worker that beats every 20 ms"),
        report(Verdict::Finished, 150),
        "a worker beating every 20 ms for 3 s was not seen to the end \
         (is the timeout counted from the start instead of from the last beat?)"
    );
    drop(cancel);
}

/// Without a timeout, the monitor never calls a worker silent: only
/// cancelling it (here by dropping the cancel sender) ends its wait. The
/// test waits until the monitor is asleep, and 300 ms more, before it
/// cancels, so a monitor that gave up at once has already returned.
#[test]
fn without_a_timeout_the_monitor_never_gives_up() {
    let (beat, beats) = unbounded::<()>();
    let (cancel, cancelled) = bounded::<()>(1);
    let (watcher, monitor_thread) = workbook_probe::spawn(move || monitor(beats, None, cancelled));
    monitor_thread.settle(Duration::from_secs(3), Duration::ZERO);
    thread::sleep(Duration::from_millis(300));
    drop(cancel);
    assert_eq!(
        join(
            watcher,
            "monitor without a timeout, after its cancel sender was dropped"
        ),
        report(Verdict::Cancelled, 0)
    );
    drop(beat);
}

/// Cancelling stops the monitor at once, however long its timeout, whether
/// by dropping the cancel sender or by sending on it; the beats received
/// until then are counted.
#[test]
fn cancelling_stops_the_monitor_promptly() {
    for (how, beats_first) in [("dropping the cancel sender", 2), ("a cancel message", 1)] {
        // A rendezvous: once a `send` returns, the monitor has the beat.
        let (beat, beats) = bounded(0);
        let (cancel, cancelled) = bounded::<()>(1);
        let watcher =
            thread::spawn(move || monitor(beats, Some(Duration::from_secs(60)), cancelled));
        for _ in 0..beats_first {
            beat.send_timeout((), DEADLINE)
                .expect("the monitor does not receive beats");
        }
        let keep = if beats_first == 2 {
            drop(cancel);
            None
        } else {
            cancel.send(()).unwrap();
            Some(cancel)
        };
        assert_eq!(
            join(
                watcher,
                &format!("monitor with a 60 s timeout, cancelled by {how}")
            ),
            report(Verdict::Cancelled, beats_first),
            "monitor cancelled by {how}"
        );
        drop((beat, keep));
    }
}
