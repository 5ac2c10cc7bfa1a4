use lending_library::{Book, Library};

fn main() {
    let mut library = Library::new();
    let id = library.add(Book::new("Dune", "Frank Herbert"));
    let loan = library.lend(id, "ada").unwrap();
    let book = loan.book();
    library.give_back(loan);
    let again = library.lend(book, "grace").unwrap();
    assert_eq!(again.member(), "grace");
}
