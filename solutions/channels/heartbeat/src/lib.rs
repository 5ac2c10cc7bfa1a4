//! # A heartbeat and its monitor
//!
//! Book: book/src/channels.md#waiting-on-several-channels-select
//! Check: cargo xtask check channels/heartbeat
//!
//! Reference solution.

use std::time::Duration;

use crossbeam_channel::{Receiver, Sender, after, never, select, tick};

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
    // `tick` keeps its rhythm however long a round takes.
    let clock = tick(period);
    let mut sent = 0;
    loop {
        select! {
            // `Ok` is a stop message and `Err` means every stop sender is
            // gone: both mean stop. Ignoring the `Err` would make this arm
            // ready for ever, and the loop would spin.
            recv(stop) -> _ => return sent,
            recv(clock) -> _ => {
                if beats.send(()).is_err() {
                    // Nobody listens any more.
                    return sent;
                }
                sent += 1;
            }
        }
    }
}

/// Counts the heartbeats that arrive on `beats` until the worker finishes,
/// falls silent for `timeout` (never, if `None`), or `cancel` receives a
/// message or is disconnected; says which, and how many beats it counted.
pub fn monitor(beats: Receiver<()>, timeout: Option<Duration>, cancel: Receiver<()>) -> Report {
    let mut count = 0;
    let report = |verdict, beats| Report { verdict, beats };
    loop {
        // A fresh timer every round: the timeout counts from the last beat.
        // Without a timeout, an arm that is never ready keeps one `select!`.
        let silence = match timeout {
            Some(timeout) => after(timeout),
            None => never(),
        };
        select! {
            recv(beats) -> beat => match beat {
                Ok(()) => count += 1,
                // Disconnected: every beat sent has been received.
                Err(_) => return report(Verdict::Finished, count),
            },
            recv(cancel) -> _ => return report(Verdict::Cancelled, count),
            recv(silence) -> _ => return report(Verdict::Silent, count),
        }
    }
}
