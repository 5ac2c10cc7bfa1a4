#![cfg(not(loom))]
//! What a library does with its books, ids and loans. These tests use each
//! id once, so they compile whatever `BookId` and `Book` derive; the tests in
//! `tests/copies.rs` check those choices.

use lending_library::{Book, Library};

fn library_with_two_books() -> Library {
    let mut library = Library::new();
    library.add(Book::new("The Dispossessed", "Ursula K. Le Guin"));
    library.add(Book::new("Small Gods", "Terry Pratchett"));
    library
}

#[test]
fn a_book_keeps_its_title_and_author() {
    let book = Book::new("Dune", "Frank Herbert");
    assert_eq!(book.title(), "Dune");
    assert_eq!(book.author(), "Frank Herbert");
}

#[test]
fn added_books_are_found_by_id() {
    let mut library = Library::new();
    let dune = library.add(Book::new("Dune", "Frank Herbert"));
    let emma = library.add(Book::new("Emma", "Jane Austen"));
    assert_ne!(dune, emma);
    assert_eq!(library.book(dune).title(), "Dune");
    assert_eq!(library.book(emma).author(), "Jane Austen");
}

#[test]
fn new_books_are_available() {
    let mut library = Library::new();
    let id = library.add(Book::new("Dune", "Frank Herbert"));
    assert!(library.is_available(id));
}

#[test]
fn a_lent_book_is_not_available() {
    let mut library = Library::new();
    let id = library.add(Book::new("Dune", "Frank Herbert"));
    let loan = library.lend(id, "ada").expect("the book is on the shelf");
    assert!(!library.is_available(loan.book()));
}

#[test]
fn a_lent_book_cannot_be_lent_again() {
    let mut library = Library::new();
    let id = library.add(Book::new("Dune", "Frank Herbert"));
    let loan = library.lend(id, "ada").unwrap();
    assert!(library.lend(loan.book(), "grace").is_none());
}

#[test]
fn lending_one_book_leaves_the_others_available() {
    let mut library = Library::new();
    let dune = library.add(Book::new("Dune", "Frank Herbert"));
    let emma = library.add(Book::new("Emma", "Jane Austen"));
    let _loan = library.lend(dune, "ada").unwrap();
    assert!(library.is_available(emma));
}

#[test]
fn a_loan_names_the_book_and_the_member() {
    let mut library = library_with_two_books();
    let id = library.add(Book::new("Dune", "Frank Herbert"));
    let loan = library.lend(id, "ada").unwrap();
    assert_eq!(library.book(loan.book()).title(), "Dune");
    assert_eq!(loan.member(), "ada");
}

#[test]
fn a_given_back_book_can_be_lent_again() {
    let mut library = Library::new();
    let id = library.add(Book::new("Dune", "Frank Herbert"));
    let loan = library.lend(id, "ada").unwrap();
    let (to_check, to_lend) = (loan.book(), loan.book());
    library.give_back(loan);
    assert!(library.is_available(to_check));
    let again = library
        .lend(to_lend, "grace")
        .expect("the book was given back");
    assert_eq!(again.member(), "grace");
}

#[test]
fn the_catalogue_copies_every_book_in_order() {
    let library = library_with_two_books();
    let catalogue = library.catalogue();
    assert_eq!(
        catalogue,
        [
            Book::new("The Dispossessed", "Ursula K. Le Guin"),
            Book::new("Small Gods", "Terry Pratchett"),
        ]
    );
}

#[test]
fn the_library_keeps_its_books_after_a_catalogue() {
    let library = library_with_two_books();
    let first = library.catalogue();
    let second = library.catalogue();
    assert_eq!(first, second);
    drop(first);
    assert_eq!(library.catalogue().len(), 2);
}

/// Several books can be out at once, and giving one back frees only that one.
#[test]
fn two_books_can_be_out_on_loan_at_once() {
    let mut library = Library::new();
    let dune = library.add(Book::new("Dune", "Frank Herbert"));
    let emma = library.add(Book::new("Emma", "Jane Austen"));
    let gods = library.add(Book::new("Small Gods", "Terry Pratchett"));
    let first = library.lend(emma, "ada").expect("Emma is on the shelf");
    let second = library.lend(dune, "grace").expect("Dune is on the shelf");
    let dune_again = second.book();
    assert!(!library.is_available(first.book()), "Emma is out with ada");
    assert!(
        !library.is_available(second.book()),
        "Dune is out with grace"
    );
    assert!(library.is_available(gods));
    library.give_back(second);
    assert!(library.is_available(dune_again), "Dune was given back");
    assert!(
        !library.is_available(first.book()),
        "Emma is still out with ada"
    );
    library.give_back(first);
}

/// The catalogue lists every book, including those lent out.
#[test]
fn the_catalogue_includes_lent_books() {
    let mut library = Library::new();
    let dune = library.add(Book::new("Dune", "Frank Herbert"));
    library.add(Book::new("Emma", "Jane Austen"));
    let _loan = library.lend(dune, "ada").unwrap();
    let titles: Vec<String> = library
        .catalogue()
        .iter()
        .map(|book| book.title().to_owned())
        .collect();
    assert_eq!(titles, ["Dune", "Emma"]);
}
