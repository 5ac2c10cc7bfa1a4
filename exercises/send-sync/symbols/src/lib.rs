//! # Symbols that stay on their thread
//!
//! Book: book/src/send-sync.md#opting-out-with-phantomdata
//! Check: cargo xtask check send-sync/symbols
//!
//! An interner gives each distinct string a small number, a `Symbol`, so
//! that comparing and hashing names costs no more than comparing integers.
//! This one keeps its table in a `thread_local!`: every thread has a table
//! of its own, and interning never waits for a lock.
//!
//! The price is that a symbol means something only on the thread that made
//! it. Symbol 0 on one thread and symbol 0 on another are different strings
//! (or, if the other thread has interned nothing, no string at all). Nothing
//! in a `u32` stops a symbol from travelling, so the compiler would let it:
//!
//! - a program that moves a symbol to another thread must not compile;
//! - nor one that shares a symbol with another thread by reference, which
//!   would let that thread call `text` on it just the same.
//!
//! Within its thread a symbol is a plain value: `Copy`, comparable, hashable,
//! and no bigger than its `u32`. Its text may go anywhere, as a `String`.
//! `cargo xtask check` interns on several threads and tries programs that
//! must not compile.

use std::cell::RefCell;
use std::collections::HashMap;

thread_local! {
    /// This thread's table: the text of every symbol, by number, and the
    /// number of every text.
    static TABLE: RefCell<Table> = RefCell::new(Table::default());
}

#[derive(Default)]
struct Table {
    texts: Vec<String>,
    numbers: HashMap<String, u32>,
}

/// A string interned on this thread, as a number. Equal texts interned on
/// one thread give equal symbols.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct Symbol {
    // TODO: the symbol's number in this thread's table (a `u32`). A symbol
    // must also stay on the thread that made it, and must not be shared with
    // another one either: what zero-sized field says so? (The `()` is a
    // placeholder so that this file compiles; replace it.)
    _todo: (),
}

/// The symbol for `text` on this thread: the one it already has, or a new
/// one.
pub fn intern(text: &str) -> Symbol {
    let _ = text;
    let _ = &TABLE;
    todo!()
}

impl Symbol {
    /// The text this symbol was interned from.
    pub fn text(self) -> String {
        todo!()
    }
}
