//! # Many readers or one writer
//!
//! Book: book/src/borrowing.md#the-same-rule-across-threads
//! Check: cargo xtask check borrowing/notice-board
//!
//! A notice board holds lines of text. Reading goes through a `View`, and
//! changing it goes through an `Editor`. The aim is that the borrow checker
//! itself enforces "any number of views, or one editor, never both": no
//! lock, no counter, no run-time check. The same rule then decides what
//! threads may do: several scoped threads may each read through a view at
//! once, but no two may hold the editor.
//!
//! The signatures below compile, but they promise none of that: `edit`
//! borrows the board just as `view` does, the editor changes the board
//! through `&self`, and notices come out as copies. Choose the receivers,
//! the fields and the return types so that these programs do not compile:
//!
//! - opening an editor while a view of the board is still in use;
//! - opening a second editor while the first is still in use;
//! - two threads using the one editor at the same time;
//! - changing the board while a notice read from it is still in use, or
//!   using a notice after the board is gone.
//!
//! A notice is a borrow of the board, not a copy and not a borrow of the
//! view it was read through, so it may outlive that view. `cargo xtask
//! check` tries the programs that must be refused, and their twins that
//! must be accepted.

use std::marker::PhantomData;

/// Numbered lines of text, and a count of the changes made to them.
#[derive(Debug, Default)]
pub struct Board {
    // TODO: the notices, in order, and the number of changes so far.
}

impl Board {
    /// An empty board with no changes made.
    pub fn new() -> Board {
        todo!()
    }

    /// A read-only view of the board. Any number of views may be alive at
    /// once, on any number of threads.
    pub fn view(&self) -> View<'_> {
        todo!()
    }

    /// The one editor of the board. While it is alive nothing else can read
    /// or change the board.
    pub fn edit(&self) -> Editor<'_> {
        todo!()
    }
}

/// Shared, read-only access to a board. Cheap to copy.
#[derive(Debug, Clone, Copy)]
pub struct View<'a> {
    // TODO: what gives a view access to the board? The `PhantomData` only
    // keeps the starter compiling: replace it.
    _todo: PhantomData<&'a ()>,
}

impl<'a> View<'a> {
    /// How many notices are on the board.
    pub fn len(&self) -> usize {
        todo!()
    }

    /// Whether the board has no notices.
    pub fn is_empty(&self) -> bool {
        todo!()
    }

    /// The notice at `index` (0 is the oldest), or `None`.
    pub fn notice(&self, index: usize) -> Option<String> {
        todo!("notice {index}")
    }

    /// Every notice that contains `word`, oldest first.
    pub fn containing(&self, word: &str) -> Vec<String> {
        todo!("notices with {word:?}")
    }

    /// How many changes have been made to the board: every `post`, and
    /// every `take_down` that removed something, counts one.
    pub fn revision(&self) -> u64 {
        todo!()
    }
}

/// The only way to change a board.
#[derive(Debug)]
pub struct Editor<'a> {
    // TODO: what gives the editor access to the board? The `PhantomData`
    // only keeps the starter compiling: replace it.
    _todo: PhantomData<&'a ()>,
}

impl Editor<'_> {
    /// Adds a notice after all the others.
    pub fn post(&self, text: &str) {
        todo!("post {text:?}")
    }

    /// Removes every notice that contains `word`; returns how many went.
    pub fn take_down(&self, word: &str) -> usize {
        todo!("take down {word:?}")
    }

    /// A view for the editor to read the board through. The editor cannot
    /// change the board while this view is in use.
    pub fn view(&self) -> View<'_> {
        todo!()
    }
}
