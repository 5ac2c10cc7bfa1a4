//! Giving a loan back consumes it. If `Loan` were `Copy`, the second call
//! would silently give the same book back again, perhaps after someone else
//! had borrowed it.
use lending_library::{Book, Library};

fn main() {
    let mut library = Library::new();
    let id = library.add(Book::new("Dune", "Frank Herbert"));
    let loan = library.lend(id, "ada").unwrap();
    library.give_back(loan);
    library.give_back(loan); //~ ERROR E0382 use of moved value: `loan`
}
