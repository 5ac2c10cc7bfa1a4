//! # Closing resources in the right order
//!
//! Book: book/src/ownership.md#scope-and-drop
//! Check: cargo xtask check ownership/drop-order
//!
//! A `Resource` stands for something that must be given back when you are
//! done with it: a file, a connection, a lock. Opening one writes
//! `open <name>` to a shared `Log`; dropping it, however that happens, writes
//! `close <name>`, exactly once. A `CleanupStack` owns resources and, when it
//! is dropped, closes them in the reverse of the order they were pushed, the
//! way Rust drops local variables. (A `Vec` left to itself drops its elements
//! front to back, which is not what a cleanup stack wants.)
//!
//! A resource is one thing with one owner: copying a `Resource`, or using one
//! after closing it, must not compile; `cargo xtask check` tries both.

use std::sync::{Arc, Mutex};

/// A list of events that many resources write to. This type is complete:
/// you need not change it. Cloning a `Log` gives another handle to the same
/// list, so a resource can keep one (the Shared state chapter explains the
/// `Arc` and `Mutex` inside).
#[derive(Clone, Default)]
pub struct Log {
    entries: Arc<Mutex<Vec<String>>>,
}

impl Log {
    /// An empty log.
    pub fn new() -> Log {
        Log::default()
    }

    /// Appends one entry.
    pub fn record(&self, entry: String) {
        self.entries.lock().unwrap().push(entry);
    }

    /// A copy of the entries so far, oldest first.
    pub fn entries(&self) -> Vec<String> {
        self.entries.lock().unwrap().clone()
    }
}

/// Something that is opened, used, and closed exactly once.
pub struct Resource {
    // TODO: what does a resource need in order to close itself later?
}

impl Resource {
    /// Opens a resource called `name` and records `open <name>` in `log`.
    pub fn open(name: &str, log: &Log) -> Resource {
        let _ = (name, log);
        todo!()
    }

    /// The resource's name.
    pub fn name(&self) -> &str {
        todo!()
    }

    /// Closes the resource now rather than at the end of its scope; `close
    /// <name>` must still be recorded only once. Using the resource after
    /// `close`, even just to read its name, must not compile: choose the
    /// receiver that makes it so.
    pub fn close(&self) {
        todo!()
    }
}

impl Drop for Resource {
    /// Records `close <name>`.
    fn drop(&mut self) {
        todo!()
    }
}

/// Owns resources and closes them, last pushed first, when it is dropped.
#[derive(Default)]
pub struct CleanupStack {
    // TODO
}

impl CleanupStack {
    /// An empty stack.
    pub fn new() -> CleanupStack {
        todo!()
    }

    /// Takes ownership of `resource`; the stack will close it.
    pub fn push(&mut self, resource: Resource) {
        let _ = &resource;
        todo!()
    }

    /// Hands back the resource pushed last, which the stack then no longer
    /// closes; `None` if the stack is empty.
    pub fn pop(&mut self) -> Option<Resource> {
        todo!()
    }

    /// How many resources the stack owns.
    pub fn len(&self) -> usize {
        todo!()
    }

    /// Whether the stack owns no resources.
    pub fn is_empty(&self) -> bool {
        todo!()
    }
}

impl Drop for CleanupStack {
    /// Closes every resource the stack still owns, the last pushed first.
    fn drop(&mut self) {
        todo!()
    }
}
