use lending_library::{Book, Library};

fn main() {
    let mut library = Library::new();
    let book = Book::new("Dune", "Frank Herbert");
    // `Book` is `Clone`: the caller can keep a copy of its own.
    let id = library.add(book.clone());
    assert_eq!(book.title(), "Dune");
    assert_eq!(library.book(id), &book);
}
