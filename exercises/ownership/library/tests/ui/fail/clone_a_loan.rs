//! A clone of a loan would be a second loan of the same book: two members
//! could each give it back. `Loan` must not implement `Clone`.
use lending_library::{Book, Library};

fn main() {
    let mut library = Library::new();
    let id = library.add(Book::new("Dune", "Frank Herbert"));
    let loan = library.lend(id, "ada").unwrap();
    let copy = loan.clone(); //~ ERROR E0599 no method named `clone`
    library.give_back(loan);
    library.give_back(copy);
}
