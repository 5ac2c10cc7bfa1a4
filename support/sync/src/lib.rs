//! The synchronisation primitives that loom exercises import.
//!
//! Normally these are std's. Built with `RUSTFLAGS="--cfg loom"` they are
//! loom's, which record every access so that [`model`] can try all the
//! interleavings of a test. Code written against this module runs, unchanged,
//! under both.
//!
//! The one difference a learner sees is [`UnsafeCell`]: loom's cannot hand out
//! a raw pointer that lives on unobserved, so both versions offer `with`
//! (shared access) and `with_mut` (exclusive access) taking a closure, which
//! loom uses to notice two threads touching the cell at once.
//!
//! # Checking mode
//!
//! std allows two things that loom never does and real hardware does rarely:
//! [`Condvar::wait`] may return without a notification (a spurious wake-up),
//! and `compare_exchange_weak` may fail although the value was the expected
//! one. Code that is only right when neither happens (an `if` instead of a
//! `while` around `wait`, a weak compare-exchange that is not retried) passes
//! every test that never sees them. So this module makes both happen, in both
//! builds: the first `wait` and the first `compare_exchange_weak` of every
//! thread, and then about one in three of each, chosen by a seed, so a run can
//! be repeated exactly. Correct code cannot tell the difference; it only loops
//! once more.
//!
//! - `WORKBOOK_SEED=<number>` picks another pattern (the default is 0);
//! - `WORKBOOK_SEED=off` turns checking mode off.
//!
//! When checking mode makes a call return early, it says so once per call
//! site and thread on standard error, which a failing test's output shows.
//!
//! Invariant: checking mode only ever does what std's documentation allows,
//! so a correct program cannot fail because of it.

mod checking;

/// One list of what is re-exported unchanged, from std or from loom, so the
/// two builds can never offer different names.
macro_rules! reexport {
    ($root:ident) => {
        pub use $root::{
            hint,
            sync::atomic::{Ordering, fence},
            sync::{Arc, Barrier, Mutex, MutexGuard, RwLock, RwLockReadGuard, RwLockWriteGuard},
            thread,
        };

        /// Atomic types, with a checking `compare_exchange_weak`; everything
        /// else is the underlying type's own.
        pub mod atomic {
            pub use crate::{
                AtomicBool, AtomicI32, AtomicPtr, AtomicU8, AtomicU32, AtomicU64, AtomicUsize,
            };
            pub use $root::sync::atomic::{Ordering, fence};
        }

        checking::atomics! {
            $root;
            AtomicBool: bool;
            AtomicI32: i32;
            AtomicU8: u8;
            AtomicU32: u32;
            AtomicU64: u64;
            AtomicUsize: usize;
        }
        checking::atomic_ptr!($root);
        checking::condvar!($root);
    };
}

#[cfg(not(loom))]
reexport!(std);

#[cfg(loom)]
reexport!(loom);

/// Runs `test` once for every interleaving of its threads that has at most
/// `LOOM_MAX_PREEMPTIONS` preemptions: the runner sets that from the `[loom]`
/// table of exercise.toml, and 2 is used when it is unset. Every loom test of
/// the workbook goes through here.
#[cfg(loom)]
pub fn model<F>(test: F)
where
    F: Fn() + Sync + Send + 'static,
{
    let mut builder = loom::model::Builder::new();
    builder.preemption_bound.get_or_insert(2);
    builder.check(test);
}

#[cfg(loom)]
pub use loom::cell::UnsafeCell;

/// What an atomic's `get_mut` lends under loom (a `&mut` in the std build).
#[cfg(loom)]
pub use checking::{AtomicMut, Exclusive};

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
