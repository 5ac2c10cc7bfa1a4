//! # A registry without check-then-act
//!
//! Book: book/src/shared-state.md#check-then-act
//! Check: cargo xtask check shared-state/registry
//!
//! Reference solution. Every decision is taken under the same guard as the
//! action that depends on it, and no guard lives while `make` runs.

use std::collections::HashMap;

use workbook_sync::Mutex;

/// Names and their values, shared by reference between threads.
pub struct Registry<V> {
    entries: Mutex<HashMap<String, V>>,
}

impl<V: Clone> Registry<V> {
    /// An empty registry.
    pub fn new() -> Self {
        Registry {
            entries: Mutex::new(HashMap::new()),
        }
    }

    /// Registers `name` with `value` if `name` is not registered yet, and
    /// says whether it did. A name that is already there keeps its value.
    pub fn insert_if_absent(&self, name: &str, value: V) -> bool {
        // One guard for the check and the insert: no other thread can
        // register `name` between them.
        let mut entries = self.entries.lock().unwrap();
        if entries.contains_key(name) {
            return false;
        }
        entries.insert(name.to_owned(), value);
        true
    }

    /// A copy of the value registered for `name`, if there is one.
    pub fn get(&self, name: &str) -> Option<V> {
        self.entries.lock().unwrap().get(name).cloned()
    }

    /// The value registered for `name`. When there is none, calls `make`
    /// (without holding any lock of the registry), registers what it returns
    /// unless another thread registered `name` meanwhile, and returns the
    /// value that was kept. `make` is not called when `name` is already
    /// registered.
    pub fn get_or_insert_with(&self, name: &str, make: impl FnOnce() -> V) -> V {
        // `get` takes and drops its own guard, so no lock is held below.
        if let Some(value) = self.get(name) {
            return value;
        }
        let made = make();
        // Another thread may have registered `name` while `make` ran: decide
        // again, under the guard that also inserts.
        self.entries
            .lock()
            .unwrap()
            .entry(name.to_owned())
            .or_insert(made)
            .clone()
    }

    /// How many names are registered.
    pub fn len(&self) -> usize {
        self.entries.lock().unwrap().len()
    }

    /// Whether no name is registered.
    pub fn is_empty(&self) -> bool {
        self.entries.lock().unwrap().is_empty()
    }
}

impl<V: Clone> Default for Registry<V> {
    fn default() -> Self {
        Registry::new()
    }
}
