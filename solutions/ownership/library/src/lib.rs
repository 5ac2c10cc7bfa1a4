//! # Clone, Copy or move: a lending library
//!
//! Book: book/src/ownership.md#clone-copy-and-moves
//! Check: cargo xtask check ownership/library
//!
//! Reference solution.

/// Names one book of a library.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BookId(usize);

/// A book: its title and its author.
#[derive(Debug, Clone, PartialEq)]
pub struct Book {
    title: String,
    author: String,
}

impl Book {
    /// A book called `title`, by `author`.
    pub fn new(title: &str, author: &str) -> Book {
        Book {
            title: title.to_owned(),
            author: author.to_owned(),
        }
    }

    /// The book's title.
    pub fn title(&self) -> &str {
        &self.title
    }

    /// The book's author.
    pub fn author(&self) -> &str {
        &self.author
    }
}

/// One book lent to one member. Give it back with [`Library::give_back`].
#[derive(Debug)]
pub struct Loan {
    book: BookId,
    member: String,
}

impl Loan {
    /// The book that was lent.
    pub fn book(&self) -> BookId {
        self.book
    }

    /// Who borrowed it.
    pub fn member(&self) -> &str {
        &self.member
    }
}

/// Owns books and lends each to one member at a time.
#[derive(Default)]
pub struct Library {
    books: Vec<Book>,
    lent: Vec<bool>,
}

impl Library {
    /// A library with no books.
    pub fn new() -> Library {
        Library::default()
    }

    /// Takes ownership of `book` and returns its id. Ids are never reused.
    pub fn add(&mut self, book: Book) -> BookId {
        self.books.push(book);
        self.lent.push(false);
        BookId(self.books.len() - 1)
    }

    /// The book with this id. Panics if the id is not from this library.
    pub fn book(&self, id: BookId) -> &Book {
        &self.books[id.0]
    }

    /// A copy of every book, in the order they were added, lent out or not.
    /// The library keeps its own books.
    pub fn catalogue(&self) -> Vec<Book> {
        // `self.books` is behind `&self`, so it cannot be moved out: clone it.
        self.books.clone()
    }

    /// Whether the book is in the library, not lent out.
    pub fn is_available(&self, id: BookId) -> bool {
        !self.lent[id.0]
    }

    /// Lends the book to `member`; `None` if it is already lent out. Any
    /// number of different books can be out on loan at the same time.
    pub fn lend(&mut self, id: BookId, member: &str) -> Option<Loan> {
        if self.lent[id.0] {
            return None;
        }
        self.lent[id.0] = true;
        Some(Loan {
            book: id,
            member: member.to_owned(),
        })
    }

    /// Takes the loan back: its book is available again, and every other
    /// book stays as it was.
    pub fn give_back(&mut self, loan: Loan) {
        self.lent[loan.book.0] = false;
    }
}
