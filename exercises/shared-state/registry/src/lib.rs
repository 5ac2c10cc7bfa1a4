//! # A registry without check-then-act
//!
//! Book: book/src/shared-state.md#check-then-act
//! Check: cargo xtask check shared-state/registry
//!
//! A registry maps names to values and is shared by reference between
//! threads. A name, once registered, keeps its value for good: nothing is
//! ever removed or replaced. Many threads may register the same name at the
//! same moment, and whatever the timing:
//!
//! - `insert_if_absent` returns `true` to exactly one of them, and the value
//!   kept is that caller's;
//! - `get_or_insert_with` hands every caller the one value that was kept,
//!   even when several of them made a value of their own;
//! - the closure given to `get_or_insert_with` may use the registry itself
//!   (look names up, register others): it must run while no lock of the
//!   registry is held, or its thread waits for itself for ever.
//!
//! Take `Mutex` from `workbook_sync`, not `std::sync`: under loom it is
//! loom's, and the checker tries every order of the threads' steps.

use std::marker::PhantomData;

// Take `Mutex` from `workbook_sync`.

/// Names and their values, shared by reference between threads.
pub struct Registry<V> {
    // TODO: the entries and their lock. This placeholder only keeps the
    // starter compiling: replace it.
    _todo: PhantomData<V>,
}

impl<V: Clone> Registry<V> {
    /// An empty registry.
    pub fn new() -> Self {
        todo!()
    }

    /// Registers `name` with `value` if `name` is not registered yet, and
    /// says whether it did. A name that is already there keeps its value.
    pub fn insert_if_absent(&self, name: &str, value: V) -> bool {
        let _ = value; // Only here to keep the starter free of warnings.
        todo!("register {name}")
    }

    /// A copy of the value registered for `name`, if there is one.
    pub fn get(&self, name: &str) -> Option<V> {
        todo!("look up {name}")
    }

    /// The value registered for `name`. When there is none, calls `make`
    /// (without holding any lock of the registry), registers what it returns
    /// unless another thread registered `name` meanwhile, and returns the
    /// value that was kept. `make` is not called when `name` is already
    /// registered.
    pub fn get_or_insert_with(&self, name: &str, make: impl FnOnce() -> V) -> V {
        let _ = make; // Only here to keep the starter free of warnings.
        todo!("look up or register {name}")
    }

    /// How many names are registered.
    pub fn len(&self) -> usize {
        todo!()
    }

    /// Whether no name is registered.
    pub fn is_empty(&self) -> bool {
        todo!()
    }
}

impl<V: Clone> Default for Registry<V> {
    fn default() -> Self {
        Registry::new()
    }
}
