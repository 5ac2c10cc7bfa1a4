//! # Closing resources in the right order
//!
//! Book: book/src/ownership.md#scope-and-drop
//! Check: cargo xtask check ownership/drop-order
//!
//! Reference solution.

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
    name: String,
    log: Log,
}

impl Resource {
    /// Opens a resource called `name` and records `open <name>` in `log`.
    pub fn open(name: &str, log: &Log) -> Resource {
        log.record(format!("open {name}"));
        Resource {
            name: name.to_owned(),
            log: log.clone(),
        }
    }

    /// The resource's name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Closes the resource now rather than at the end of its scope. It takes
    /// `self`, so the caller cannot use the resource afterwards; `close <name>`
    /// must still be recorded only once.
    pub fn close(self) {
        // Nothing to do but let `self` go: it is dropped at the end of this
        // function, and `drop` records the close.
    }
}

impl Drop for Resource {
    /// Records `close <name>`.
    fn drop(&mut self) {
        self.log.record(format!("close {}", self.name));
    }
}

/// Owns resources and closes them, last pushed first, when it is dropped.
#[derive(Default)]
pub struct CleanupStack {
    resources: Vec<Resource>,
}

impl CleanupStack {
    /// An empty stack.
    pub fn new() -> CleanupStack {
        CleanupStack::default()
    }

    /// Takes ownership of `resource`; the stack will close it.
    pub fn push(&mut self, resource: Resource) {
        self.resources.push(resource);
    }

    /// Hands back the resource pushed last, which the stack then no longer
    /// closes; `None` if the stack is empty.
    pub fn pop(&mut self) -> Option<Resource> {
        self.resources.pop()
    }

    /// How many resources the stack owns.
    pub fn len(&self) -> usize {
        self.resources.len()
    }

    /// Whether the stack owns no resources.
    pub fn is_empty(&self) -> bool {
        self.resources.is_empty()
    }
}

impl Drop for CleanupStack {
    /// Closes every resource the stack still owns, the last pushed first.
    fn drop(&mut self) {
        // Each popped resource is dropped at the end of its loop iteration.
        // Whatever is left afterwards (nothing) is dropped with the `Vec`.
        while let Some(resource) = self.resources.pop() {
            drop(resource);
        }
    }
}
