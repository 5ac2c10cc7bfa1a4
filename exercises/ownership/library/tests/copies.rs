#![cfg(not(loom))]
//! How each type is duplicated. An id is `Copy`, so passing it does not use
//! it up; a book is `Clone`, so a caller can keep a full copy. These tests
//! need those derives to compile: if they fail with "does not compile", the
//! compiler's complaint is about a missing `Copy` or `Clone`.

use lending_library::{Book, Library};

/// A `BookId` is `Copy`: it can be used again after being passed by value.
#[test]
fn an_id_stays_usable_after_it_is_passed() {
    let mut library = Library::new();
    let id = library.add(Book::new("Dune", "Frank Herbert"));
    let loan = library.lend(id, "ada").unwrap();
    assert!(!library.is_available(id));
    assert_eq!(library.book(id).title(), "Dune");
    assert_eq!(loan.book(), id);
}

/// A `Book` is `Clone`, and a clone owns its own copy of the text.
#[test]
fn a_cloned_book_is_an_equal_and_separate_book() {
    let book = Book::new("Dune", "Frank Herbert");
    let copy = book.clone();
    assert_eq!(copy, book);
    assert_ne!(
        copy.title().as_ptr(),
        book.title().as_ptr(),
        "a clone must own its own title"
    );
}
