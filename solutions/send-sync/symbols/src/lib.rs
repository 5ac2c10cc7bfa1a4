//! # Symbols that stay on their thread
//!
//! Book: book/src/send-sync.md#opting-out-with-phantomdata
//! Check: cargo xtask check send-sync/symbols
//!
//! Reference solution.

use std::cell::RefCell;
use std::collections::HashMap;
use std::marker::PhantomData;

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
    number: u32,
    /// A raw pointer is neither `Send` nor `Sync`, so neither is a symbol:
    /// it can neither move to another thread nor be shared with one. The
    /// field has no size, and `PhantomData` is `Copy`, `Eq` and `Hash` for
    /// any type, so the derives still work.
    this_thread_only: PhantomData<*const ()>,
}

/// The symbol for `text` on this thread: the one it already has, or a new
/// one.
pub fn intern(text: &str) -> Symbol {
    let number = TABLE.with_borrow_mut(|table| {
        if let Some(&number) = table.numbers.get(text) {
            return number;
        }
        let number = u32::try_from(table.texts.len()).expect("more than u32::MAX symbols");
        table.texts.push(text.to_owned());
        table.numbers.insert(text.to_owned(), number);
        number
    });
    Symbol {
        number,
        this_thread_only: PhantomData,
    }
}

impl Symbol {
    /// The text this symbol was interned from.
    pub fn text(self) -> String {
        // A symbol exists only on the thread whose table made it, so the
        // number is always in this table.
        TABLE.with_borrow(|table| table.texts[self.number as usize].clone())
    }
}
