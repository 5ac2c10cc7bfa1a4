//! `add` takes ownership of the book: afterwards the library owns it and the
//! caller has nothing left to read.
use lending_library::{Book, Library};

fn main() {
    let mut library = Library::new();
    let book = Book::new("Dune", "Frank Herbert");
    library.add(book);
    println!("{}", book.title()); //~ ERROR E0382 borrow of moved value: `book`
}
