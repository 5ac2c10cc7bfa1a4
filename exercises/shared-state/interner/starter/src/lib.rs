//! # A string interner for the whole program
//!
//! Book: book/src/shared-state.md#initialising-once-static-oncelock-lazylock-and-boxleak
//! Check: cargo xtask check shared-state/interner
//!
//! An interner keeps one copy of each distinct string and hands out
//! `&'static str`s to it, so that equal names can be compared by address
//! and stored anywhere without a lifetime. Interned strings are never
//! freed: they live until the program ends, even after the `Interner` that
//! made them is dropped.
//!
//! What must hold, whatever the timing:
//!
//! - interning equal strings gives the *same* `&'static str`, the same
//!   address, even when two threads intern a new name at the same moment;
//! - `intern`, the free function, does the same for the whole program, from
//!   any thread, through one interner that is made the first time it is
//!   needed.
//!
//! Take `Mutex` from `workbook_sync`, not `std::sync`: under loom it is
//! loom's, and the checker tries every order of the threads' steps. One
//! consequence: loom's `Mutex::new` is not a `const fn`, so the program-wide
//! interner cannot be built in a `static`'s initialiser directly. Build it
//! on first use.

use std::marker::PhantomData;

// Take `Mutex` from `workbook_sync`.

/// One copy of each distinct string, shared by reference between threads.
pub struct Interner {
    // TODO: the strings handed out so far, and their lock. This placeholder
    // only keeps the starter compiling: replace it.
    _todo: PhantomData<&'static str>,
}

impl Interner {
    /// An interner that has interned nothing yet.
    pub fn new() -> Self {
        todo!()
    }

    /// The one `&'static str` equal to `name`: the copy made the first time
    /// `name` was interned here, or a new copy if it never was.
    pub fn intern(&self, name: &str) -> &'static str {
        todo!("intern {name}")
    }

    /// How many distinct strings have been interned here.
    pub fn len(&self) -> usize {
        todo!()
    }

    /// Whether nothing has been interned here yet.
    pub fn is_empty(&self) -> bool {
        todo!()
    }
}

impl Default for Interner {
    fn default() -> Self {
        Interner::new()
    }
}

/// Interns `name` in the program's one interner, made on first use, and
/// shared by every thread.
pub fn intern(name: &str) -> &'static str {
    todo!("intern {name} for the whole program")
}
