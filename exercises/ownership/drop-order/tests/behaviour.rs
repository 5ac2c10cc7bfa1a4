#![cfg(not(loom))]
//! When resources open and close: at the end of a scope, on `close`, inside a
//! function or a thread that took them, and from a cleanup stack.

use std::thread;

use drop_order::{CleanupStack, Log, Resource};

#[test]
fn opening_records_open() {
    let log = Log::new();
    let file = Resource::open("file", &log);
    assert_eq!(file.name(), "file");
    assert_eq!(log.entries(), ["open file"]);
}

#[test]
fn end_of_scope_records_close() {
    let log = Log::new();
    {
        let _file = Resource::open("file", &log);
        log.record("using file".to_owned());
    }
    assert_eq!(log.entries(), ["open file", "using file", "close file"]);
}

#[test]
fn locals_close_in_reverse_order() {
    let log = Log::new();
    {
        let _a = Resource::open("a", &log);
        let _b = Resource::open("b", &log);
        let _c = Resource::open("c", &log);
    }
    assert_eq!(
        log.entries(),
        [
            "open a", "open b", "open c", "close c", "close b", "close a"
        ]
    );
}

#[test]
fn close_records_close_at_once_and_only_once() {
    let log = Log::new();
    let file = Resource::open("file", &log);
    file.close();
    log.record("after close".to_owned());
    assert_eq!(log.entries(), ["open file", "close file", "after close"]);
}

#[test]
fn resource_moved_into_a_function_closes_when_it_returns() {
    fn consume(resource: Resource, log: &Log) {
        log.record(format!("consuming {}", resource.name()));
    }
    let log = Log::new();
    let file = Resource::open("file", &log);
    consume(file, &log);
    log.record("back in caller".to_owned());
    assert_eq!(
        log.entries(),
        [
            "open file",
            "consuming file",
            "close file",
            "back in caller"
        ]
    );
}

#[test]
fn resource_moved_to_a_thread_closes_in_that_thread() {
    let log = Log::new();
    let socket = Resource::open("socket", &log);
    let worker_log = log.clone();
    let worker = thread::spawn(move || {
        worker_log.record(format!("worker has {}", socket.name()));
    });
    worker.join().unwrap();
    log.record("joined".to_owned());
    assert_eq!(
        log.entries(),
        ["open socket", "worker has socket", "close socket", "joined"]
    );
}

#[test]
fn stack_closes_last_pushed_first() {
    let log = Log::new();
    {
        let mut stack = CleanupStack::new();
        for name in ["a", "b", "c"] {
            stack.push(Resource::open(name, &log));
        }
        assert_eq!(stack.len(), 3);
        log.record("dropping stack".to_owned());
    }
    assert_eq!(
        log.entries(),
        [
            "open a",
            "open b",
            "open c",
            "dropping stack",
            "close c",
            "close b",
            "close a"
        ]
    );
}

#[test]
fn pushing_does_not_close() {
    let log = Log::new();
    let mut stack = CleanupStack::new();
    stack.push(Resource::open("a", &log));
    stack.push(Resource::open("b", &log));
    assert_eq!(log.entries(), ["open a", "open b"]);
    assert_eq!(stack.len(), 2);
    assert!(!stack.is_empty());
}

#[test]
fn popped_resource_is_closed_by_its_new_owner_not_the_stack() {
    let log = Log::new();
    let mut stack = CleanupStack::new();
    stack.push(Resource::open("a", &log));
    stack.push(Resource::open("b", &log));
    let b = stack.pop().expect("the stack has two resources");
    assert_eq!(b.name(), "b");
    assert_eq!(stack.len(), 1);
    drop(stack);
    log.record("stack gone".to_owned());
    drop(b);
    assert_eq!(
        log.entries(),
        ["open a", "open b", "close a", "stack gone", "close b"]
    );
}

#[test]
fn empty_stack_pops_none_and_closes_nothing() {
    let log = Log::new();
    let mut stack = CleanupStack::new();
    assert!(stack.is_empty());
    assert_eq!(stack.len(), 0);
    assert!(stack.pop().is_none());
    drop(stack);
    assert!(log.entries().is_empty());
}

#[test]
fn stack_moved_to_a_thread_closes_there_in_reverse_order() {
    let log = Log::new();
    let mut stack = CleanupStack::new();
    stack.push(Resource::open("a", &log));
    stack.push(Resource::open("b", &log));
    let worker_log = log.clone();
    thread::spawn(move || {
        worker_log.record(format!("worker owns {} resources", stack.len()));
    })
    .join()
    .unwrap();
    assert_eq!(
        log.entries(),
        [
            "open a",
            "open b",
            "worker owns 2 resources",
            "close b",
            "close a"
        ]
    );
}
