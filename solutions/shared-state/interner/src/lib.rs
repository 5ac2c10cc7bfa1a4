//! # A string interner for the whole program
//!
//! Book: book/src/shared-state.md#initialising-once-static-oncelock-lazylock-and-boxleak
//! Check: cargo xtask check shared-state/interner
//!
//! Reference solution. Each new string is copied into a leaked box, whose
//! `&'static str` goes into a set; the look-up and the insert happen under
//! one guard. The program's interner lives in a `LazyLock` static.

use std::collections::HashSet;
use std::sync::LazyLock;

use workbook_sync::Mutex;

/// One copy of each distinct string, shared by reference between threads.
pub struct Interner {
    names: Mutex<HashSet<&'static str>>,
}

impl Interner {
    /// An interner that has interned nothing yet.
    pub fn new() -> Self {
        Interner {
            names: Mutex::new(HashSet::new()),
        }
    }

    /// The one `&'static str` equal to `name`: the copy made the first time
    /// `name` was interned here, or a new copy if it never was.
    pub fn intern(&self, name: &str) -> &'static str {
        let mut names = self.names.lock().unwrap();
        if let Some(&known) = names.get(name) {
            return known;
        }
        // Still under the same guard: no other thread can add `name`
        // between the look-up above and the insert below.
        let copy: &'static str = Box::leak(name.to_owned().into_boxed_str());
        names.insert(copy);
        copy
    }

    /// How many distinct strings have been interned here.
    pub fn len(&self) -> usize {
        self.names.lock().unwrap().len()
    }

    /// Whether nothing has been interned here yet.
    pub fn is_empty(&self) -> bool {
        self.names.lock().unwrap().is_empty()
    }
}

impl Default for Interner {
    fn default() -> Self {
        Interner::new()
    }
}

/// The program's interner: `LazyLock` runs `Interner::new` once, in the
/// first thread that needs it, and makes any other thread that arrives
/// meanwhile wait for it.
static PROGRAM: LazyLock<Interner> = LazyLock::new(Interner::new);

/// Interns `name` in the program's one interner, made on first use, and
/// shared by every thread.
pub fn intern(name: &str) -> &'static str {
    PROGRAM.intern(name)
}
