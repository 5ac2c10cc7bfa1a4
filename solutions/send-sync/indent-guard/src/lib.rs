//! # An indentation guard
//!
//! Book: book/src/send-sync.md#opting-out-with-phantomdata
//! Check: cargo xtask check send-sync/indent-guard
//!
//! Reference solution.

use std::cell::Cell;
use std::marker::PhantomData;

thread_local! {
    /// How many guards are alive on this thread.
    static DEPTH: Cell<usize> = const { Cell::new(0) };
}

/// This thread's depth: the number of `Indent` guards alive on it.
pub fn depth() -> usize {
    DEPTH.get()
}

/// `text`, indented by two spaces for each level of this thread's depth.
pub fn line(text: &str) -> String {
    format!("{}{text}", "  ".repeat(depth()))
}

/// Makes this thread's lines one level deeper, until the guard is dropped.
pub fn indent() -> Indent {
    let level = depth() + 1;
    DEPTH.set(level);
    Indent {
        level,
        this_thread_only: PhantomData,
    }
}

/// One level of this thread's indentation, taken away when the guard is
/// dropped.
pub struct Indent {
    level: usize,
    /// Neither `Send` nor `Sync`: the guard must be dropped on the thread
    /// whose depth it raised.
    this_thread_only: PhantomData<*const ()>,
}

// SAFETY: the marker also took `Sync` away, which the guard does not need to
// give up. Through `&Indent` another thread can only call `level`, which
// reads a number the guard owns and never touches a thread-local; only
// `drop`, which needs the guard itself, changes a depth. (A marker that is
// `Sync` but not `Send`, such as `PhantomData<MutexGuard<'static, ()>>`,
// would say the same without an `unsafe impl`.)
unsafe impl Sync for Indent {}

impl Indent {
    /// The depth this guard set up: its thread's depth just after `indent`
    /// returned it.
    pub fn level(&self) -> usize {
        self.level
    }
}

impl Drop for Indent {
    /// Takes one level away from this thread's depth.
    fn drop(&mut self) {
        // One level less, not `level - 1`: guards may be dropped in any order.
        DEPTH.set(depth() - 1);
    }
}
