//! # A heartbeat and its monitor
//!
//! Book: book/src/channels.md#waiting-on-several-channels-select
//! Check: cargo xtask check channels/heartbeat
//!
//! A worker proves it is alive by sending a heartbeat now and then; a
//! monitor watches the heartbeats and decides, when none has come for a
//! while, that the worker is dead. Both wait for more than one thing at a
//! time, which is what crossbeam's `select!` is for: [`heartbeat`] waits
//! for its next beat *or* to be stopped, and [`monitor`] waits for a beat,
//! *or* the worker's goodbye, *or* a timeout, *or* to be cancelled.
//!
//! What must work:
//!
//! - `heartbeat` sends a beat every `period` (the first one `period` after
//!   it starts) and stops as soon as it is told to stop, by a message on
//!   `stop` or by every `stop` sender being dropped, however long the
//!   period; it also stops when nobody receives its beats any more;
//! - `monitor` counts the beats, and returns the first of: the worker's
//!   goodbye (every `beats` sender dropped, after the last beat has been
//!   counted), silence (no beat for `timeout` since the last one, or since
//!   the start), or cancellation (a message on `cancel`, or every `cancel`
//!   sender dropped). Without a timeout (`None`), it never gives up on a
//!   silent worker.
//!
//! The trap the book describes is yours to avoid: a receive on a
//! disconnected channel is always ready, so an arm that ignores the `Err`
//! is chosen again and again, and the loop spins instead of waiting.
//!
//! Loom cannot check this exercise: it does not see inside crossbeam's
//! channels or its timers. Tests with real threads stand in for it, each
//! with a deadline, so a loop that never stops fails a test instead of
//! hanging it. The tests never ask how fast anything ran; their timeouts
//! are hundreds of milliseconds, so a loaded machine does not fail them.

use std::time::Duration;

use crossbeam_channel::{Receiver, Sender};

/// Why the monitor returned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// The worker said goodbye: every sender of the heartbeats was dropped.
    Finished,
    /// No heartbeat arrived within the timeout: the worker is presumed dead.
    Silent,
    /// The monitor was cancelled.
    Cancelled,
}

/// What the monitor saw.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Report {
    /// Why it returned.
    pub verdict: Verdict,
    /// How many heartbeats it received before that.
    pub beats: u64,
}

/// Sends `()` on `beats` every `period`, the first one `period` after it
/// starts, until a message arrives on `stop`, every `stop` sender has been
/// dropped, or nobody receives `beats` any more. Returns how many beats it
/// sent.
pub fn heartbeat(beats: Sender<()>, period: Duration, stop: Receiver<()>) -> u64 {
    todo!("beat on {beats:?} every {period:?} until {stop:?} says stop")
}

/// Counts the heartbeats that arrive on `beats` until the worker finishes,
/// falls silent for `timeout` (never, if `None`), or `cancel` receives a
/// message or is disconnected; says which, and how many beats it counted.
pub fn monitor(beats: Receiver<()>, timeout: Option<Duration>, cancel: Receiver<()>) -> Report {
    todo!("watch {beats:?} with timeout {timeout:?}, cancelled by {cancel:?}")
}
