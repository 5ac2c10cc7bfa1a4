//! # An indentation guard
//!
//! Book: book/src/send-sync.md#opting-out-with-phantomdata
//! Check: cargo xtask check send-sync/indent-guard
//!
//! A log reads better when nested work is indented under what started it.
//! Each thread keeps its depth in a `thread_local!`, so threads never wait for
//! each other to log. `indent()` makes this thread's lines one level deeper
//! and returns a guard, `Indent`; dropping the guard takes the level away
//! again, whatever order the guards are dropped in.
//!
//! A guard changes the depth of the thread that runs its `drop`. Dropped on
//! another thread, it would take a level away from a thread it never
//! indented, and leave its own thread indented for ever. So:
//!
//! - a program that moves a guard to another thread, or returns one from a
//!   thread, must not compile;
//! - a guard may still be shared: through `&Indent` a thread can only read
//!   `level()`, which is harmless, and scoped threads may do that. (A
//!   `MutexGuard` is the same: not `Send`, but `Sync` when its value is.)
//!
//! `cargo xtask check` indents on several threads and tries programs that
//! must not compile.

use std::cell::Cell;

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
    todo!()
}

/// One level of this thread's indentation, taken away when the guard is
/// dropped.
pub struct Indent {
    // TODO: the level this guard set up, and a zero-sized field that keeps
    // the guard on its thread. Is that field enough, or must you also say
    // that sharing a guard is fine? (The `()` is a placeholder so that this
    // file compiles; replace it.)
    _todo: (),
}

impl Indent {
    /// The depth this guard set up: its thread's depth just after `indent`
    /// returned it.
    pub fn level(&self) -> usize {
        todo!()
    }
}

impl Drop for Indent {
    /// Takes one level away from this thread's depth.
    fn drop(&mut self) {
        // TODO
    }
}
