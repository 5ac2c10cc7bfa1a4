//! # Clone, Copy or move: a lending library
//!
//! Book: book/src/ownership.md#clone-copy-and-moves
//! Check: cargo xtask check ownership/library
//!
//! Three types, three decisions. A `BookId` is a small number that names a
//! book: passing it around should cost nothing and never use it up. A `Book`
//! owns its title and author; the library hands out copies of its catalogue,
//! so a book must be able to make a full copy of itself on request. A `Loan`
//! records that one member has one book: a copy of a loan could be given
//! back twice, so there must only ever be one. Decide which of `Clone` and
//! `Copy` each type derives (the checks try each decision), then write the
//! library.

/// Names one book of a library.
#[derive(Debug, PartialEq, Eq)] // TODO: what else should an id be?
pub struct BookId(usize);

/// A book: its title and its author.
#[derive(Debug, PartialEq)] // TODO: what else should a book be?
pub struct Book {
    // TODO
}

impl Book {
    /// A book called `title`, by `author`.
    pub fn new(title: &str, author: &str) -> Book {
        let _ = (title, author);
        todo!()
    }

    /// The book's title.
    pub fn title(&self) -> &str {
        todo!()
    }

    /// The book's author.
    pub fn author(&self) -> &str {
        todo!()
    }
}

/// One book lent to one member. Give it back with [`Library::give_back`].
#[derive(Debug, Clone)] // TODO: is this what a loan should be?
pub struct Loan {
    // TODO
}

impl Loan {
    /// The book that was lent.
    pub fn book(&self) -> BookId {
        todo!()
    }

    /// Who borrowed it.
    pub fn member(&self) -> &str {
        todo!()
    }
}

/// Owns books and lends each to one member at a time.
#[derive(Default)]
pub struct Library {
    // TODO
}

impl Library {
    /// A library with no books.
    pub fn new() -> Library {
        todo!()
    }

    /// Takes ownership of `book` and returns its id. Ids are never reused.
    pub fn add(&mut self, book: Book) -> BookId {
        let _ = book;
        todo!()
    }

    /// The book with this id. Panics if the id is not from this library.
    pub fn book(&self, id: BookId) -> &Book {
        let _ = id;
        todo!()
    }

    /// A copy of every book, in the order they were added, lent out or not.
    /// The library keeps its own books.
    pub fn catalogue(&self) -> Vec<Book> {
        todo!()
    }

    /// Whether the book is in the library, not lent out.
    pub fn is_available(&self, id: BookId) -> bool {
        let _ = id;
        todo!()
    }

    /// Lends the book to `member`; `None` if it is already lent out. Any
    /// number of different books can be out on loan at the same time.
    pub fn lend(&mut self, id: BookId, member: &str) -> Option<Loan> {
        let _ = (id, member);
        todo!()
    }

    /// Takes the loan back: its book is available again, and every other
    /// book stays as it was.
    pub fn give_back(&mut self, loan: Loan) {
        let _ = loan;
        todo!()
    }
}
