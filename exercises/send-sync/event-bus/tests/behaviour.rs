//! The bus at run time, from several threads. Every test here needs a bus
//! that is `Send` and `Sync`, so none of them compiles until the port is
//! done.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;

use event_bus::Bus;

/// A log that handlers on any thread can write to.
fn log() -> Arc<Mutex<Vec<String>>> {
    Arc::new(Mutex::new(Vec::new()))
}

/// `publish` calls every handler once, in the order they subscribed, and
/// returns how many it called.
#[test]
fn publish_calls_every_handler_in_subscription_order() {
    let bus = Bus::new();
    let seen = log();
    for name in ["first", "second", "third"] {
        let seen = Arc::clone(&seen);
        bus.subscribe(move |event: &String| seen.lock().unwrap().push(format!("{name}: {event}")));
    }
    assert_eq!(
        bus.publish(&"hello".to_string()),
        3,
        "publish did not count the handlers it called"
    );
    assert_eq!(
        *seen.lock().unwrap(),
        ["first: hello", "second: hello", "third: hello"],
        "the handlers were not each called once, in the order they subscribed"
    );
}

/// Every clone of a bus shares the handlers, and counts them.
#[test]
fn clones_share_the_handlers() {
    let bus: Bus<u32> = Bus::default();
    assert_eq!(bus.handler_count(), 0, "a new bus has handlers");
    let clone = bus.clone();
    let calls = Arc::new(AtomicUsize::new(0));
    let counter = Arc::clone(&calls);
    clone.subscribe(move |_| {
        counter.fetch_add(1, Ordering::Relaxed);
    });
    assert_eq!(
        bus.handler_count(),
        1,
        "a handler subscribed through a clone is missing"
    );
    assert_eq!(bus.publish(&7), 1);
    assert_eq!(calls.load(Ordering::Relaxed), 1);
}

/// Clones of the bus move to other threads, which subscribe there; a publish
/// on the first thread reaches their handlers.
#[test]
fn handlers_subscribe_from_other_threads() {
    let bus = Bus::new();
    let total = Arc::new(AtomicUsize::new(0));
    let workers: Vec<_> = (1..=4)
        .map(|worker| {
            let bus = bus.clone();
            let total = Arc::clone(&total);
            thread::spawn(move || {
                bus.subscribe(move |event: &usize| {
                    total.fetch_add(worker * event, Ordering::Relaxed);
                });
            })
        })
        .collect();
    for worker in workers {
        worker.join().unwrap();
    }
    assert_eq!(bus.handler_count(), 4);
    assert_eq!(bus.publish(&10), 4);
    assert_eq!(
        total.load(Ordering::Relaxed),
        100,
        "not every handler got the event"
    );
}

/// Threads share one bus by reference and publish at the same time, so one
/// handler runs on several threads at once: every event reaches every handler.
#[test]
fn threads_publish_at_the_same_time() {
    let bus = Bus::new();
    let calls = Arc::new(AtomicUsize::new(0));
    for _ in 0..2 {
        let calls = Arc::clone(&calls);
        bus.subscribe(move |_: &u64| {
            calls.fetch_add(1, Ordering::Relaxed);
        });
    }
    thread::scope(|s| {
        for _ in 0..4 {
            s.spawn(|| {
                for event in 0..25 {
                    assert_eq!(bus.publish(&event), 2);
                }
            });
        }
    });
    assert_eq!(
        calls.load(Ordering::Relaxed),
        200,
        "an event did not reach every handler"
    );
}

/// A handler may subscribe another handler while it runs; the new handler is
/// called from the next publish on.
#[test]
fn a_handler_may_subscribe_while_it_runs() {
    let bus = Bus::new();
    let seen = log();
    let (inner_bus, inner_seen) = (bus.clone(), Arc::clone(&seen));
    bus.subscribe(move |event: &String| {
        inner_seen.lock().unwrap().push(format!("outer: {event}"));
        if event == "subscribe" {
            let seen = Arc::clone(&inner_seen);
            inner_bus.subscribe(move |event: &String| {
                seen.lock().unwrap().push(format!("inner: {event}"))
            });
        }
    });
    bus.publish(&"subscribe".to_string());
    assert_eq!(
        bus.handler_count(),
        2,
        "the handler's subscription is missing"
    );
    bus.publish(&"next".to_string());
    let seen = seen.lock().unwrap();
    assert!(
        seen.contains(&"inner: next".to_string()),
        "the handler subscribed during a publish was not called by the next one: {seen:?}"
    );
}

/// A handler subscribed while a publish runs is not called by that publish:
/// the publish calls the handlers that had subscribed when it started.
#[test]
fn a_publish_calls_only_the_handlers_subscribed_before_it() {
    let bus = Bus::new();
    let seen = log();
    let (inner_bus, inner_seen) = (bus.clone(), Arc::clone(&seen));
    bus.subscribe(move |event: &u32| {
        let seen = Arc::clone(&inner_seen);
        inner_bus.subscribe(move |_: &u32| seen.lock().unwrap().push("late".to_string()));
        inner_seen.lock().unwrap().push(format!("early {event}"));
    });
    assert_eq!(
        bus.publish(&1),
        1,
        "publish counted a handler that subscribed while it ran"
    );
    assert_eq!(
        *seen.lock().unwrap(),
        ["early 1"],
        "publish called a handler that subscribed while it ran"
    );
}

/// A handler may publish while it runs: the nested publish calls every
/// handler, this one included, and then the outer one goes on.
#[test]
fn a_handler_may_publish_while_it_runs() {
    let bus = Bus::new();
    let seen = log();
    let (inner_bus, inner_seen) = (bus.clone(), Arc::clone(&seen));
    bus.subscribe(move |countdown: &u32| {
        inner_seen.lock().unwrap().push(format!("{countdown}"));
        if *countdown > 0 {
            inner_bus.publish(&(countdown - 1));
        }
    });
    bus.publish(&2);
    assert_eq!(*seen.lock().unwrap(), ["2", "1", "0"]);
}
