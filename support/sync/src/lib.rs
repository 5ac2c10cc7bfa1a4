//! The synchronisation primitives that loom exercises import.
//!
//! Normally these are std's. Built with `RUSTFLAGS="--cfg loom"` they are
//! loom's, which record every access so that `loom::model` can try all the
//! interleavings of a test. Code written against this module runs, unchanged,
//! under both.
//!
//! The one difference a learner sees is [`UnsafeCell`]: loom's cannot hand out
//! a raw pointer that lives on unobserved, so both versions offer `with`
//! (shared access) and `with_mut` (exclusive access) taking a closure, which
//! loom uses to notice two threads touching the cell at once.

/// One list of what is re-exported, from std or from loom, so the two builds
/// can never offer different names.
macro_rules! reexport {
    ($root:ident) => {
        pub use $root::{
            hint,
            sync::atomic::{
                self, AtomicBool, AtomicI32, AtomicPtr, AtomicU8, AtomicU32, AtomicU64,
                AtomicUsize, Ordering, fence,
            },
            sync::{Arc, Condvar, Mutex, MutexGuard},
            thread,
        };
    };
}

#[cfg(not(loom))]
reexport!(std);

#[cfg(loom)]
reexport!(loom);

#[cfg(loom)]
pub use loom::cell::UnsafeCell;

/// std's `UnsafeCell` with loom's closure-based interface.
///
/// Like std's, it is `Send` when `T` is, and never `Sync`: a type that shares
/// it between threads must say why that is sound with an `unsafe impl Sync`.
#[cfg(not(loom))]
#[derive(Debug, Default)]
pub struct UnsafeCell<T: ?Sized>(std::cell::UnsafeCell<T>);

#[cfg(not(loom))]
impl<T> UnsafeCell<T> {
    /// Wraps `value`. Not `const`, because loom's is not.
    pub fn new(value: T) -> UnsafeCell<T> {
        UnsafeCell(std::cell::UnsafeCell::new(value))
    }

    /// Unwraps the value.
    pub fn into_inner(self) -> T {
        self.0.into_inner()
    }
}

#[cfg(not(loom))]
impl<T: ?Sized> UnsafeCell<T> {
    /// Calls `f` with a pointer for reading the value. The caller must make
    /// sure no other thread writes it meanwhile.
    pub fn with<R>(&self, f: impl FnOnce(*const T) -> R) -> R {
        f(self.0.get())
    }

    /// Calls `f` with a pointer for writing the value. The caller must make
    /// sure no other thread reads or writes it meanwhile.
    pub fn with_mut<R>(&self, f: impl FnOnce(*mut T) -> R) -> R {
        f(self.0.get())
    }
}
