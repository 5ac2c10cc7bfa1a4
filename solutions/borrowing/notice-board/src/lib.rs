//! # Many readers or one writer
//!
//! Book: book/src/borrowing.md#the-same-rule-across-threads
//! Check: cargo xtask check borrowing/notice-board
//!
//! Reference solution.

/// Numbered lines of text, and a count of the changes made to them.
#[derive(Debug, Default)]
pub struct Board {
    notices: Vec<String>,
    revision: u64,
}

impl Board {
    /// An empty board with no changes made.
    pub fn new() -> Board {
        Board::default()
    }

    /// A read-only view of the board. Any number of views may be alive at
    /// once, on any number of threads.
    pub fn view(&self) -> View<'_> {
        View { board: self }
    }

    /// The one editor of the board. While it is alive nothing else can read
    /// or change the board.
    pub fn edit(&mut self) -> Editor<'_> {
        Editor { board: self }
    }
}

/// Shared, read-only access to a board. Cheap to copy.
#[derive(Debug, Clone, Copy)]
pub struct View<'a> {
    // A shared borrow: copying it is fine, and it is `Send` whenever `Board`
    // is `Sync`, which it is.
    board: &'a Board,
}

impl<'a> View<'a> {
    /// How many notices are on the board.
    pub fn len(&self) -> usize {
        self.board.notices.len()
    }

    /// Whether the board has no notices.
    pub fn is_empty(&self) -> bool {
        self.board.notices.is_empty()
    }

    /// The notice at `index` (0 is the oldest), or `None`. The text borrows
    /// the board, not the view, so it may outlive the view.
    pub fn notice(&self, index: usize) -> Option<&'a str> {
        // `self.board` is a shared `&'a Board`, and what is reached through a
        // shared borrow may be kept for that borrow's whole lifetime, however
        // short the borrow of `self` is.
        self.board.notices.get(index).map(String::as_str)
    }

    /// Every notice that contains `word`, oldest first.
    pub fn containing(&self, word: &str) -> Vec<&'a str> {
        self.board
            .notices
            .iter()
            .map(String::as_str)
            .filter(|notice| notice.contains(word))
            .collect()
    }

    /// How many changes have been made to the board: every `post`, and
    /// every `take_down` that removed something, counts one.
    pub fn revision(&self) -> u64 {
        self.board.revision
    }
}

/// Exclusive access to a board: the only way to change it.
#[derive(Debug)]
pub struct Editor<'a> {
    // An exclusive borrow: there is at most one, and no `View` of the board
    // can exist beside it.
    board: &'a mut Board,
}

impl Editor<'_> {
    /// Adds a notice after all the others.
    pub fn post(&mut self, text: &str) {
        self.board.notices.push(text.to_owned());
        self.board.revision += 1;
    }

    /// Removes every notice that contains `word`; returns how many went.
    pub fn take_down(&mut self, word: &str) -> usize {
        let before = self.board.notices.len();
        self.board.notices.retain(|notice| !notice.contains(word));
        let removed = before - self.board.notices.len();
        if removed > 0 {
            self.board.revision += 1;
        }
        removed
    }

    /// A view for the editor to read the board through. It borrows the
    /// editor, so the editor cannot change the board while the view lives.
    pub fn view(&self) -> View<'_> {
        // Reborrow: a shared borrow of the board through the editor's
        // exclusive one, for as long as `&self` lasts.
        View { board: self.board }
    }
}
