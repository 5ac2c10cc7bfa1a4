//! What the configuration does, with real threads.

use std::sync::mpsc::{self, RecvTimeoutError};
use std::sync::{Arc, Barrier};
use std::thread;
use std::time::Duration;

use config::Config;

/// How long the threads of a test may take, however busy the machine.
const DEADLINE: Duration = Duration::from_secs(10);
/// How long the first updater keeps its `change` running, waiting to see
/// whether the second update can finish in the meantime (it must not).
const HOLD: Duration = Duration::from_secs(2);

/// `get` returns the current value; `replace` returns the value it
/// replaced, and a snapshot taken before a `replace` keeps the old value.
#[test]
fn replace_returns_the_old_value_and_snapshots_keep_theirs() {
    let config = Config::new(String::from("port=80"));
    let before = config.get();
    assert_eq!(*before, "port=80");
    let replaced = config.replace(String::from("port=8080"));
    assert_eq!(*replaced, "port=80");
    assert_eq!(*config.get(), "port=8080");
    assert_eq!(*before, "port=80");
    assert_eq!(*config.replace(String::from("port=443")), "port=8080");
    assert_eq!(*config.get(), "port=443");
}

/// `update` builds on the current value and returns the new one.
#[test]
fn update_builds_on_the_current_value() {
    let config = Config::new(vec![1]);
    let new = config.update(|list| {
        let mut list = list.clone();
        list.push(2);
        list
    });
    assert_eq!(*new, [1, 2]);
    let newer = config.update(|list| list.iter().map(|n| n * 10).collect());
    assert_eq!(*newer, [10, 20]);
    assert_eq!(*config.get(), [10, 20]);
}

/// Two threads update at once: the first one's `change` is still running
/// when the second calls `update`. The second must wait for the first to
/// store its value and build on it, so neither change is lost.
#[test]
fn overlapping_updates_lose_neither_change() {
    let config = Arc::new(Config::new(0u32));
    let entered = Arc::new(Barrier::new(2));
    let (second_done_tx, second_done) = mpsc::channel::<()>();
    let (result_tx, result) = mpsc::channel();

    let first = {
        let (config, entered, result_tx) =
            (Arc::clone(&config), Arc::clone(&entered), result_tx.clone());
        thread::spawn(move || {
            config.update(|&value| {
                entered.wait();
                // If the second update can finish while this change runs,
                // it has worked from the value this one is replacing.
                let _ = second_done.recv_timeout(HOLD);
                value + 1
            });
            let _ = result_tx.send(());
        })
    };
    let second = {
        let config = Arc::clone(&config);
        thread::spawn(move || {
            entered.wait();
            config.update(|&value| value + 10);
            let _ = second_done_tx.send(());
            let _ = result_tx.send(());
        })
    };
    for _ in 0..2 {
        match result.recv_timeout(DEADLINE) {
            Ok(()) => {}
            Err(RecvTimeoutError::Timeout) => {
                panic!("the updates did not finish in {DEADLINE:?}")
            }
            Err(RecvTimeoutError::Disconnected) => panic!("an updating thread panicked"),
        }
    }
    first.join().unwrap();
    second.join().unwrap();
    assert_eq!(
        *config.get(),
        11,
        "one update was lost: each must read the value the other stored"
    );
}
